import type { CodeSets } from '../../codes/code-sets.ts';
import type { Completed } from '../matcher/complete-code.ts';

/**
 * Intracranial injuries (S06) carry the loss of consciousness in their 6th character, by duration: "with
 * loss of consciousness of 30 minutes or less", "... of 31 minutes to 59 minutes", "... of 1 hour to 5 hours
 * 59 minutes", "... of 6 hours to 24 hours", "... of unspecified duration" (Tabular S06). A duration the
 * statement documents ("Concussion with brief LOC (~30 sec)") picks the sibling whose title's range holds
 * it (I.B.18: the most specific code the documentation supports). The ranges are read from the titles;
 * beyond 24 hours the code also needs the return to consciousness, so it stays a query.
 */
export function byLocDuration(codeSets: CodeSets, dos: string | undefined, code: string, title: string, statement: string): Completed | null {
  if (!/loss of consciousness of unspecified duration/i.test(title)) return null;
  const minutes = locMinutes(statement);
  if (minutes === null) return null;
  const flat = code.replace('.', '');
  for (const c of '012345678') {
    const sibling = codeSets.icd(`${flat.slice(0, 5)}${c}${flat.slice(6)}`, dos);
    const range = sibling?.billable ? titleRange(sibling.title) : null;
    if (range && minutes >= range[0] && minutes <= range[1])
      return {
        code: sibling!.code,
        title: sibling!.title,
        why: `ICD-10-CM I.B.18: the loss of consciousness lasted ${minutes < 1 ? 'under a minute' : `${minutes} minutes`}`,
      };
  }
  return null;
}

const unit = String.raw`(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b`;
/** A duration beside a loss-of-consciousness word, within its clause ("LOC ~30 sec", "unconscious for 5 minutes", "(LOC < 1 min)"). */
const timed = new RegExp(
  String.raw`\b(?:loss of consciousness|LOC|unconscious(?:ness)?|unresponsive)\b[^.;\n]{0,30}?[<~≈]?\s*(?:about |approx\.? |approximately )?(\d+(?:\.\d+)?)\s*${unit}|(\d+(?:\.\d+)?)\s*${unit}[^.;\n]{0,12}\b(?:loss of consciousness|LOC)\b`,
  'i',
);

/** The documented duration of the loss of consciousness in minutes, if the statement gives one. */
export function locMinutes(statement: string): number | null {
  const m = timed.exec(statement);
  if (!m) return null;
  const n = Number(m[1] ?? m[3]);
  const u = (m[2] ?? m[4])!.toLowerCase();
  return u.startsWith('h') ? n * 60 : u.startsWith('s') ? n / 60 : n;
}

/** The minutes a title's duration covers ("of 31 minutes to 59 minutes": [31, 59]); none for "unspecified" or "greater than". */
function titleRange(title: string): [number, number] | null {
  const t = /loss of consciousness of (.+?)(?:,|$)/i.exec(title)?.[1];
  if (!t) return null;
  const part = (s: string) => {
    const h = /(\d+) hours?/.exec(s);
    const m = /(\d+) minutes?/.exec(s);
    return h || m ? Number(h?.[1] ?? 0) * 60 + Number(m?.[1] ?? 0) : null;
  };
  const less = /^(.+?) or less$/.exec(t);
  if (less) return part(less[1]!) === null ? null : [0, part(less[1]!)!];
  const [a, b] = t.split(' to ');
  const lo = a ? part(a) : null;
  const hi = b ? part(b) : null;
  // "1 hour to 5 hours 59 minutes" runs to the end of its last minute.
  return lo !== null && hi !== null ? [lo, hi + (/minutes?$/.test(b!) ? 0 : 59 / 60)] : null;
}
