import { describe, expect, it } from 'vitest';
import { claimOf, eligibilityOf, run } from '../../../test/support/claim-kit.ts';
import { coverageInactive } from './coverage-inactive.ts';

describe('coverage-inactive', () => {
  const cases: [string, Parameters<typeof eligibilityOf>[0], string | null][] = [
    ['inside coverage', {}, null],
    ['last covered day (end inclusive)', { coverageEnd: '2026-03-03' }, null],
    ['first covered day (start inclusive)', { coverageStart: '2026-03-03' }, null],
    ['before coverage starts', { coverageStart: '2026-06-01' }, '26'],
    ['after coverage ended', { coverageEnd: '2026-01-31' }, '27'],
    ['policy shown inactive', { status: 'inactive', coverageEnd: null }, '27'],
  ];
  it.each(cases)('%s', (_n, patch, carc) => {
    const flags = run(coverageInactive, claimOf(), { eligibility: eligibilityOf(patch) });
    expect(flags.map((f) => f.carc)).toEqual(carc ? [carc] : []);
    for (const f of flags) expect(f.field).toBe('lines[0].dateOfService');
  });
  it('is silent without eligibility', () => {
    expect(run(coverageInactive, claimOf(), { eligibility: null })).toEqual([]);
  });
});
