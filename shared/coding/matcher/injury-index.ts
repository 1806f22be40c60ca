import type { CodeSets } from '../../codes/code-sets.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { type Tree, treeOf } from './injury-tree.ts';
import { injuryTerms } from './injury-terms.ts';
import { fillers, indexWord, saidWords } from './injury-words.ts';

export interface InjuryHit {
  /** The Index code as written, undotted, maybe a header the tabular completes. */
  code: string;
  /** The Index path followed ("Fracture, traumatic, radius, lower end, torus"). */
  path: string;
  /** The path's words as the Index writes them ("fifth" for "5th"), for completing the code in the tabular. */
  words: string[];
  /** The statement's own stems that named the main term ("fracture", "fx"). */
  main: string[];
  /** The statement's own stems the path used. */
  used: string[];
}

/** Subterm words by tree and term: a warm walk tokenizes no title twice. */
const wordsByTree = new WeakMap<Tree, Map<number, string[][] | null>>();

/** A subterm's required words, as alternatives: "abdomen, abdominal" is one word in two forms. */
function termWords(title: string): string[][] | null {
  // "specified NEC" is a detail the Index names no word for (I.A.9.a): never chosen by the words left ("ligament").
  if (/\bspecified\b/.test(title)) return null;
  const pieces = title.split(', ');
  // Forms of one word ("femur, femoral", "abdomen, abdominal"): single words sharing their first letters.
  const head = pieces[0]!.toLowerCase().slice(0, 3);
  const forms1 = pieces.length > 1 && pieces.every((p) => /^[a-z]+$/i.test(p.replace(/\s*\(.*$/, '')) && p.toLowerCase().slice(0, 3) === head);
  const alts = forms1 ? pieces : [pieces.join(' ')];
  return alts.map((a) =>
    tokenize(a.replace(/\([^)]*\)/g, ' '))
      .map((t) => indexWord(t.stem))
      .filter((w) => !fillers.has(w)),
  );
}

/**
 * The Index path for an injury statement: the main term its word names, then at each level the
 * subterm whose words the statement says, the longest such path winning (site, bone part, type;
 * a "nondisplaced" or "open" subterm only when said: the Index lists displaced as the default).
 * The code is the deepest one on the path; the tabular completes it (complete-code.ts).
 */
/** Whether a stretch names any injury main term at all (a cheap look before the clause-by-clause walk). */
export function mentionsInjury(tokens: Token[], text: string): boolean {
  const said = saidWords(tokens, text);
  return injuryTerms.some((term) => term.words.some((ws) => ws.every((w) => said.has(w))));
}

export function injuryIndexHits(codeSets: CodeSets, tokens: Token[], text: string): InjuryHit[] {
  const said = saidWords(tokens, text);
  const has = (w: string) => said.has(w);
  const stemsOf = (w: string) => [...(said.get(w) ?? [])];
  const out: InjuryHit[] = [];
  let t: Tree | undefined;
  for (const term of injuryTerms) {
    if (!term.words.some((ws) => ws.every(has)) || term.not?.some(has)) continue;
    t ??= treeOf(codeSets);
    if (!t) return [];
    const variant = term.variants?.find((v) => v.words.some(has));
    const implied = new Set([...(term.implied ?? []), ...(variant?.implied ?? [])]);
    // A said word weighs 1, a word the main term implies half: the statement's own words choose the path.
    const weight = (w: string) => (has(w) ? 1 : implied.has(w) ? 0.5 : 0);
    for (const main of t.mains(variant?.main ?? term.main)) {
      const under = variant?.under;
      const node = under === undefined ? main : [...t.kids(main)].find((k) => t!.tree.title(k) === under);
      if (node === undefined) continue;
      const best = walk(t, node, weight, siteUnsaid(codeSets, t));
      const where = [...(node === main ? [] : [main]), node, ...best.path];
      const at = where.at(-1)!;
      // The main term's own code (T14.8, injury of unspecified body region) is not for a statement naming a site it has
      // no subterm for; a subterm without a code of its own ("fibula, lower end") needs a word the statement lacks.
      if (at === node || t.code(at) === undefined) continue;
      const code = t
        .code(at)!
        .replace(/[.-]+$/, '')
        .replace('.', '');
      const own = [...term.words.flat(), ...(variant?.words ?? []), ...best.used].filter(has);
      out.push({
        code,
        path: where.map((n) => t!.tree.title(n)).join(', '),
        words: [...best.used, ...(term.defaults ?? []).filter(([w]) => !has(w)).map(([, d]) => d)],
        main: [...new Set(term.words.flat().filter(has).flatMap(stemsOf))],
        used: [...new Set(own.flatMap(stemsOf))],
      });
      break;
    }
  }
  return out;
}

