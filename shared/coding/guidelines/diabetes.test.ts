import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { kitCodeSets, kitContext, runRule } from '../../../test/support/coding-kit.ts';
import { diabetesCombination } from './diabetes.ts';
import { active } from './rule.ts';

// FY2026 titles; Index paths "Diabetes, diabetic, with, ..." as the FY2017 Index writes them.
const cs = kitCodeSets({
  titles: [
    ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
    ['E11.22', true, 'Type 2 diabetes mellitus with diabetic chronic kidney disease'],
    ['E11.42', true, 'Type 2 diabetes mellitus with diabetic polyneuropathy'],
    ['E11.620', true, 'Type 2 diabetes mellitus with diabetic dermatitis'],
    ['E11.649', true, 'Type 2 diabetes mellitus with hypoglycemia without coma'],
    ['E11.69', true, 'Type 2 diabetes mellitus with other specified complication'],
    ['N18.32', true, 'Chronic kidney disease, stage 3b'],
    ['N18.4', true, 'Chronic kidney disease, stage 4 (severe)'],
    ['N18.6', true, 'End stage renal disease'],
    ['E78.5', true, 'Hyperlipidemia, unspecified'],
    ['M86.171', true, 'Other acute osteomyelitis, right ankle and foot'],
    ['G62.9', true, 'Polyneuropathy, unspecified'],
    ['L30.9', true, 'Dermatitis, unspecified'],
    ['L23.7', true, 'Allergic contact dermatitis due to plants, except food'],
    ['H25.13', true, 'Age-related nuclear cataract, bilateral'],
    ['H26.9', true, 'Unspecified cataract'],
    ['E11.36', true, 'Type 2 diabetes mellitus with diabetic cataract'],
    ['E11.51', true, 'Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene'],
    ['I73.9', true, 'Peripheral vascular disease, unspecified'],
    ['E11.621', true, 'Type 2 diabetes mellitus with foot ulcer'],
    ['E11.622', true, 'Type 2 diabetes mellitus with other skin ulcer'],
    ['L97.419', true, 'Non-pressure chronic ulcer of right heel and midfoot with unspecified severity'],
    ['L97.119', true, 'Non-pressure chronic ulcer of right thigh with unspecified severity'],
    ['L98.429', true, 'Non-pressure chronic ulcer of back with unspecified severity'],
    ['B95.61', true, 'Methicillin susceptible Staphylococcus aureus infection as the cause of diseases classified elsewhere'],
  ],
  index: [
    { path: ['Diabetes, diabetic', 'with', 'dermatitis'], code: 'E11.620', nemod: '(mellitus) (sugar)' },
    { path: ['Diabetes, diabetic', 'with', 'polyneuropathy'], code: 'E11.42', nemod: '(mellitus) (sugar)' },
    { path: ['Diabetes, diabetic', 'with', 'cataract'], code: 'E11.36', nemod: '(mellitus) (sugar)' },
  ],
});
const run = (codes: string[], text = '') => runRule(diabetesCombination, codes, text, cs);

describe('diabetesCombination (I.A.15 "with")', () => {
  it.each([
    // The tabular asks for the stage beside E11.22; a residual "other specified complication" keeps the complication's code.
    [['E11.9', 'N18.32'], '', ['E11.22', 'N18.32']],
    [['E11.9', 'E78.5'], 'Hyperlipidemia', ['E11.9', 'E78.5']],
    // Peripheral angiopathy is peripheral vascular disease: E11.51 names it whole and asks for no further code.
    [['E11.9', 'I73.9'], 'PAD - claudication', ['E11.51']],
    [['E11.9', 'M86.171'], '', ['E11.69', 'M86.171']],
    // Tabular E11.621 asks for the foot's ulcer (L97.4-, L97.5-), E11.622 ("other skin ulcer") for the others.
    [['E11.9', 'L97.419'], '', ['E11.621', 'L97.419']],
    [['E11.9', 'L97.119'], '', ['E11.622', 'L97.119']],
    [['E11.9', 'L98.429'], '', ['E11.622', 'L98.429']],
    // The combination names the condition whole: its own code goes.
    [['E11.9', 'G62.9'], 'Polyneuropathy', ['E11.42']],
    // Any condition the Index lists under "Diabetes, with", read through the Index.
    [['E11.9', 'L30.9'], 'Dermatitis', ['E11.620']],
    // A documented other cause: no presumption (the title names it, or the statement does).
    [['E11.9', 'L23.7'], 'Allergic contact dermatitis due to poison ivy', ['E11.9', 'L23.7']],
    // Aging named as the cause in the condition's own title: no presumption.
    [['E11.9', 'H25.13'], 'Age-related nuclear sclerotic cataract OU', ['E11.9', 'H25.13']],
    [['E11.9', 'H26.9'], 'Cataract', ['E11.36']],
    // "Diabetic X" with no diabetes statement of its own: type 2 by default (I.C.4.a.2).
    [['L30.9'], 'Diabetic dermatitis', ['E11.620']],
    // A diabetes the statement denies is none.
    [['L30.9'], 'Dermatitis - not diabetic at this time', ['L30.9']],
  ])('%j "%s" -> %j', (input, text, expected) => expect(run(input, text)).toEqual(expected));
});

