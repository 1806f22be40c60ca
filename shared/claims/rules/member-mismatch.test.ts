import { describe, expect, it } from 'vitest';
import { claimOf, eligibilityOf, fields, run } from '../../../test/support/claim-kit.ts';
import { memberMismatch } from './member-mismatch.ts';

describe('member-mismatch', () => {
  const cases: [string, (c: any) => void, Parameters<typeof eligibilityOf>[0], string[]][] = [
    ['identical', () => {}, {}, []],
    ['id with dashes and lower case', (c) => (c.patient.memberId = 'acm-2047-7719-02'), { memberId: 'ACM2047771902' }, []],
    ['name case and accents', (c) => (c.patient.lastName = 'RUÍZ'), {}, []],
    ['transposed id digits', (c) => (c.patient.memberId = '1EG4TE5MK90'), { memberId: '1EG4TE5MK09' }, ['patient.memberId']],
    ['nickname', (c) => (c.patient.firstName = 'Bill'), { firstName: 'William' }, ['patient.firstName']],
    ['date of birth keyed wrong', (c) => (c.patient.dob = '1958-08-21'), { dob: '1998-08-21' }, ['patient.dob']],
  ];
  it.each(cases)('%s', (_n, patch, elig, want) => {
    const flags = run(memberMismatch, claimOf(patch), { eligibility: eligibilityOf(elig) });
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('31');
  });
});
