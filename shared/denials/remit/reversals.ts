import type { ClaimPlace, RemitClaim, ReversalPair } from './model.ts';

/**
 * Pairs reversals with their originals and corrections as claims stream by (005010X221A1
 * section 1.10.2.8, Reversals and Corrections): a reversal has CLP02 22, repeats the original's
 * CLP01 and CLP07 with the amounts negated, and the corrected claim follows it with the same
 * CLP01. The original is often in an earlier remittance, so `original` may be null. Holds one
 * small entry per claim id seen (id, place, CLP07), not the claims; with `remember` set, only the
 * most recent half to all of that many (a streamed file keeps bounded memory; an original further back than
 * that is reported as not found, while the correction, which follows its reversal, always is).
 */
/**
 * A copy of a value that keeps nothing else alive: a substring of a streamed chunk may share the
 * chunk's memory, and this index outlives every chunk. Concatenating then slicing makes a new,
 * small string of its own.
 */
const own = (s: string) => (s.length < 13 ? s : `${s} `.slice(0, -1));

export function reversalPairer(remember = Number.POSITIVE_INFINITY): { add(claim: RemitClaim, place: ClaimPlace): void; pairs: ReversalPair[] } {
  // Two generations rather than one Map trimmed from its front: deleting a Map's oldest entry
  // over and over leaves holes its iteration must skip, which turns a large file quadratic.
  type Seen = { place: ClaimPlace; pcn: string };
  let young = new Map<string, Seen>();
  let old = new Map<string, Seen>();
  const half = Math.max(1, Math.floor(remember / 2));
  const awaiting = new Map<string, ReversalPair>();
  const pairs: ReversalPair[] = [];
  return {
    pairs,
    add(claim, place) {
      const id = own(claim.claimId);
      if (claim.status === '22') {
        const before = young.get(id) ?? old.get(id);
        // CLP07 names the payer's claim being reversed; without one on either side, CLP01 alone decides.
        const same = before && (!before.pcn || !claim.payerControlNumber || before.pcn === claim.payerControlNumber);
        const pair: ReversalPair = { claimId: id, reversal: place, original: same ? before.place : null, correction: null };
        pairs.push(pair);
        awaiting.set(id, pair);
        if (same) {
          young.delete(id);
          old.delete(id);
        }
        return;
      }
      const pair = awaiting.get(id);
      if (pair) {
        pair.correction = place;
        awaiting.delete(id);
        return;
      }
      old.delete(id);
      young.set(id, { place, pcn: own(claim.payerControlNumber) });
      if (young.size >= half && remember !== Number.POSITIVE_INFINITY) {
        old = young;
        young = new Map();
      }
    },
  };
}
