import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { Finding } from '../finding.ts';
import { hypertensionCombination } from './hypertension.ts';
import { active, type RuleContext } from './rule.ts';

// A stand-in code set: every code asked for exists and is billable (titles are placeholders).
const codeSets = { icd: (code: string) => ({ system: 'ICD-10-CM', code, title: `title ${code}`, billable: true, year: 'FY2026' }) } as unknown as CodeSets;
const f = (code: string, order: number): Finding => ({ code, title: code, start: 0, end: 1, order, section: 'assessment', status: 'affirmed', score: 10, why: [], source: 'title' });
const run = (rule: (c: RuleContext) => void, codes: string[], text = '') => {
  const ctx: RuleContext = { doc: { text, setting: 'office', patient: {} }, codeSets, sections: [], findings: codes.map((c, i) => f(c, i + 1)), queries: [] };
  rule(ctx);
  return active(ctx).sort((a, b) => a.order - b.order).map((x) => x.code);
};

describe('hypertensionCombination (I.C.9.a)', () => {
  it.each([
    [['I10', 'N18.32'], ['I12.9', 'N18.32']],
    [['I10', 'N18.6'], ['I12.0', 'N18.6']],
    [['I50.42', 'I10'], ['I11.0', 'I50.42']],
    [['I50.23', 'I10', 'N18.4'], ['I13.0', 'I50.23', 'N18.4']],
    [['I10', 'E78.5'], ['I10', 'E78.5']],
  ])('%j -> %j', (input, expected) => expect(run(hypertensionCombination, input)).toEqual(expected));

  it('reads the hypertension a CKD statement names ("CKD stage 3a with hypertension")', () => {
    const text = 'CKD stage 3a with hypertension';
    const ctx: RuleContext = { doc: { text, setting: 'office', patient: {} }, codeSets, sections: [], findings: [{ ...f('N18.31', 1), stmt: { start: 0, end: text.length } }], queries: [] };
    hypertensionCombination(ctx);
    expect(active(ctx).sort((a, b) => a.order - b.order).map((x) => x.code)).toEqual(['I12.9', 'N18.31']);
  });

  it('cites the guideline paragraph in words', () => {
    const ctx: RuleContext = { doc: { text: '', setting: 'office', patient: {} }, codeSets, sections: [], findings: [f('I10', 1), f('N18.32', 2)], queries: [] };
    hypertensionCombination(ctx);
    expect(ctx.findings.find((x) => x.code === 'I12.9')!.why[0]).toBe('ICD-10-CM I.C.9.a.2: hypertension with chronic kidney disease, presumed linked');
  });
});
