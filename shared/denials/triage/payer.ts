import type { PayerProfile } from '../../contracts/claim.ts';
import { builtInProfiles } from '../../claims/payers/built-in-profiles.ts';

type Kind = NonNullable<PayerProfile['match']['kind']>;

/** CLP06 claim filing indicator to the payer kind of CONTRACTS §3.1 (commercial when unknown). */
const byFiling: Record<string, Kind> = {
  MA: 'medicare', MB: 'medicare', '16': 'medicare-advantage', MC: 'medicaid', CH: 'tricare', WC: 'workers-comp', '09': 'self-pay',
};
export const kindOfFiling = (code: string): Kind => byFiling[code.trim().toUpperCase()] ?? 'commercial';

/**
 * Same precedence as claims/payers/select-profile (CONTRACTS §3.3), from what an 835 carries:
 * a profile named outright, else a payerId match, else a kind match; the user's file before
 * the built-in defaults.
 */
export function profileForRemit(payerId: string | null, kind: Kind, userProfiles: PayerProfile[], byId?: string | null): PayerProfile {
  const all = [...userProfiles, ...builtInProfiles];
  const named = byId ? all.find((p) => p.id === byId) : undefined;
  if (named) return named;
  const id = payerId?.trim().toUpperCase();
  return (id ? all.find((p) => p.match.payerId?.trim().toUpperCase() === id) : undefined) ?? all.find((p) => p.match.kind === kind) ?? builtInProfiles[0]!;
}
