import { x12Reader } from '../read-x12.ts';
import { X12Error } from '../x12-error.ts';
import { date } from './elements.ts';
import { claimMapper } from './map-837p.ts';
import type { Read837Claim } from './model.ts';

export interface Read837Result {
  claims: Read837Claim[];
  /** A fault in the envelope (ISA/GS/ST/SE/GE/IEA) or BHT: the claims before it were still read. */
  error: string | null;
}

/**
 * Reads every claim of an 837P batch (005010X222A1; several ST/SE and interchanges allowed). A
 * claim-level fault becomes that claim's error and the others are still read; an envelope fault
 * stops the reading and is returned beside the claims read so far.
 */
export function read837p(text: string): Read837Result {
  const claims: Read837Claim[] = [];
  let error: string | null = null;
  const reader = x12Reader((info) => {
    if (info.set !== '837') throw new X12Error('ST', info.pos, `transaction set ${JSON.stringify(info.set)} is not an 837`);
    if (/X22[34]/.test(info.version)) throw new X12Error('ST', info.pos, `${info.version} is an institutional or dental 837, not professional (005010X222A1)`);
    let bht: string | null = null;
    const m = claimMapper(
      info.sep,
      () => bht,
      (c) => claims.push(c),
    );
    return {
      add(s) {
        // BHT04: the date the batch was created, the claims' submission date.
        if (s.id === 'BHT') bht = s.el[3] ? date(s, 3) : null;
        else m.add(s);
      },
      finish: m.finish,
    };
  });
  try {
    reader.push(text);
    reader.end();
  } catch (err) {
    if (!(err instanceof X12Error)) throw err;
    error = err.message;
  }
  return { claims, error };
}

/** X12 is told by content: an interchange starts with ISA (after a byte-order mark or blank lines). */
export const looksLikeX12 = (text: string): boolean => /^\uFEFF?\s*ISA/.test(text);
