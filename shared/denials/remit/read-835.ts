import { x12Reader, type X12Reader } from '../../x12/read-x12.ts';
import { transactionMapper } from './map-835.ts';
import type { RemitClaim, Remittance } from './model.ts';
import { RemitError } from './remit-error.ts';
import { reversalPairer } from './reversals.ts';

export interface Read835Options {
  /** Each claim as soon as it is complete, with its remittance so far (payer, date, totals). */
  onClaim?: (claim: RemitClaim, remit: Remittance) => void;
  /** Keep claims in each remittance's `claims` (default true). Off, memory stays bounded. */
  keepClaims?: boolean;
  /** Each remittance at its SE, with its PLB, totals and reconciliation. */
  onRemittance?: (remit: Remittance) => void;
  /**
   * Pair reversals (CLP02 22) with originals and corrections (default true). Without kept claims,
   * originals are looked for among the last 50,000 claims, which bounds the memory of a large file.
   */
  pairReversals?: boolean;
}

export interface Remit835Reader extends Omit<X12Reader, 'end'> {
  /** One Remittance per ST/SE transaction set, in file order. */
  end(): Remittance[];
}

/**
 * Streams an X12 835 (005010X221A1; 004010X091A1 has the same loops for what is read here) into one
 * Remittance per transaction set. Push the file in chunks of any size. Throws an X12Error (the
 * envelope) or RemitError (the content) naming the segment and its position: missing ISA, bad
 * separators, broken nesting, wrong SE/GE/IEA counts or control numbers, a non-numeric amount.
 */
export function remit835Reader(opts: Read835Options = {}): Remit835Reader {
  const out: Remittance[] = [];
  const pairer = opts.pairReversals === false ? null : reversalPairer(opts.keepClaims === false ? 50_000 : undefined);
  let index = 0;
  const reader = x12Reader((info) => {
    if (info.set !== '835') throw new RemitError('ST', info.pos, `transaction set ${JSON.stringify(info.set)} is not an 835`);
    const remittance = out.length;
    index = 0;
    const m = transactionMapper(info.sep, {
      keepClaims: opts.keepClaims,
      onClaim: (claim, r) => {
        pairer?.add(claim, { remittance, claim: index++, segment: claim.segment });
        opts.onClaim?.(claim, r);
      },
    });
    return {
      add: m.add,
      finish() {
        const r = m.finish();
        r.version = info.version;
        r.control = info.control;
        out.push(r);
        opts.onRemittance?.(r);
      },
    };
  });
  return {
    push: reader.push,
    end() {
      reader.end();
      for (const p of pairer?.pairs ?? []) (out[p.reversal.remittance]!.reversals ??= []).push(p);
      return out;
    },
  };
}

/** A whole 835 held in memory (tests, small files, portal uploads). */
export function read835(input: string, opts: Read835Options = {}): Remittance[] {
  const r = remit835Reader(opts);
  r.push(input);
  return r.end();
}