describe('diabetesCombination: a cause the statement states', () => {
  it.each([
    ['Dermatitis due to a new detergent', ['E11.9', 'L30.9']],
    ['Dermatitis due to Staphylococcus aureus', ['E11.620']],
    ['Dermatitis - A1c up from 7.4', ['E11.620']],
  ])('"%s" -> %j', (text, want) => {
    const ctx = kitContext(cs, ['E11.9', 'L30.9'], text);
    for (const f of ctx.findings) f.end = 'Dermatitis'.length;
    diabetesCombination(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });
});

describe('diabetesCombination keeps the note order (IV.G)', () => {
  const order = (codes: string[]) => {
    const ctx = kitContext(cs, codes);
    diabetesCombination(ctx);
    return active(ctx)
      .sort((a, b) => a.order - b.order)
      .map((f) => f.code);
  };
  it.each([
    // The combination takes the plain diabetes statement's place.
    [
      ['E78.5', 'E11.9', 'N18.32'],
      ['E78.5', 'E11.22', 'N18.32'],
    ],
    // A diabetes already coded as another combination keeps its place ahead of a later one.
    [
      ['E11.649', 'N18.6'],
      ['E11.649', 'E11.22', 'N18.6'],
    ],
  ])('%j -> %j', (input, expected) => expect(order(input)).toEqual(expected));
});

describe('diabetesCombination: the link is not presumed when the note states another cause or denies it (I.A.15)', () => {
  const codes = (text: string) => {
    const ctx = kitContext(cs, ['E11.9', 'N18.4'], text);
    diabetesCombination(ctx);
    return active(ctx)
      .map((f) => f.code)
      .sort();
  };
  it.each([
    ['CKD stage 4', ['E11.22', 'N18.4']],
    ['CKD stage 4 due to diabetes', ['E11.22', 'N18.4']],
    ['CKD stage 4 secondary to T2DM and hypertension', ['E11.22', 'N18.4']],
    ['CKD stage 4 due to hypertensive nephrosclerosis (per nephrology)', ['E11.9', 'N18.4']],
    ['CKD stage 4 - Not diabetic nephropathy per nephro', ['E11.9', 'N18.4']],
    ['CKD stage 4, unrelated to his diabetes', ['E11.9', 'N18.4']],
  ])('"%s" -> %j', (text, want) => expect(codes(text)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('diabetes combinations over the compiled code sets (I.A.15, I.C.4.a)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // "Retinopathy" is the Index's "Retinopathy (background)" H35.00: the combination names it as the note says it.
    ['T2DM with retinopathy and neuropathy', ['E11.319', 'E11.40']],
    // As many combination codes as complications: one complication's code is no less specific form of another's.
    ['Type 2 diabetes with diabetic CKD stage 3a and diabetic retinopathy', ['E11.22', 'E11.319', 'N18.31']],
    // The foot's ulcer is named by "foot ulcer", not by "skin" of its depth ("... with other skin ulcer" E11.622 is for other sites).
    ['Diabetic foot ulcer, right heel, limited to breakdown of skin', ['E11.621', 'L97.411']],
    // A metatarsophalangeal joint's region ("ankle and foot") is no ankle ulcer.
    ['Diabetic foot ulcer, R plantar 1st MTP, with necrosis of bone', ['E11.621', 'L97.514']],
    ['Type 2 diabetes with skin ulcer of right thigh', ['E11.622', 'L97.119']],
  ])('%s -> %j', (line, want) => expect(codes(`Assessment:\n1. ${line}\n`)).toEqual(want));
});