/** The Index's region of a bone, which groups its parts. */
const regionTerm = /^(?:upper|lower) end$/;

interface Walk {
  score: number;
  path: number[];
  used: string[];
}

/**
 * The best path below `node`: the most statement words along it; subterms of no words ("in",
 * "with") pass through. One subterm the statement leaves unsaid may be passed when at least two
 * words below it are said, at the cost of its words ("physeal" for "Salter-Harris, Type II").
 */
function walk(t: Tree, node: number, weight: (w: string) => number, vague: (node: number) => boolean, depth = 0, passed = false, plain = t.code(node)): Walk {
  let best: Walk = { score: 0, path: [], used: [] };
  if (depth > 6) return best;
  for (const k of t.kids(node)) {
    let memo = wordsByTree.get(t);
    if (!memo) wordsByTree.set(t, (memo = new Map()));
    let alts = memo.get(k);
    if (alts === undefined) memo.set(k, (alts = termWords(t.tree.title(k))));
    if (!alts) continue;
    // A last subterm with no code but the main term's own is only a redirect back to the sites ("Fracture, traumatic,
    // delayed union - see Delay, union, fracture", there "see Fracture, by site"): its words are the 7th character's.
    const code = t.code(k);
    if (t.kids(k).length === 0 && (code === undefined || code === plain)) continue;
    const hit = alts.find((ws) => ws.every((w) => weight(w) > 0));
    if (!hit && passed) continue;
    // A bone's "upper end" or "lower end" is the region its named parts lie in ("Fracture, femur, upper end, midcervical"):
    // a part said below it is enough, at no cost ("midcervical fracture of the femoral neck").
    const region = !hit && regionTerm.test(t.tree.title(k));
    const below = walk(t, k, weight, vague, depth + 1, passed || (!hit && !region), plain);
    if (!hit && below.score < (region ? 1 : 2)) continue;
    const score = (hit ? hit.reduce((s, w) => s + weight(w), 0) : region ? 0 : -0.5 - alts[0]!.length) + below.score;
    const path = [k, ...below.path];
    // Equal words: a path ending at a code over one ending at a term without ("nasal bones": "nasal" S02.2, not "multiple").
    const coded = (p: number[]) => p.length > 0 && t.code(p.at(-1)!) !== undefined;
    // Equal words: a code for the part the statement names over one for an unspecified part ("subcapital femoral neck
    // fracture": Fracture, femur, subcapital S72.01-, not neck S72.00- "unspecified part of neck"; I.B.18).
    const sharper = (p: number[]) => coded(p) && !vague(p.at(-1)!);
    if (
      score > best.score ||
      (score === best.score &&
        score > 0 &&
        (best.path.length === 0 || (coded(path) && !coded(best.path)) || (sharper(path) && coded(best.path) && vague(best.path.at(-1)!))))
    ) {
      best = { score, path, used: [...(hit ?? []), ...below.used] };
    }
  }
  return best;
}

/** Whether a node's code is for an unspecified part, site or region (its Tabular title says so). */
function siteUnsaid(codeSets: CodeSets, t: Tree): (node: number) => boolean {
  return (node) => {
    const code = t.code(node)?.replace(/[.-]+$/, '');
    const hit = code ? codeSets.icd(code, undefined) : null;
    return !!hit && /\bunspecified (?:part|site|region)\b/i.test(hit.title);
  };
}
