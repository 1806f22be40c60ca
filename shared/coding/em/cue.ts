import { matchesOf } from '../text/matches.ts';
/**
 * A phrase that evidences one element of medical decision making, with the guideline element it
 * evidences. Every hand-written E/M table entry is a Cue: the registry test checks each cites a source.
 */
export interface Cue {
  /** What the phrase evidences (shown in `why`). */
  label: string;
  re: RegExp;
  /** The AMA E/M guideline element (or standard list) this phrase evidences. */
  source: string;
}

export interface Hit {
  label: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Return precautions and "call if" instructions describe what has not happened (medspaCy ConText:
 * hypothetical triggers "return if", "call if", "should"; a visit "sooner for" signs, as "come back for"); so does a conditional plan written with an
 * arrow ("If not improved in 6 wks -> MRI L shoulder": ConText's "if").
 */
const hypothetical =
  /\b(?:return(?:s)?|rtc|call|seek care|come back|sooner|earlier|go to (?:the )?(?:ED|ER)|ED precautions|precautions)\b[^.\n]*?\b(?:if|for|should|when|with)\b[^.\n]*|\bif\b[^.\n]*?(?:->|→)[^.\n]*/gi;
/** medspaCy ConText negation triggers, scoped to the clause before the phrase: "no hypoxia" is not hypoxia; "low suspicion for" is ConText's "unlikely". */
const negatedBefore =
  /\b(?:no|not|without|denies|denied|negative for|neg(?:ative)?|absent|free of|never|doubt|unlikely|low (?:suspicion|concern|probability) (?:for|of)|(?:at )?risk (?:of|for)|prevent\w*|prophyla\w*)\b[^.;,\n]*$/i;
/** medspaCy ConText backward triggers: "X excluded", "X ruled out", "X unlikely", "X risk". */
const negatedAfter = /^[^.;,\n]{0,25}?\b(?:excluded|ruled out|unlikely|not (?:suspected|likely|present|seen)|risk|precautions|prophylaxis|resolved)\b/i;

/** medspaCy ConText historical triggers: "history of stroke", "s/p CVA" are not today's problem or test. */
const historicalBefore = /\b(?:history of|hx of|h\/o|prior|previous|old|remote|s\/p|status post|sequelae? of|late effects? of|residual)\b[^.;,\n]*$/i;

/** Where the clause holding the offset starts (a sentence, line, ";", " - " or an arrow "->": "risk of recurrence -> requires admission"). */
const clauseEnds = ['.', '\n', ';', ' - ', '->', '→'];
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 80);
  const window = text.slice(from, at);
  const ends = clauseEnds.map((b) => {
    const i = window.lastIndexOf(b);
    return i < 0 ? 0 : i + b.length;
  });
  return window.slice(Math.max(...ends));
}

/** Spans of `text` removed from consideration: instructions about what might happen. */
export function hypotheticalSpans(text: string): [number, number][] {
  return [...text.matchAll(hypothetical)].map((m) => [m.index, m.index + m[0].length]);
}

/** Affirmed hits of the cues: not inside a hypothetical instruction, not negated in their clause. */
const globalRe = new WeakMap<RegExp, RegExp>();
/** The cue's pattern with the global flag, compiled once. */
export function global(re: RegExp): RegExp {
  let g = globalRe.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalRe.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}
/** Hypothetical spans of the last few texts read (the same note is read by several elements in turn). */
const spansOf = new Map<string, [number, number][]>();
function cachedSpans(text: string): [number, number][] {
  const known = spansOf.get(text);
  if (known) return known;
  const oldest = spansOf.keys().next();
  if (spansOf.size >= 32 && !oldest.done) spansOf.delete(oldest.value);
  const spans = hypotheticalSpans(text);
  spansOf.set(text, spans);
  return spans;
}

export function findCues(text: string, cues: readonly Cue[], opts: { negation?: boolean; historical?: boolean; offset?: number } = {}): Hit[] {
  const skip = cachedSpans(text);
  const out: Hit[] = [];
  for (const cue of cues) {
    for (const m of matchesOf(global(cue.re), text)) {
      if (!m[0]) continue;
      if (skip.some(([a, b]) => m.index >= a && m.index < b)) continue;
      if (
        opts.negation !== false &&
        (negatedBefore.test(clauseBefore(text, m.index)) || negatedAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      )
        continue;
      if (opts.historical && historicalBefore.test(clauseBefore(text, m.index))) continue;
      const start = m.index + (opts.offset ?? 0);
      out.push({ label: cue.label, start, end: start + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const quote = (h: Hit) => `"${h.text}"`;

/**
 * An operation decided for now ("emergent laparotomy", "to OR tonight for lap appy"): the AMA's emergency
 * major surgery. "OR tomorrow" or a scheduled date is planned, not emergency. The operating room is "OR"
 * in capitals only ("urgent care or ED" is no operation).
 */
export const emergencySurgery: RegExp[] = [
  /\b(?:emergen\w*|urgent\w*|STAT)\s+(?:\w+\s+){0,2}(?:surgery|surgical (?:exploration|intervention)|operation|laparotomy|\w+ectomy|\w+otomy)\b|\bsurgery (?:tonight|now|emergently|urgently)\b/i,
  /\bto (?:the )?OR\b(?=[^.\n]{0,15}\b(?:tonight|now|emergent\w*|urgent\w*|today|this (?:evening|afternoon|morning))\b)|\bOR (?:tonight|now|emergently|urgently)\b/,
];
