import type { Claim, PayerKind, PayerProfile } from '../../contracts/claim.ts';
import { builtInProfiles } from './built-in-profiles.ts';

/**
 * CONTRACTS §3.3: a payerId match wins over a kind match, and a profile from the user's file
 * wins over a built-in one. `byId` names a profile outright (the evaluation-set shape).
 */
export function selectProfile(claim: Claim, userProfiles: PayerProfile[], byId?: string | null): PayerProfile {
  return selectPayerProfile(claim.payer.payerId ?? null, claim.payer.kind, userProfiles, byId);
}

/** The same precedence from a payer id and kind alone (what an 835 or a portal page carries). */
export function selectPayerProfile(payerIdIn: string | null, kind: PayerKind, userProfiles: PayerProfile[], byId?: string | null): PayerProfile {
  const all = [...userProfiles, ...builtInProfiles];
  const named = byId ? all.find((p) => p.id === byId) : undefined;
  if (named) return named;
  const payerId = payerIdIn?.trim().toUpperCase();
  return (
    (payerId ? all.find((p) => p.match.payerId?.trim().toUpperCase() === payerId) : undefined) ?? all.find((p) => p.match.kind === kind) ?? builtInProfiles[0]!
  );
}

/**
 * A case that says `payerProfile: null` asks for the built-in default of its payer kind (the
 * evaluation sets' reading); a bare claim, or a case naming a profile, selects among all of them.
 */
export function profilesFor(named: string | null | undefined, fromFile: PayerProfile[]): PayerProfile[] {
  return named === null ? [] : fromFile;
}
