import type { Claim } from '../contracts/claim.ts';

/** The earliest line date: the one that picks the ICD-10-CM year for claim-level diagnoses. */
export function claimDateOfService(claim: Claim): string | undefined {
  const dates = claim.lines
    .map((l) => l.dateOfService)
    .filter((d): d is string => !!d)
    .sort();
  return dates[0];
}
