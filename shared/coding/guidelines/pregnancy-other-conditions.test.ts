import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { trimesterOf } from './pregnancy-complicating.ts';
import { chapter15Node, pregnancyOtherConditions } from './pregnancy-other-conditions.ts';
import { active } from './rule.ts';

// FY2021 tabular: O99.34 and O9A.2 with their inclusion terms "Conditions in ..." and trimester children.
const tri = (code: string, stem: string) =>
  (['unspecified', 'first', 'second', 'third'] as const).map((t, i) => [`${code}${i}`, true, `${stem}, ${t} trimester`] as [string, boolean, string]);
const cs = kitCodeSets({
  titles: [
    ['F33.1', true, 'Major depressive disorder, recurrent, moderate'],
    ['F10.20', true, 'Alcohol dependence, uncomplicated'],
    ['S30.1XXA', true, 'Contusion of abdominal wall, initial encounter'],
    ['T74.11XA', true, 'Adult physical abuse, confirmed, initial encounter'],
    ['O99.34', false, 'Other mental disorders complicating pregnancy, childbirth, and the puerperium'],
    ...tri('O99.34', 'Other mental disorders complicating pregnancy'),
    ['O99.344', true, 'Other mental disorders complicating childbirth'],
    ['O9A.2', false, 'Injury, poisoning and certain other consequences of external causes complicating pregnancy, childbirth and the puerperium'],
    ['O9A.21', false, 'Injury, poisoning and certain other consequences of external causes complicating pregnancy'],
    ['O9A.22', true, 'Injury, poisoning and certain other consequences of external causes complicating childbirth'],
    ...tri('O9A.21', 'Injury, poisoning and certain other consequences of external causes complicating pregnancy').map(
      ([c, b, t]) => [c.replace(/0$/, '9'), b, t] as [string, boolean, string],
    ),
    ['O26.93', true, 'Pregnancy related conditions, unspecified, third trimester'],
    // O99.2 has no pregnancy-only child: its residual child repeats its title after "Other".
    ['E03.9', true, 'Hypothyroidism, unspecified'],
    ['E66.812', true, 'Obesity, class 2'],
    ['O99.2', false, 'Endocrine, nutritional and metabolic diseases complicating pregnancy, childbirth and the puerperium'],
    ['O99.21', false, 'Obesity complicating pregnancy, childbirth, and the puerperium'],
    ...tri('O99.21', 'Obesity complicating pregnancy'),
    ['O99.28', false, 'Other endocrine, nutritional and metabolic diseases complicating pregnancy, childbirth and the puerperium'],
    ...tri('O99.28', 'Endocrine, nutritional and metabolic diseases complicating pregnancy'),
  ],
  notes: {
    'O99.34': { inclusionTerms: ['Conditions in F01-F09, F20-F52 and F54-F99'] },
    'O9A.2': { inclusionTerms: ['Conditions in S00-T88, except T74 and T76'] },
    'O99.2': { inclusionTerms: ['Conditions in E00-E88'] },
  },
});

const run = (codes: string[], text: string, sex: 'F' | 'M' = 'F') => {
  const ctx = kitContext(cs, codes, text, { patient: { sex, age: 30 } });
  pregnancyOtherConditions(ctx);
  return active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.code);
};

describe('pregnancyOtherConditions (I.C.15.a.1, O98-O9A inclusion terms)', () => {
  it.each([
    // The trimester from the weeks the note states (I.C.15.a.3), the O code listed first.
    [['F33.1'], 'MDD, recurrent, moderate - pregnant, 15w3d by LMP', ['O99.342', 'F33.1']],
    [['F33.1'], 'MDD, recurrent, moderate - pregnant, 13w6d', ['O99.341', 'F33.1']],
    [['F33.1'], 'MDD, recurrent, moderate - pregnant, 28w0d', ['O99.343', 'F33.1']],
    // A trimester the statement names wins over the weeks.
    [['F33.1'], 'MDD, recurrent, moderate, in pregnancy (2nd trimester) - seen at 13w6d', ['O99.342', 'F33.1']],
    // "Conditions in S00-T88", and "Pregnancy related conditions, unspecified" then adds nothing.
    [['O26.93', 'S30.1XXA'], 'Pregnancy at 31w4d complicated by abdominal wall contusion', ['O9A.213', 'S30.1XXA']],
    [['E03.9'], 'Hypothyroidism in pregnancy - TSH at goal for 3rd trimester', ['O99.283', 'E03.9']],
    // The condition's own name picks its own subdivision ("Obesity complicating pregnancy"), else the residual.
    [['E66.812'], 'Obesity class 2 - pregnant 30w2d', ['O99.213', 'E66.812']],
    // Outside the ranges (F10-F19 go to O99.31-O99.33) or excepted (T74): unchanged.
    [['F10.20'], 'Alcohol dependence - pregnant 20w1d', ['F10.20']],
    [['T74.11XA'], 'Physical abuse - pregnant 20w1d', ['T74.11XA']],
    // No current pregnancy: weeks of a birth or of a treatment are not gestation.
    [['F33.1'], 'MDD, recurrent, moderate - sertraline x 6 wk, born at 34 wk', ['F33.1']],
    [['F33.1'], 'MDD, recurrent, moderate - not pregnant, 15w3d', ['F33.1']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));

  it('finds the deepest chapter 15 node whose inclusion term takes a code', () => {
    expect(['F33.1', 'F10.20', 'S30.1XXA', 'T74.11XA'].map((c) => chapter15Node(cs, '2026-01-15', c))).toEqual(['O99.34', null, 'O9A.2', null]);
  });

  it.each([
    // I.C.15.a.3: first trimester less than 14 weeks 0 days, second 14w0d to less than 28w0d, third 28w0d on.
    ['seen today', 'G2P1 at 13w6d', 'first'],
    ['seen today', 'G2P1 at 14w0d', 'second'],
    ['seen today', 'G2P1 at 27w6d', 'second'],
    ['seen today', 'G2P1 at 28w0d', 'third'],
    ['in pregnancy, 3rd trimester', 'G2P1 at 13w6d', 'third'],
    ['seen today', 'G2P1, LMP unknown', null],
  ])('trimester of "%s" in "%s" -> %s', (stmt, note, want) => expect(trimesterOf(stmt, note)?.tri ?? null).toBe(want));
});
