import { describe, expect, it } from 'vitest';
import { noLongTermInsulin } from './temporary-insulin.ts';

// I.C.4.a.3: Z79.4 is not assigned "if insulin is given temporarily to bring a type 2 patient's blood sugar under control
// during an encounter".
describe('noLongTermInsulin', () => {
  it.each([
    ['T2DM - basal-bolus insulin while inpatient, resume metformin at discharge', true],
    ['T2DM - lispro sliding scale', true],
    ['T2DM - correction insulin only', true],
    // An insulin infusion is given only in hospital.
    ['T2DM - insulin infusion for BG > 180, home metformin held', true],
    ['DKA - insulin gtt per protocol', true],
    ['T2DM - glargine 22 u qHS + lispro SSI', false],
    ['T2DM on insulin glargine 30 u daily', false],
    ['T2DM - diet controlled', false],
    ['T2DM with hyperglycemia - on prednisone, basal insulin until steroid taper done', true],
    ['T2DM - home metformin held, insulin coverage with meals', true],
    ['T2DM, diet-controlled - insulin per hospital protocol', true],
    ['T2DM - basal-bolus insulin, titrate; A1c 6.1 on no meds at home', true],
    ['T2DM due to steroids - NPH qAM will stop once off prednisone', true],
    // Insulin no longer taken.
    ['T2DM - off insulin since starting HD', true],
    ['T2DM - insulin stopped 6/2025, now on linagliptin', true],
    ['T2DM - insulin glargine restarted, metformin stopped', false],
  ])('%s -> %s', (passage, want) => expect(noLongTermInsulin(passage)).toBe(want));
});
