import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, runRule as run, standInCodeSets as codeSets } from '../../../test/support/coding-kit.ts';
import { hypertensionCombination } from './hypertension.ts';
import { active } from './rule.ts';

describe('hypertensionCombination (I.C.9.a)', () => {
  it.each([
    [
      ['I10', 'N18.32'],
      ['I12.9', 'N18.32'],
    ],
    [
      ['I10', 'N18.6'],
      ['I12.0', 'N18.6'],
    ],
    [
      ['I50.42', 'I10'],
      ['I11.0', 'I50.42'],
    ],
    [
      ['I50.23', 'I10', 'N18.4'],
      ['I13.0', 'I50.23', 'N18.4'],
    ],
    [
      ['I10', 'E78.5'],
      ['I10', 'E78.5'],
    ],
    // A diabetic CKD code names the kidney disease before its stage is added (I.A.13).
    [
      ['E11.22', 'I10'],
      ['E11.22', 'I12.9'],
    ],
  ])('%j -> %j', (input, expected) => expect(run(hypertensionCombination, input)).toEqual(expected));

  it('reads the hypertension a CKD statement names ("CKD stage 3a with hypertension")', () => {
    const text = 'CKD stage 3a with hypertension';
    const ctx = kitContext(codeSets, ['N18.31'], text);
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['I12.9', 'N18.31']);
  });

  it('reads the heart failure a hypertension statement names ("HTN w/ chronic diastolic HF")', () => {
    const ctx = kitContext(codeSets, ['I10'], 'HTN w/ chronic diastolic HF (EF 60%)');
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['I11.0']);
    const plain = kitContext(codeSets, ['I10'], 'HTN - at goal on amlodipine');
    hypertensionCombination(plain);
    expect(activeCodes(plain)).toEqual(['I10']);
  });

  it('keeps a combination the statement itself reached: I13.0 names the kidney disease and the heart failure', () => {
    const ctx = kitContext(codeSets, ['I13.0'], 'Hypertensive heart and kidney disease w/ CKD stage 4 + chronic diastolic HF');
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['I13.0']);
    const late = kitContext(codeSets, ['I12.0', 'I50.32'], 'Hypertensive CKD stage 5; chronic diastolic HF');
    hypertensionCombination(late);
    expect(activeCodes(late)).toEqual(['I13.2', 'I50.32']);
  });

  it('takes its evidence and statement from the statement that reached its category, where the CKD stage is read (I.A.13)', () => {
    const text = 'Chronic systolic HF due to hypertensive heart disease.\nHypertensive heart and chronic kidney disease, CKD stage 4.';
    const ctx = kitContext(codeSets, ['I50.22', 'I13.10'], text);
    const [hf, combined] = ctx.findings;
    hf!.stmt = { start: 0, end: text.indexOf('\n') };
    combined!.stmt = { start: text.indexOf('\n') + 1, end: text.length };
    combined!.start = combined!.stmt.start;
    hypertensionCombination(ctx);
    const i13 = active(ctx).find((f) => f.code === 'I13.0')!;
    expect(text.slice(i13.stmt!.start, i13.stmt!.end)).toContain('CKD stage 4');
    expect(activeCodes(ctx)).toEqual(['I13.0', 'I50.22']);
  });

  it('takes its anchor\'s place after the condition its statement names first ("AKI due to ATN, on CKD 3b": N17.0 stays first, I.C.9.a.2)', () => {
    const ctx = kitContext(codeSets, ['N17.0', 'N18.32', 'I10'], 'AKI due to ATN, on CKD 3b and HTN');
    for (const f of ctx.findings) f.order = 1;
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['N17.0', 'I12.9', 'N18.32']);
  });

  it('keeps the statement order between diabetic and hypertensive CKD named in one statement (I.C.9.a sets none)', () => {
    const text = 'CKD stage 3b due to diabetic nephropathy and hypertension';
    const ctx = kitContext(codeSets, ['E11.22', 'I12.9'], text);
    ctx.findings[0]!.order = ctx.findings[1]!.order = 1;
    ctx.findings[1]!.start = text.indexOf('hypertension');
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['E11.22', 'I12.9']);
  });

  it.each([
    ['CKD stage 4 due to diabetic nephropathy; hypertension contributing', 'E11.22'],
    ['CKD stage 4 due to hypertension and type 2 diabetes', 'I12.9'],
  ])('orders the combinations by the cause "%s" names first', (text, first) => {
    // The kidney disease said once: the diabetic code and the stage both read from its words.
    const ctx = kitContext(codeSets, ['N18.4', 'E11.22'], text);
    ctx.findings[1]!.order = 0.75;
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)[0]).toBe(first);
    expect(activeCodes(ctx).sort()).toEqual(['E11.22', 'I12.9', 'N18.4']);
  });

  it('drops a secondary hypertension (I15) read from a combination statement that names no cause (I.C.9.a.6)', () => {
    const ctx = kitContext(codeSets, ['I50.23', 'I15.1', 'N18.4'], 'Acute on chronic systolic HF; hypertensive heart and CKD stage 4');
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['I13.0', 'I50.23', 'N18.4']);
    const caused = kitContext(codeSets, ['I15.1', 'N18.4'], 'Hypertension secondary to renal disorder; CKD stage 4');
    hypertensionCombination(caused);
    expect(activeCodes(caused)).toContain('I15.1');
  });

  it('codes hypertensive heart and CKD without heart failure as I13.10 (I.C.9.a.3)', () => {
    const ctx = kitContext(codeSets, ['I10', 'N18.4'], 'Hypertensive heart disease; CKD stage 4');
    hypertensionCombination(ctx);
    expect(activeCodes(ctx)).toEqual(['I13.10', 'N18.4']);
  });

  it('cites the guideline paragraph in words', () => {
    const ctx = kitContext(codeSets, ['I10', 'N18.32']);
    hypertensionCombination(ctx);
    expect(ctx.findings.find((x) => x.code === 'I12.9')!.why[0]).toBe('ICD-10-CM I.C.9.a.2: hypertension with chronic kidney disease, presumed linked');
  });
});
