import type { Setting } from '../../contracts/suggestion.ts';
import { after, before } from './assess.ts';

/** Where a statement's parts divide: a list separator, a dash aside, "but" (medspaCy's terminator). */
const parts = /[,;]|\s[-–—]\s|\bbut\b/gi;

/** The finding-context cues, read anywhere in a part (the after-cues lose their anchor). */
const cues = [...before, ...after.map(([re, st, w]) => [new RegExp(re.source.replace(/^\^/, ''), re.flags), st, w] as const)];

/** The history cue (medspaCy HISTORICAL, FORWARD) and where it stands. */
const history = before.find(([, status]) => status === 'history')![0];

/** "s/p" names a procedure the condition before it may follow ("Hypothyroidism s/p RAI": E89.0), not a past condition. */
const afterProcedure = /^(?:s\/p|status post)$/i;

/**
 * Where a history cue starts after words of the statement's own ("Osteoporosis w/ h/o fragility
 * vertebral fx"): the cue governs forward, so the words before it are a part of their own, read
 * as present (ICD-10-CM I.C.13.d.1: osteoporosis with a past fracture is M81, the fracture history Z87.31-).
 */
function pastAt(s: string): number[] {
  const m = new RegExp(history.source, history.flags.replace('g', '') + 'g');
  return [...s.matchAll(m)].filter((x) => /[a-z]{2}/i.test(s.slice(0, x.index)) && !afterProcedure.test(x[0])).map((x) => x.index);
}

/**
 * Parts of one statement that a context cue governs while the rest stands affirmed ("gastroenteritis,
 * likely viral"; "sepsis ruled out, influenza A"; "T2DM, h/o DKA"): the cue's concept is read only
 * from its own part (medspaCy ConText scope), so those words do not join the affirmed diagnosis.
 * An uncertain part counts only outside the inpatient setting (ICD-10-CM IV.H vs II.H). When the cue
 * governs the whole statement, nothing is returned: the finding's own context (assess.ts) decides.
 */
export function governedParts(text: string, start: number, end: number, setting: Setting): [number, number][] {
  const s = text.slice(start, end);
  const cuts = [0, ...[...s.matchAll(parts)].map((m) => m.index + m[0].length), ...pastAt(s), s.length + 1].sort((x, y) => x - y);
  const out: [number, number][] = [];
  let free = false;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!,
      b = Math.min(s.length, cuts[i + 1]! - 1);
    const part = s.slice(a, b);
    if (!/[a-z]{2}/i.test(part)) continue;
    const cue = cues.find(([re, status]) => re.test(part) && !(status === 'uncertain' && setting === 'inpatient-progress'));
    if (cue) out.push([start + a, start + b]);
    else free = true;
  }
  return free ? out : [];
}
