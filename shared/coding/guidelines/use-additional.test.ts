import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { activeCodes, kitCodeSets, kitContext, runRule } from '../../../test/support/coding-kit.ts';
import { useAdditional } from './use-additional.ts';

const cs = kitCodeSets({
  titles: [
    ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
    ['R35.1', true, 'Nocturia'],
    ['R39.12', true, 'Poor urinary stream'],
    ['E11.621', true, 'Type 2 diabetes mellitus with foot ulcer'],
    ['E11.65', true, 'Type 2 diabetes mellitus with hyperglycemia'],
    ['Z79.4', true, 'Long term (current) use of insulin'],
    ['L97', false, 'Non-pressure chronic ulcer of lower limb, not elsewhere classified'],
    ['L97.4', false, 'Non-pressure chronic ulcer of heel and midfoot'],
    ['L97.419', true, 'Non-pressure chronic ulcer of right heel and midfoot with unspecified severity'],
    ['L97.5', false, 'Non-pressure chronic ulcer of other part of foot'],
    ['L97.519', true, 'Non-pressure chronic ulcer of other part of right foot with unspecified severity'],
    ['L97.514', true, 'Non-pressure chronic ulcer of other part of right foot with necrosis of bone'],
    ['L97.522', true, 'Non-pressure chronic ulcer of other part of left foot with fat layer exposed'],
    // FY2021 I13 and its notes: the heart failure type (I50.-) and the CKD stage (N18.1-N18.4, N18.9).
    [
      'I13.0',
      true,
      'Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease',
    ],
    ['I50', false, 'Heart failure'],
    ['I50.3', false, 'Diastolic (congestive) heart failure'],
    ['I50.32', true, 'Chronic diastolic (congestive) heart failure'],
    ['I50.33', true, 'Acute on chronic diastolic (congestive) heart failure'],
    ['I50.22', true, 'Chronic systolic (congestive) heart failure'],
    ['N18', false, 'Chronic kidney disease (CKD)'],
    ['N18.3', true, 'Chronic kidney disease, stage 3 (moderate)'],
    ['N18.4', true, 'Chronic kidney disease, stage 4 (severe)'],
    ['N18.5', true, 'Chronic kidney disease, stage 5'],
    // G30's note names F02.80; FY2023 F02 has the severity axis (F02.A- mild, F02.B- moderate).
    ['G30.1', true, "Alzheimer's disease with late onset"],
    [
      'F02.80',
      true,
      'Dementia in other diseases classified elsewhere, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
    ],
    [
      'F02.A0',
      true,
      'Dementia in other diseases classified elsewhere, mild, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
    ],
    [
      'F02.B0',
      true,
      'Dementia in other diseases classified elsewhere, moderate, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
    ],
    ['N18.6', true, 'End stage renal disease'],
    ['N17.9', true, 'Acute kidney failure, unspecified'],
    ['D70.1', true, 'Agranulocytosis secondary to cancer chemotherapy'],
    ['R50.81', true, 'Fever presenting with conditions classified elsewhere'],
    ['R50.9', true, 'Fever, unspecified'],
  ],
  notes: {
    D70: { useAdditional: ['code for any associated: fever (R50.81)'] },
    G30: { useAdditional: ['code to identify: dementia without behavioral disturbance (F02.80)'] },
    N40: { useAdditional: ['code for associated symptoms, when specified: nocturia (R35.1)', 'weak urinary stream (R39.12)'] },
    'E11.621': { useAdditional: ['code to identify site of ulcer (L97.4-, L97.5-)'] },
    'E11.65': { useAdditional: ['code to identify control using: insulin (Z79.4)'] },
    I13: {
      useAdditional: ['code to identify type of heart failure (I50.-)', 'code to identify stage of chronic kidney disease (N18.1-N18.4, N18.9)'],
    },
  },
});
const run = (codes: string[], text: string) => runRule(useAdditional, codes, text, cs);

