import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { gestationalDiabetes } from './gestational-diabetes.ts';
import { active } from './rule.ts';

// FY2021 tabular O24.41- (control at the 6th character) and the Z79 codes the Index gives for insulin and oral hypoglycemics.
const cs = kitCodeSets({
  titles: [
    ['O24.410', true, 'Gestational diabetes mellitus in pregnancy, diet controlled'],
    ['O24.414', true, 'Gestational diabetes mellitus in pregnancy, insulin controlled'],
    ['O24.415', true, 'Gestational diabetes mellitus in pregnancy, controlled by oral hypoglycemic drugs'],
    ['O24.419', true, 'Gestational diabetes mellitus in pregnancy, unspecified control'],
    ['Z79.4', true, 'Long term (current) use of insulin'],
    ['Z79.84', true, 'Long term (current) use of oral hypoglycemic drugs'],
    ['Z79.82', true, 'Long term (current) use of aspirin'],
  ],
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text, { patient: { sex: 'F', age: 30 } });
  gestationalDiabetes(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('gestationalDiabetes (I.C.15.i)', () => {
  it.each([
    // The control the statement documents.
    [['O24.419'], 'Gestational diabetes mellitus, A2 - now insulin-requiring', ['O24.414']],
    [['O24.419'], 'Gestational diabetes, diet-controlled', ['O24.410']],
    [['O24.419'], 'GDM on oral hypoglycemic', ['O24.415']],
    // Insulin over diet, oral drugs over diet.
    [['O24.410'], 'GDM, diet and insulin', ['O24.414']],
    [['O24.419'], 'GDM, diet plus oral hypoglycemic', ['O24.415']],
    // The treatment read from the medicine list (Z79.4 / Z79.84), which is then not assigned with O24.4.
    [['O24.419', 'Z79.4', 'Z79.82'], 'Gestational diabetes', ['O24.414', 'Z79.82']],
    [['O24.419', 'Z79.84'], 'Gestational diabetes', ['O24.415']],
    // Nothing documented: unspecified control stays; a denied treatment is not one.
    [['O24.419'], 'Gestational diabetes', ['O24.419']],
    [['O24.419'], 'Gestational diabetes - no insulin', ['O24.419']],
    // Without O24.4 the Z79 codes stand.
    [['Z79.4'], 'Type 1 diabetes', ['Z79.4']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
