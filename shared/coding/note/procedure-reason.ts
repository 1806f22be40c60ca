import type { Finding } from '../finding.ts';
import { expandTokens } from '../lexicon/expand.ts';

/** The shared lexicon's shorthand meanings, as the code sets carry them ("AKs": actinic keratoses). */
type Listed = Parameters<typeof expandTokens>[3];
import { genericNouns } from '../text/tokens.ts';

/**
 * A procedure line of the note ("Procedure: Destruction of premalignant lesions (AKs) by cryotherapy"; "Procedure - R
 * carpal tunnel injection: ..."), or the first line under a "Procedures:" heading ("1) Shave biopsy L nasal ala: ...").
 */
const procedureHeading = /^[ \t#*-]*(?:procedures?|operations?)(?:\s+(?:performed|done|note))?\s*(?:[:–—]|\s-\s)[ \t]*(.*)$/gim;

/** Words that say which side, or name no condition, not what was treated (letters and two-letter words are skipped too). */
const notWhat = new Set(['right', 'left', 'bilateral', 'unilateral', ...genericNouns]);

/** The content words of the first procedure the note reports, as stems (empty when it reports none). */
export function procedureWords(text: string, listed?: Listed): Set<string> {
  for (const m of text.matchAll(procedureHeading)) {
    let start = m.index + m[0].length - m[1]!.length;
    let end = m.index + m[0].length;
    if (m[1]!.trim() === '') {
      // The heading alone: its first line below names the procedure.
      const next = /\n[ \t]*(\S[^\n]*)/.exec(text.slice(end));
      if (!next) continue;
      start = end + next.index + next[0].length - next[1]!.length;
      end = start + next[1]!.length;
    }
    // The procedure's name runs to its first colon or sentence end ("R carpal tunnel injection: After consent ...").
    const name = /^[^:.\n]*/.exec(text.slice(start, end))![0];
    const words = expandTokens(text, start, start + name.length, listed)
      .filter((t) => !t.neg && t.stem.length > 2 && !notWhat.has(t.stem))
      .map((t) => t.stem);
    if (words.length) return new Set(words);
  }
  return new Set();
}

/**
 * ICD-10-CM IV.A.1: for outpatient surgery the reason for the surgery is the first-listed diagnosis. The reason is the
 * reportable condition whose evidence names most of what the procedure line treats ("R carpal tunnel injection": carpal
 * tunnel syndrome; "Shave biopsy L nasal ala": the nasal ala's carcinoma), or none.
 */
export function procedureReason(text: string, candidates: Finding[], listed?: Listed): Finding | undefined {
  const words = procedureWords(text, listed);
  if (words.size === 0) return undefined;
  // The condition sharing most of the line's words ("actinic keratoses" over "seborrheic keratoses"); the earlier on a tie.
  let best: Finding | undefined;
  let most = 0;
  for (const f of candidates) {
    const shared = new Set(expandTokens(text, f.start, f.end, listed).flatMap((t) => (!t.neg && words.has(t.stem) ? [t.stem] : []))).size;
    if (shared > most) [best, most] = [f, shared];
  }
  return best;
}
