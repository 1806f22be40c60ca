import type { ClaimPlace, RemitClaim, ReversalPair } from './model.ts';

/**
 * Pairs reversals with their originals and corrections as claims stream by (005010X221A1
 * section 1.10.2.8, Reversals and Corrections): a reversal has CLP02 22, repeats the original's
 * CLP01 and CLP07 with the amounts negated, and the corrected claim follows it with the same
 * CLP01. The original is often in an earlier remittance, so `original` may be null. Holds one
 * small entry per claim id seen (id, place, CLP07), not the claims; with `remember` set, only the
 * most recent that many (a streamed file keeps bounded memory; an original further back than
 * that is reported as not found, while the correction, which follows its reversal, always is).
 */
/**
 * A copy of a value that keeps nothing else alive: a substring of a streamed chunk may share the
 * chunk's memory, and this index outlives every chunk. Concatenating then slicing makes a new,
 * small string of its own.
 */
const own = (s: string) => (s.length < 13 ? s : `${s} `.slice(0, -1));

export function reversalPairer(remember = Number.POSITIVE_INFINITY): { add(claim: RemitClaim, place: ClaimPlace): void; pairs: ReversalPair[] } {
  const seen = new Map<string, { place: ClaimPlace; pcn: string }>();
  const awaiting = new Map<string, ReversalPair>();
  const pairs: ReversalPair[] = [];
  return {
    pairs,
    add(claim, place) {
      const id = own(claim.claimId);
      if (claim.status === '22') {
        const before = seen.get(id);
        // CLP07 names the payer's claim being reversed; without one on either side, CLP01 alone decides.
        const same = before && (!before.pcn || !claim.payerControlNumber || before.pcn === claim.payerControlNumber);
        const pair: ReversalPair = { claimId: id, reversal: place, original: same ? before.place : null, correction: null };
        pairs.push(pair);
        awaiting.set(id, pair);
        if (same) seen.delete(id);
        return;
      }
      const pair = awaiting.get(id);
      if (pair) {
        pair.correction = place;
        awaiting.delete(id);
        return;
      }
      seen.delete(id); // re-inserted last: the Map's order is then the order last seen
      seen.set(id, { place, pcn: own(claim.payerControlNumber) });
      if (seen.size > remember) seen.delete(seen.keys().next().value!);
    },
  };
}
