import type { PayerProfile } from '../../contracts/claim.ts';

/**
 * A default for every payer kind (CONTRACTS §3.3). Timely-filing limits are the common ones:
 * Medicare 365 days from the date of service (42 CFR 424.44); the others are typical
 * contract figures a practice overrides with its own profile file.
 */
export const builtInProfiles: PayerProfile[] = [
  profile('medicare', 'Medicare (default)', 365),
  profile('medicare-advantage', 'Medicare Advantage (default)', 365),
  profile('medicaid', 'Medicaid (default)', 365),
  profile('commercial', 'Commercial (default)', 90),
  profile('tricare', 'TRICARE (default)', 365),
  profile('workers-comp', "Workers' compensation (default)", 365),
  profile('self-pay', 'Self-pay (default)', 3650),
];

function profile(kind: PayerProfile['match']['kind'] & string, name: string, timelyFilingDays: number): PayerProfile {
  return { id: `default-${kind}`, name, match: { kind }, timelyFilingDays, priorAuthRequired: [], coveredDiagnoses: {} };
}
