import { describe, expect, it } from 'vitest';
import { runRule } from '../../../test/support/coding-kit.ts';
import { bmiCode, bmiWithWeightDiagnosis, pediatricBmiCode } from './bmi.ts';

describe('bmiCode (adult Z68)', () => {
  it.each([
    [18.1, 'Z68.1'],
    [24.9, 'Z68.24'],
    [32.4, 'Z68.32'],
    [36.3, 'Z68.36'],
    [39.99, 'Z68.39'],
    [40, 'Z68.41'],
    [47, 'Z68.42'],
    [55, 'Z68.43'],
    [65, 'Z68.44'],
    [72, 'Z68.45'],
  ])('BMI %s -> %s', (bmi, code) => expect(bmiCode(bmi)).toBe(code));
});

describe('pediatricBmiCode (Z68.5x by percentile for age)', () => {
  it.each([
    [2, null, 'Z68.51'],
    [50, null, 'Z68.52'],
    [90, null, 'Z68.53'],
    [97, null, 'Z68.54'],
    [97, 110, 'Z68.54'],
    [99, 125, 'Z68.55'],
    [99, 150, 'Z68.56'],
    [null, null, null],
  ])('%s th percentile, %s%% of the 95th -> %s', (p, of95, code) => expect(pediatricBmiCode(p, of95)).toBe(code));
});

describe('bmiWithWeightDiagnosis: a child (I.C.21.c.3: pediatric codes for ages 2-19)', () => {
  const run = (codes: string[], text: string, age: number) =>
    runRule((ctx) => bmiWithWeightDiagnosis({ ...ctx, doc: { ...ctx.doc, patient: { age } } }), codes, text);
  it.each([
    [['R62.51'], 'Exam: BMI 13.2 kg/m2 (<3rd %ile, z -2.3)', 3, ['R62.51', 'Z68.51']],
    [['E66.9'], 'Vitals: BMI 19.8 (97th %ile; 95th %ile for age = 18.0, so 110% of 95th)', 4, ['E66.9', 'Z68.54']],
    // No weight diagnosis: no BMI code (I.B.14); under 2: none.
    [['J45.20'], 'BMI 19.8 (97th %ile)', 4, ['J45.20']],
    // The share of the 95th percentile said alone: its "95th" is no percentile of the child's.
    [['E66.9'], 'BMI 24.4 kg/m2 = 127% of the 95th percentile for age/sex', 9, ['E66.9', 'Z68.55']],
    [['E66.9'], 'BMI 31 (145% of 95th %ile)', 12, ['E66.9', 'Z68.56']],
    [['R62.51'], 'BMI 13.2 (<3rd %ile)', 1, ['R62.51']],
  ])('%j with "%s", age %s -> %j', (codes, text, age, want) => expect(run(codes, text, age)).toEqual(want));
});

describe('bmiWithWeightDiagnosis in pregnancy (I.C.21.c.3: no BMI codes during pregnancy)', () => {
  it('drops a BMI code beside a chapter 15 code, and adds none', () => {
    expect(runRule(bmiWithWeightDiagnosis, ['O99.213', 'E66.812', 'Z68.37'], 'Obesity class 2 in pregnancy, BMI 37.4')).toEqual(['O99.213', 'E66.812']);
    expect(runRule(bmiWithWeightDiagnosis, ['E66.812'], 'Obesity class 2, BMI 37.4')).toEqual(['E66.812', 'Z68.37']);
  });
});
