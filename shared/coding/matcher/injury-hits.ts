import type { CodeSets } from '../../codes/code-sets.ts';
import { before } from '../context/assess.ts';
import { expandTokens } from '../lexicon/expand.ts';
import type { Token } from '../text/tokens.ts';
import { completeCode, episodeOf } from './complete-code.ts';
import { injuryIndexHits, mentionsInjury } from './injury-index.ts';
import { spanOf } from './span-of.ts';
import { byLocDuration } from '../specificity/loc-duration.ts';
import { bySide } from '../specificity/site-axis.ts';
import type { StatementHit } from './statement.ts';

/**
 * Injury codes of one statement (I.C.19) over its whole item, continuation included ("Post-traumatic
 * OA R ankle - sequela of old R bimalleolar fx"): the Index path, completed in the tabular by the
 * side, the site words of the path and the encounter's 7th character. `words`: the note's stems the
 * paths used and `main` its main-term words: no other title reads an injury's word again (a homonym in another chapter).
 */
export function codeInjuries(
  codeSets: CodeSets,
  dos: string | undefined,
  text: string,
  start: number,
  headEnd: number,
  end: number,
  skip: [number, number][],
  idf: (k: string) => number,
): { hits: StatementHit[]; words: Set<string>; main: Set<string> } {
  const words = new Set<string>();
  const main = new Set<string>();
  const hits: StatementHit[] = [];
  if (!mentionsInjury(expandTokens(text, start, end), text)) return { hits, words, main };
  // The statement itself, then each clause of its continuation on its own: a site or side there is another condition's.
  const pieces: [number, number][] = [[start, headEnd]];
  for (let at = headEnd; at < end; ) {
    const [, b] = clause(text, at, end, at, at);
    if (b > at) pieces.push([at, b]);
    at = Math.max(b, at + 1);
  }
  for (const [a, b] of pieces) {
    // An injury followed after its treatment ("s/p ORIF, routine healing") is still coded, with the 7th
    // character D or S (I.C.19.a; I.C.21.c.7: no aftercare Z code for injuries): the history cue governs none of it.
    const later = episodeOf(text.slice(start, end)) !== 'initial encounter';
    const tokens = expandTokens(text, a, b).filter((t) => later || !skip.some(([x, y]) => t.start >= x && t.start < y));
    for (const inj of injuryIndexHits(codeSets, tokens, text)) {
      const span = spanOf(tokens, inj.used);
      const sides = tokens.filter((t) => !t.neg && (t.stem === 'right' || t.stem === 'left' || t.stem === 'bilateral')).map((t) => t.stem);
      const statement = `${text.slice(a, b)} (${[...new Set(sides), ...inj.words].join(' ')})`;
      const found = completeCode(codeSets, inj.code, dos, statement, 0, text.slice(start, end));
      const sided = found && (bySide(codeSets, dos, found.code, found.title, [...new Set(sides)]) ?? found);
      if (!sided) continue;
      const done = byLocDuration(codeSets, dos, sided.code, sided.title, text.slice(start, end)) ?? sided;
      // Only a path that reached a code claims the statement's injury words from other titles.
      inj.used.forEach((k) => words.add(k));
      inj.main.forEach((k) => main.add(k));
      if (hits.some((h) => h.code === done.code.replace('.', ''))) continue;
      const why = [`ICD-10-CM I.B.1: Alphabetic Index "${inj.path}", verified in the Tabular List`, done.why ?? ''].filter(Boolean).join('; ');
      hits.push({
        code: done.code.replace('.', ''),
        title: done.title,
        score: inj.used.reduce((s, k) => s + idf(k), 0),
        matched: inj.used.length,
        missing: [],
        req: inj.used,
        via: 'index',
        why,
        start: cueStart(text, tokens, inj.main, span[0] ?? a),
        end: span[1] ?? b,
      });
    }
  }
  return { hits, words, main };
}

/** The clause around [from, to) within [start, end): up to the nearest ";", ". ", newline or " - ". */
function clause(text: string, start: number, end: number, from: number, to: number): [number, number] {
  const cut = /;|\.\s|\n|\s-\s/g;
  let a = start;
  for (const m of text.slice(start, from).matchAll(cut)) a = start + m.index! + m[0].length;
  const next = cut.exec(text.slice(to, end));
  return [a, next ? to + next.index + next[0].length : end];
}

/**
 * Where the injury's evidence starts: at its main word when a context cue stands between a site
 * word it shares and that word ("Ankle sprain vs fracture"), so the cue governs the injury too.
 */
function cueStart(text: string, tokens: Token[], main: string[], from: number): number {
  const at = tokens.find((t) => t.start >= from && main.includes(t.stem))?.start;
  if (at === undefined || at <= from) return from;
  const between = text.slice(from, at);
  return before.some(([re]) => re.test(between)) ? at : from;
}
