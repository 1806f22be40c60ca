import { describe, expect, it } from 'vitest';
import { claimOf, eligibilityOf, fields, run } from '../../../test/support/claim-kit.ts';
import { priorAuthMissing } from './prior-auth-missing.ts';

const profile = { id: 'acme', match: { payerId: 'ACME1' }, timelyFilingDays: 90, priorAuthRequired: ['J0897'], coveredDiagnoses: {} };
const lines = (c: any) =>
  (c.lines = [
    { ...c.lines[0], code: '96372' },
    { ...c.lines[0], code: 'J0897' },
    { ...c.lines[0], code: '70553' },
  ]);

describe('prior-auth-missing', () => {
  const cases: [string, (c: any) => void, string[], string[]][] = [
    ['profile and eligibility lists, no authorization', lines, ['70553'], ['lines[1].code', 'lines[2].code']],
    ['authorization number given', (c) => (lines(c), (c.priorAuthorization = 'PA-1')), ['70553'], []],
    ['codes not on any list', () => {}, ['70553'], []],
    ['blank authorization counts as none', (c) => (lines(c), (c.priorAuthorization = '  ')), [], ['lines[1].code']],
  ];
  it.each(cases)('%s', (_n, patch, eligList, want) => {
    const flags = run(priorAuthMissing, claimOf(patch), { profiles: [profile], eligibility: eligibilityOf({ priorAuthRequired: eligList }) });
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('197');
  });
});
