import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { gestationalWeeks, pregnancyComplicating, trimester, trimesterOf } from './pregnancy-complicating.ts';
import { active } from './rule.ts';

// FY2026 titles; the Excludes1 of the N30-N39 block and the Index entry "Pregnancy, complicated by, cystitis O23.1-".
const cs = kitCodeSets({
  titles: [
    ['N30.00', true, 'Acute cystitis without hematuria'],
    ['O23.1', false, 'Infections of bladder in pregnancy'],
    ['O23.10', true, 'Infections of bladder in pregnancy, unspecified trimester'],
    ['O23.11', true, 'Infections of bladder in pregnancy, first trimester'],
    ['O23.12', true, 'Infections of bladder in pregnancy, second trimester'],
    ['O23.13', true, 'Infections of bladder in pregnancy, third trimester'],
    ['J06.9', true, 'Acute upper respiratory infection, unspecified'],
    // A category giving its trimesters at the 4th character (O13.1-O13.3 beside O13.9).
    ['O13.2', true, 'Gestational [pregnancy-induced] hypertension without significant proteinuria, second trimester'],
    ['O13.3', true, 'Gestational [pregnancy-induced] hypertension without significant proteinuria, third trimester'],
    ['O13.9', true, 'Gestational [pregnancy-induced] hypertension without significant proteinuria, unspecified trimester'],
    ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
    ['E10.65', true, 'Type 1 diabetes mellitus with hyperglycemia'],
    ['O24.012', true, 'Pre-existing type 1 diabetes mellitus, in pregnancy, second trimester'],
    ['O24.113', true, 'Pre-existing type 2 diabetes mellitus, in pregnancy, third trimester'],
    ['I10', true, 'Essential (primary) hypertension'],
    ['O10.012', true, 'Pre-existing essential hypertension complicating pregnancy, second trimester'],
  ],
  notes: { 'N30.00': { excludes1: ['urinary infection complicating pregnancy, childbirth and the puerperium (O23.-)'] } },
  index: [{ path: ['Pregnancy', 'complicated by', 'cystitis'], code: 'O23.1-', nemod: '(single) (uterine)' }],
});
const run = (codes: string[], text: string, sex: 'F' | 'M' = 'F') => {
  const ctx = kitContext(cs, codes, text, { patient: { sex, age: 26 } });
  ctx.findings.forEach((f) => {
    f.stmt = { start: 0, end: text.indexOf(' -') > 0 ? text.indexOf(' -') : text.length };
    f.end = f.stmt.end;
  });
  pregnancyComplicating(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('pregnancyComplicating (I.C.15.a.1)', () => {
  it.each([
    [['N30.00'], 'Acute cystitis - G2P1 @ 22w3d, nitrofurantoin', ['O23.12']],
    [['N30.00'], 'Acute cystitis - 31w4d', ['O23.13']],
    // No dated pregnancy, or a code whose tabular sends nothing to chapter 15: unchanged.
    [['N30.00'], 'Acute cystitis - G2P1, LMP 2 weeks ago', ['N30.00']],
    [['J06.9'], 'Acute URI - 22w3d', ['J06.9']],
    [['N30.00'], 'Acute cystitis - not pregnant, 22w3d ago miscarriage', ['N30.00']],
    // A chapter 15 code reached without its trimester takes the dated one (I.C.15.a.3); the statement's own trimester comes first.
    [['O23.10'], 'Bladder infection in pregnancy - 31w4d', ['O23.13']],
    [['O23.10'], 'Bladder infection in pregnancy, second trimester - 31w4d', ['O23.12']],
    [['N30.00'], 'Acute cystitis in pregnancy, 8 weeks', ['O23.11']],
    [['O13.9'], 'Gestational hypertension - G2P1 @ 34w2d', ['O13.3']],
    // Pre-existing diabetes in pregnancy: O24 of its type and the trimester first, the chapter 4 code kept (I.C.15.g).
    [['E11.9'], 'Type 2 diabetes - G2P1 @ 34w2d, on insulin', ['E11.9', 'O24.113']],
    [['E10.65'], 'Type 1 diabetes with hyperglycemia - G1P0 @ 20w1d', ['E10.65', 'O24.012']],
    [['E11.9'], 'Type 2 diabetes - G2P1, LMP 2 weeks ago', ['E11.9']],
    // Tabular O10.0 inclusion: any condition in I10 specified as a reason for obstetric care is pre-existing essential
    // hypertension complicating pregnancy, of the trimester; not without a dated pregnancy.
    [['I10'], 'Chronic HTN - G2P1 @ 22w3d, on labetalol', ['O10.012']],
    [['I10'], 'HTN - G2P1, LMP 2 weeks ago', ['I10']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));

  it('reads weeks and trimesters', () => {
    expect([gestationalWeeks('G1P0 @ 31w4d'), gestationalWeeks('GA 24+2 wks'), gestationalWeeks('for 3 weeks')]).toEqual([31, 24, null]);
    expect([trimester(13), trimester(14), trimester(27), trimester(28)]).toEqual(['first', 'second', 'second', 'third']);
  });

  it.each([
    ['UTI in pregnancy, 8 weeks', 8],
    ['8-week IUP, nausea', 8],
    ["12 weeks' gestation", 12],
    // Weeks alone are read (currentPregnancy asks for pregnancy words too); a drug's course is none.
    ['Born at 34 weeks, jaundice', 34],
    ['Nitrofurantoin x 6 wks', null],
  ])('gestationalWeeks(%j) -> %s', (text, weeks) => expect(gestationalWeeks(text)).toBe(weeks));

  // I.C.15.a.3: a chapter 15 condition's own weeks, before its plan, date it; a plan's weeks are an interval.
  it.each([
    ['Preeclampsia, 34 weeks', true, 'third'],
    ['Preeclampsia - recheck labs in 1 wk', true, undefined],
    ['Iron deficiency anemia of pregnancy - recheck CBC 4 wk', true, undefined],
    ['Constipation, 2 weeks', false, undefined],
  ])('trimesterOf(%j, own weeks %s) -> %s', (statement, own, tri) => expect(trimesterOf(statement, statement, own)?.tri).toBe(tri));
});
