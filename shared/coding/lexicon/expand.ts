import { tokenize, type Token } from '../text/tokens.ts';
import { abbreviations, rewrites } from './abbreviations.ts';
import type { Lookup } from './resolve-shorthand.ts';
import { matchesOf } from '../text/matches.ts';

interface Piece {
  start: number;
  end: number;
  words: string;
  /** Characters at the words' start that are the note's own text, kept beside the added words ("$&"). */
  kept?: number;
}

/** Shorthand as it stands in a note: letters and digits, joined by / & + . - ("NSTEMI", "h/o", "PCV20"). */
const word = /[A-Za-z0-9](?:[A-Za-z0-9/&+.-]*[A-Za-z0-9])?/g;

/**
 * Tokens of a stretch of the note with shorthand expanded; expanded tokens keep the span of the
 * shorthand they came from, so evidence stays an exact slice of the input. The hand-written
 * entries (abbreviations.ts) come first; `listed` is the shared lexicon's medical-abbreviations
 * list as the code-set build chose from it (abbreviation-list.ts), matched case for case.
 */
export function expandTokens(text: string, start: number, end: number, listed?: Lookup): Token[] {
  const slice = text.slice(start, end);
  const pieces = [...handWritten(text, start, end)];
  const taken = (a: number, b: number) => pieces.some((p) => a < p.end && b > p.start);
  if (listed?.size) {
    for (const { w, at } of shorthandWords(slice, listed)) {
      const words = lookupShorthand(listed, w);
      if (words && !taken(at, at + w.length)) pieces.push({ start: at, end: at + w.length, words: handWrittenWords(words) });
    }
  }
  pieces.sort((x, y) => x.start - y.start);
  let masked = '';
  let at = 0;
  const spans: { from: number; to: number; piece: Piece }[] = [];
  // Masked stretches holding the note's own word inside an expansion: that word is said, not expanded.
  const keptAt: [number, number][] = [];
  for (const p of pieces) {
    masked += slice.slice(at, p.start);
    const from = masked.length;
    masked += ` ${p.words} `;
    spans.push({ from, to: masked.length, piece: p });
    if (p.kept) keptAt.push([from, from + 1 + p.kept]);
    at = p.end;
  }
  masked += slice.slice(at);
  // Map each masked offset back to the note: inside an expansion, to the shorthand's span.
  const back = (off: number, isEnd: boolean): number => {
    let shift = 0;
    for (const s of spans) {
      if (off < s.from) break;
      if (off < s.to || (isEnd && off === s.to)) return start + (isEnd ? s.piece.end : s.piece.start);
      shift += s.to - s.from - (s.piece.end - s.piece.start);
    }
    return start + off - shift;
  };
  return tokenize(masked).map((t) => ({
    ...t,
    start: back(t.start, false),
    end: back(t.end, true),
    ...(keptAt.some(([a, b]) => t.start >= a && t.end <= b) && { kept: true }),
  }));
}

/**
 * A shorthand's meaning, or its plural's: "PVCs", "AKs" are the list's "PVC", "AK" written with an
 * "s" (the meaning's own words are then read in either number, as the tokenizer stems them).
 */
export function lookupShorthand(listed: Lookup, w: string): string | undefined {
  return listed.get(w) ?? listed.get(singularOf(w, listed) ?? '');
}

/** "PVCs" -> "PVC" when only the singular is listed. */
export function singularOf(w: string, listed: { has(w: string): boolean }): string | undefined {
  if (!/^[A-Z][A-Z0-9]+s$/.test(w) || listed.has(w)) return undefined;
  const one = w.slice(0, -1);
  return listed.has(one) ? one : undefined;
}

/**
 * The hand-written pieces of a stretch of the last note read. They do not depend on the shared
 * list, and one statement is expanded several times (once per meaning tried for its shorthand, and
 * again by the guidelines that read it), so each stretch is read once.
 */
let handWrittenText = '';
const handWrittenOf = new Map<string, Piece[]>();
function handWritten(text: string, start: number, end: number): Piece[] {
  if (text !== handWrittenText) {
    handWrittenText = text;
    handWrittenOf.clear();
  }
  const key = `${start}:${end}`;
  const known = handWrittenOf.get(key);
  if (known) return known;
  const slice = text.slice(start, end);
  const pieces: Piece[] = [];
  const taken = (a: number, b: number) => pieces.some((p) => a < p.end && b > p.start);
  const add = (m: RegExpMatchArray, words: string, kept?: number) => {
    const a = m.index!,
      b = a + m[0].length;
    if (!taken(a, b)) pieces.push({ start: a, end: b, words, ...(kept && { kept }) });
  };
  // A rewrite that keeps the note's word before what it adds ("heel ankle and foot") keeps it as said, as "$&" entries do.
  for (const [re, fn] of rewrites)
    for (const m of matchesOf(re, slice)) {
      const words = fn(m);
      add(m, words, words.startsWith(m[0]) ? m[0].length : undefined);
    }
  for (const [re, words] of abbreviations)
    for (const m of matchesOf(re, slice)) add(m, words.replaceAll('$&', m[0]), words.startsWith('$&') ? m[0].length : undefined);
  for (const [re, words] of pluralShorthand) for (const m of matchesOf(re, slice)) add(m, words);
  handWrittenOf.set(key, pieces);
  return pieces;
}

/**
 * Hand-written shorthand of capitals written with a plural "s" ("UTIs", "AKIs"): the entry's meaning, read in
 * either number as the tokenizer stems it, as singularOf reads the shared list's ("PVCs").
 */
const pluralShorthand: [RegExp, string][] = abbreviations.flatMap(([re, words]) => {
  const m = /^\\b([A-Z][A-Z0-9]+)\\b$/.exec(re.source);
  return m && !words.includes('$&') ? [[new RegExp(`\\b${m[1]}s\\b`, re.flags), words] as [RegExp, string]] : [];
});

/**
 * A listed meaning read with the hand-written word entries, as the note's own words are: "NSCLC" is
 * "non-small cell lung malignant neoplasm" ("Cancer - see Neoplasm, malignant"), as "lung cancer" is.
 */
const meaningWords = new Map<string, string>();
export function handWrittenWords(meaning: string): string {
  let out = meaningWords.get(meaning);
  if (out === undefined) {
    out = meaning;
    // The rewrites first, as a note's own words are read ("surgical site infection": postprocedural).
    for (const [re, fn] of rewrites) {
      let next = '';
      let at = 0;
      for (const m of matchesOf(re, out)) {
        next += out.slice(at, m.index) + fn(m);
        at = m.index! + m[0].length;
      }
      out = next + out.slice(at);
    }
    for (const [re, words] of abbreviations) out = out.replace(re, words);
    meaningWords.set(meaning, out);
  }
  return out;
}

/** Shorthand candidates of a stretch; a joined run ("HTN/HLD") counts whole when `whole` knows it, else part by part. */
export function shorthandWords(slice: string, whole?: { has(w: string): boolean }): { w: string; at: number }[] {
  const out: { w: string; at: number }[] = [];
  for (const m of matchesOf(word, slice)) {
    if (whole?.has(m[0]) || !/[/&+.-]/.test(m[0])) out.push({ w: m[0], at: m.index });
    else for (const p of m[0].matchAll(/[^/&+.-]+/g)) out.push({ w: p[0], at: m.index + p.index });
  }
  return out;
}
