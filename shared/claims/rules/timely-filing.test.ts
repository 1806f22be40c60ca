import { describe, expect, it } from 'vitest';
import { claimOf, run } from '../../../test/support/claim-kit.ts';
import { timelyFiling } from './timely-filing.ts';

const acme = { id: 'acme', match: { payerId: 'ACME1' }, timelyFilingDays: 90, priorAuthRequired: [], coveredDiagnoses: {} };

describe('timely-filing', () => {
  const cases: [string, string, string, string | null][] = [
    ['73 days of 90: 17 remain', '2026-08-17', '2026-10-29', null],
    ['76 days of 90: 14 remain, outside the window', '2026-01-01', '2026-03-18', null],
    ['77 days of 90: 13 remain', '2026-01-01', '2026-03-19', 'warning'],
    ['90 days of 90: last day', '2026-01-01', '2026-04-01', 'warning'],
    ['91 days of 90', '2026-01-01', '2026-04-02', 'error'],
  ];
  it.each(cases)('%s', (_n, dos, sub, want) => {
    const claim = claimOf((c) => {
      c.lines[0].dateOfService = dos;
      c.submissionDate = sub;
    });
    const flags = run(timelyFiling, claim, { profiles: [acme] });
    expect(flags.map((f) => f.severity)).toEqual(want ? [want] : []);
    for (const f of flags) expect([f.field, f.carc]).toEqual(['lines[0].dateOfService', '29']);
  });
  it('uses the built-in Medicare limit of 365 days', () => {
    const claim = claimOf((c) => {
      c.payer = { kind: 'medicare', payerId: 'X' };
      c.lines[0].dateOfService = '2025-01-06';
      c.submissionDate = '2026-01-07';
    });
    expect(run(timelyFiling, claim).map((f) => f.severity)).toEqual(['error']);
  });
  it('names each late line', () => {
    const claim = claimOf((c) => {
      c.submissionDate = '2026-07-10';
      c.lines = [
        { ...c.lines[0], dateOfService: '2026-03-03' },
        { ...c.lines[0], dateOfService: '2026-04-14' },
      ];
    });
    // 129 and 87 days against a 120-day limit: only the first line is late.
    expect(run(timelyFiling, claim, { profiles: [{ ...acme, timelyFilingDays: 120 }] }).map((f) => f.field)).toEqual(['lines[0].dateOfService']);
  });
});
