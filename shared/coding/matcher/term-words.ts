import { genericNouns, tokenize, type Token } from '../text/tokens.ts';
import type { TitleMatch } from './match-title.ts';

/*
 * Which term a statement's words belong to, when a statement names several: a shorthand's
 * expansion is one term, and a word said right beside a condition is that condition's.
 */

/**
 * A shorthand names one term: a title may take its expansion's words wholly or mostly ("DM" as
 * diabetes), not borrow one of them for a term of its own ("acute hypoxic respiratory failure 2/2
 * COPD" is no "acute and chronic" failure: the "chronic" is COPD's). A word said outside the
 * shorthand too (in the text or another shorthand) is the statement's own.
 */
export function borrows(c: TitleMatch, spans: Map<string, string[]>, tokens: Token[], optional?: Set<string>): boolean {
  for (const [key, words] of spans) {
    const own = new Set(words.filter((w) => !genericNouns.has(w)));
    // Words a scoped search may leave unsaid are not taken from the shorthand.
    const used = c.req.filter((k) => own.has(k) && !optional?.has(k));
    if (used.length === 0 || used.length * 2 >= own.size) continue;
    const elsewhere = (k: string) => tokens.some((t) => t.stem === k && `${t.start}:${t.end}` !== key);
    if (!used.every(elsewhere)) return true;
  }
  return false;
}

/**
 * A semicolon separates two list items ("Cigarette smoker - 1 ppd; nicotine patch 21 mg"): one code's
 * words are said within one of them, not gathered from both ("Patches, smokers'" K13.24 from "smoker"
 * and "patch"). `semis` are the semicolons' offsets; context tokens (no place in the text) fit anywhere.
 */
export function acrossSemicolons(c: TitleMatch, tokens: Token[], semis: number[]): boolean {
  if (semis.length === 0) return false;
  const item = (at: number) => semis.filter((s) => s < at).length;
  let common: Set<number> | undefined;
  for (const k of c.req) {
    if (k.startsWith('!')) continue;
    const places = tokens.filter((t) => t.stem === k);
    if (places.length === 0 || places.some((t) => t.start < 0)) continue;
    const items = new Set(places.map((t) => item(t.start)));
    common = common ? new Set([...common].filter((i) => items.has(i))) : items;
    if (common.size === 0) return true;
  }
  return false;
}

/**
 * The semicolons that separate a statement's list items; one inside parentheses separates the
 * parts of an aside about the word before it ("2 polyps removed (sigmoid - snare; rectum - forceps)").
 */
export function itemBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) out.push(i);
  }
  return out;
}

/**
 * A further code's own words: those no earlier code took, and a taken word said right beside one of
 * them and beside none of the earlier codes' ("... ascites and portal hypertension" after "Cirrhosis,
 * portal, alcoholic" took "portal": the phrase is the hypertension's; "lung cancer screening" keeps
 * "cancer" with the screening).
 */
export function ownWords(keys: string[], covered: Set<string>, said: Token[]): string[] {
  const fresh = new Set(keys.filter((k) => !covered.has(k)));
  const words = said.filter((t) => t.start >= 0 && !t.neg).sort((a, b) => a.start - b.start);
  // The words said right beside a token (one space or less between), not parts of its own shorthand.
  const neighbours = (i: number) =>
    words.filter((w, j) => j !== i && w.start !== words[i]!.start && (Math.abs(w.start - words[i]!.end) <= 1 || Math.abs(words[i]!.start - w.end) <= 1));
  const beside = (k: string) =>
    words.some((t, i) => {
      if (t.stem !== k) return false;
      const next = neighbours(i);
      return next.some((w) => fresh.has(w.stem)) && !next.some((w) => covered.has(w.stem) && !fresh.has(w.stem));
    });
  return keys.filter((k) => fresh.has(k) || beside(k));
}

/** The words of each expanded shorthand of a statement, by the shorthand's span (tokens of one span). */
export function expansions(tokens: Token[]): Map<string, string[]> {
  const bySpan = new Map<string, string[]>();
  for (const t of tokens) {
    if (t.start < 0 || t.kept) continue;
    const key = `${t.start}:${t.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), t.stem]);
  }
  for (const [key, words] of bySpan) if (words.length < 2) bySpan.delete(key);
  return bySpan;
}

/**
 * A generic head noun an Index path leaves unsaid names the condition of the word before it ("Disorder, anxiety" for
 * "anxiety"); after a site ("Cataract, in, eye disease") it is the condition itself, which the note must say:
 * "cataract, both eyes" names no eye disease (issue #24: "Disease" and "Disorder" need their noun).
 */
export function unsaidDiseaseOf(c: TitleMatch, tokens: Token[], conditions: Set<string> | null): boolean {
  if (!conditions || tokens.some((t) => t.stem === 'disease' && !t.neg)) return false;
  // A condition the path leaves unread may be that site's disease ("moderate TR": tricuspid regurgitation).
  if (tokens.some((t) => !t.neg && conditions.has(t.stem) && !genericNouns.has(t.stem) && !c.req.includes(t.stem))) return false;
  for (const m of c.title.matchAll(/\b([A-Za-z']+)[ -](?:disease|disorder)s?\b/gi)) {
    const head = tokenize(m[1]!)[0]?.stem;
    if (head && !conditions.has(head) && tokens.some((t) => t.stem === head)) return true;
  }
  return false;
}

/** The statement's own link between two conditions (I.A.15 "with" / "in"; a stated cause). */
export const linkSaid = /\b(?:in|with|w\/|of|due to|secondary to|2\/2|d\/t)\s/i;

/** The title joins its new words (before "in") to words an earlier code took (after it). */
export function joinsCovered(title: string, keys: string[], fresh: string[], covered: Set<string>): boolean {
  const m = /^(.+?)\sin\s(.+)$/i.exec(title);
  if (!m) return false;
  const left = new Set(tokenize(m[1]!).map((t) => t.stem));
  const right = new Set(tokenize(m[2]!).map((t) => t.stem));
  return fresh.every((k) => left.has(k)) && keys.every((k) => fresh.includes(k) || (covered.has(k) && right.has(k)));
}
