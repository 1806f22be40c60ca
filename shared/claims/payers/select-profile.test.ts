import { describe, expect, it } from 'vitest';
import { claimOf } from '../../../test/support/claim-kit.ts';
import { profilesFor, selectProfile } from './select-profile.ts';

const file = [
  { id: 'acme-ppo', match: { payerId: 'ACME1' }, timelyFilingDays: 90, priorAuthRequired: [], coveredDiagnoses: {} },
  { id: 'any-commercial', match: { kind: 'commercial' as const }, timelyFilingDays: 60, priorAuthRequired: [], coveredDiagnoses: {} },
];

describe('payer profile selection', () => {
  it('payerId beats kind, file beats built-in', () => {
    expect(selectProfile(claimOf(), file).id).toBe('acme-ppo');
    expect(
      selectProfile(
        claimOf((c) => (c.payer.payerId = 'OTHER')),
        file,
      ).id,
    ).toBe('any-commercial');
    expect(
      selectProfile(
        claimOf((c) => (c.payer.payerId = 'OTHER')),
        [],
      ).id,
    ).toBe('default-commercial');
  });
  it('Medicare built-in allows 365 days', () => {
    expect(
      selectProfile(
        claimOf((c) => (c.payer = { kind: 'medicare' })),
        [],
      ).timelyFilingDays,
    ).toBe(365);
  });
  it('a profile named by id wins; payerProfile null means the built-in default of the kind', () => {
    expect(selectProfile(claimOf(), file, 'any-commercial').id).toBe('any-commercial');
    expect(selectProfile(claimOf(), profilesFor(null, file), null).id).toBe('default-commercial');
    expect(selectProfile(claimOf(), profilesFor(undefined, file), undefined).id).toBe('acme-ppo');
  });
});
