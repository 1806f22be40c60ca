import type { PayerProfile } from '../../contracts/claim.ts';
import { selectPayerProfile } from '../../claims/payers/select-profile.ts';

type Kind = NonNullable<PayerProfile['match']['kind']>;

/** CLP06 claim filing indicator to the payer kind of CONTRACTS §3.1 (commercial when unknown). */
const byFiling: Record<string, Kind> = {
  MA: 'medicare', MB: 'medicare', '16': 'medicare-advantage', MC: 'medicaid', CH: 'tricare', WC: 'workers-comp', '09': 'self-pay',
};
export const kindOfFiling = (code: string): Kind => byFiling[code.trim().toUpperCase()] ?? 'commercial';

/** Same precedence as a claim's profile (CONTRACTS §3.3), from what an 835 carries. */
export const profileForRemit = selectPayerProfile;
