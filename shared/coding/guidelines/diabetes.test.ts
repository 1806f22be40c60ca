import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { Finding } from '../finding.ts';
import { diabetesCombination } from './diabetes.ts';
import { active, type RuleContext } from './rule.ts';

// A stand-in code set: every code asked for exists and is billable (titles are placeholders).
const codeSets = { icd: (code: string) => ({ system: 'ICD-10-CM', code, title: `title ${code}`, billable: true, year: 'FY2026' }) } as unknown as CodeSets;
const f = (code: string, order: number): Finding => ({ code, title: code, start: 0, end: 1, order, section: 'assessment', status: 'affirmed', score: 10, why: [], source: 'title' });
const run = (rule: (c: RuleContext) => void, codes: string[], text = '') => {
  const ctx: RuleContext = { doc: { text, setting: 'office', patient: {} }, codeSets, sections: [], findings: codes.map((c, i) => f(c, i + 1)), queries: [] };
  rule(ctx);
  return active(ctx).sort((a, b) => a.order - b.order).map((x) => x.code);
};

describe('diabetesCombination (I.A.15 "with")', () => {
  it.each([
    [['E11.9', 'N18.32'], ['E11.22', 'N18.32']],
    [['E11.9', 'E78.5'], ['E11.9', 'E78.5']],
    [['E11.9', 'M86.171'], ['E11.69', 'M86.171']],
  ])('%j -> %j', (input, expected) => expect(run(diabetesCombination, input)).toEqual(expected));
});