describe('useAdditional (I.A.13)', () => {
  it.each([
    [['N40.1'], 'BPH with LUTS (nocturia)', ['N40.1', 'R35.1']],
    [['N40.1'], 'BPH with LUTS', ['N40.1']],
    // The condition as the statement says it: a resolved or denied one is not added.
    [['N40.1'], 'BPH with LUTS, nocturia resolved', ['N40.1']],
    [['N40.1'], 'BPH with LUTS, no nocturia', ['N40.1']],
    [['E11.621'], 'Diabetic foot ulcer, R plantar 1st MTP with necrosis of bone', ['E11.621', 'L97.514']],
    [['E11.621'], 'Diabetic foot ulcer', ['E11.621']],
    // The categories one note lists are alternatives: one site of ulcer, the heel named over "other part of foot" (I.A.9.a).
    [['E11.621'], 'Diabetic foot ulcer, right heel', ['E11.621', 'L97.419']],
    [['E11.621'], 'Diabetic foot ulcer, right', ['E11.621', 'L97.519']],
    // I.C.4.a.3: insulin given temporarily during the encounter is no long-term use.
    [['E11.65'], 'T2DM with hyperglycemia on insulin glargine', ['E11.65', 'Z79.4']],
    [['E11.65'], 'T2DM with hyperglycemia - correction insulin while inpatient', ['E11.65']],
    [['E11.65'], 'T2DM with hyperglycemia - on insulin glargine 22 u qHS + lispro SSI', ['E11.65', 'Z79.4']],
    // A category (I50.-) and a range (N18.1-N18.4) each give their own code.
    [['I13.0'], 'Hypertensive heart and kidney disease w/ CKD stage 4 + chronic diastolic heart failure', ['I13.0', 'I50.32', 'N18.4']],
    // Outside the range (stage 5 is I13.2's), no stage code.
    [['I13.0'], 'Hypertensive heart and kidney disease w/ CKD stage 5 + chronic diastolic heart failure', ['I13.0', 'I50.32']],
    // The detail after a break belongs to the statement; words of two clauses are not one code ("acute" of the kidney).
    [['I13.0'], 'Hypertensive heart and kidney disease - chronic systolic heart failure', ['I13.0', 'I50.22']],
    // The note's code with "unspecified severity" takes the severity the statement documents (I.B.18).
    [['G30.1'], 'Alzheimer dementia, late onset, mild', ['G30.1', 'F02.A0']],
    [['G30.1'], 'Alzheimer dementia, late onset', ['G30.1', 'F02.80']],
    // A category's note holds for its codes; "febrile" is the Index's form of "fever" (Febris, febrile - see also Fever).
    [['D70.1'], 'Febrile neutropenia d/t chemotherapy', ['D70.1', 'R50.81']],
    [['D70.1'], 'Neutropenia d/t chemotherapy, afebrile', ['D70.1']],
    // The note's code is the condition's wherever the note documents it: R50.9 from another item gives way.
    [['D70.1', 'R50.9'], 'Neutropenia d/t chemotherapy. Fever 38.4, cultures sent.', ['D70.1', 'R50.81']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));

  it('reads the finding\'s own clause when the whole statement joins two clauses\' words ("acute" of the kidney)', () => {
    const text = 'Hypertensive heart and kidney disease w/ chronic diastolic heart failure - stable; acute kidney failure in Feb';
    const ctx = kitContext(cs, ['I13.0'], text);
    ctx.findings[0]!.end = text.indexOf(' - ');
    useAdditional(ctx);
    expect(activeCodes(ctx)).toEqual(['I13.0', 'I50.32']);
  });

  it("reads the detail in the further sentences of the finding's item line, not the next line", () => {
    const text = 'Hypertensive heart and kidney disease w/ chronic diastolic heart failure. eGFR 25 = CKD stage 4.\nCKD stage 3 in 2019.';
    const ctx = kitContext(cs, ['I13.0'], text);
    ctx.findings[0]!.stmt = { start: 0, end: text.indexOf(' eGFR') };
    useAdditional(ctx);
    expect(activeCodes(ctx)).toEqual(['I13.0', 'I50.32', 'N18.4']);
    const other = kitContext(cs, ['I13.0'], text.replace('eGFR 25 = CKD stage 4.', 'Stable.'));
    other.findings[0]!.stmt = { start: 0, end: text.indexOf(' eGFR') };
    useAdditional(other);
    expect(activeCodes(other)).toEqual(['I13.0', 'I50.32']);
  });
});

describe.skipIf(!codeSetsBuilt)('useAdditional over the compiled code sets', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // E10.22 and E11.22: "Use additional code to identify stage of chronic kidney disease (N18.1-N18.6)", a range note
    // read whatever other notes the code has; the diabetes type's number is no stage.
    ['Type 2 diabetes with CKD 3', ['E11.22', 'N18.30']],
    ['Type 1 diabetes with diabetic CKD stage 4', ['E10.22', 'N18.4']],
    ['Type 1 diabetes with CKD stage 3', ['E10.22', 'N18.30']],
  ])('%s -> %j', (line, want) => expect(codes(`Assessment:\n1. ${line}\n`)).toEqual(want));
});
