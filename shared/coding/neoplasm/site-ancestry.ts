import type { CodeSets } from '../../codes/code-sets.ts';
import type { StatementHit } from '../matcher/statement.ts';
import { type Token, tokenize } from '../text/tokens.ts';
import { type NeoplasmTable, neoplasmTable } from './table.ts';

const made = new WeakMap<NeoplasmTable, Map<string, string[]>>();

/**
 * The sites a site word lies within, as the Neoplasm Table nests them ("intestine, large, colon,
 * sigmoid": "sigmoid" lies within the large intestine). A word the Table nests under different
 * sites keeps only the words common to every path ("skin" lies within nothing in particular);
 * rows at the Table's top level are lookup entries, not places, and are not read.
 */
function ancestry(table: NeoplasmTable): Map<string, string[]> {
  let map = made.get(table);
  if (map) return map;
  const common = new Map<string, Set<string> | null>();
  for (const row of table.rows) {
    const word = row.words[0];
    if (!word || row.parent < 0) continue;
    const above = new Set<string>();
    for (let p = row.parent; p >= 0; p = table.rows[p]!.parent) for (const w of table.rows[p]!.words) above.add(w);
    const prev = common.get(word);
    if (prev === undefined) common.set(word, above);
    else if (prev) common.set(word, new Set([...prev].filter((w) => above.has(w))));
  }
  map = new Map();
  for (const [word, above] of common) if (above?.size) map.set(word, [...above]);
  made.set(table, map);
  return map;
}

/**
 * The site words a statement implies but leaves unsaid: "sigmoid diverticulosis" lies in the large
 * intestine, which is how the Alphabetic Index files it ("Diverticulosis, large intestine" K57.30;
 * "Diverticulum, sigmoid - see Diverticulosis, intestine, large"). Returned as asides with no
 * place in the text (never evidence), for the caller to refine a code within its category.
 */
function impliedSites(codeSets: CodeSets, said: Token[]): { sites: Token[]; by: Token[] } {
  const table = neoplasmTable(codeSets);
  if (!table) return { sites: [], by: [] };
  const map = ancestry(table);
  const have = new Set(said.map((t) => t.stem));
  const sites = new Set<string>();
  const by: Token[] = [];
  for (const t of said) {
    const above = t.neg ? [] : (map.get(t.stem) ?? []).filter((w) => !have.has(w));
    if (above.length) by.push(t);
    for (const w of above) sites.add(w);
  }
  return { sites: [...sites].map((stem) => ({ stem, start: -1, end: -1, neg: false, paren: true })), by };
}

const siteUnspecified = /\b(?:part|site|region|portion|location) unspecified\b|\bunspecified (?:part|site|region|portion|location)\b/i;
/**
 * Only a code that leaves its site unspecified ("Diverticulosis of intestine, part unspecified") has a
 * site to refine; neoplasms take their site from the Table itself (route.ts), each by its own words.
 */
const refinable = (h: StatementHit): boolean => !/^(?:C|D[0-4])/.test(h.code) && siteUnspecified.test(h.title);

/**
 * A statement's codes, each refined by the sites its words imply: coded again with those sites as
 * asides, a different code of the same category replaces the first (the Index's subterms of one main
 * term: K57.90 "Diverticulosis" becomes K57.30 "Diverticulosis, large intestine"), its evidence
 * widened to the site word. A code of another category is never taken from an implied word.
 */
export function refineBySite(
  codeSets: CodeSets,
  text: string,
  start: number,
  end: number,
  hits: StatementHit[],
  recode: (sites: Token[]) => StatementHit[],
): StatementHit[] {
  if (!hits.some(refinable)) return hits;
  const { sites, by } = impliedSites(
    codeSets,
    tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start })),
  );
  if (sites.length === 0) return hits;
  const refined = recode(sites);
  return hits.map((h) => {
    if (!refinable(h)) return h;
    const r = refined.find((x) => x.code !== h.code && x.code.slice(0, 3) === h.code.slice(0, 3));
    if (!r) return h;
    const words = by.map((t) => text.slice(t.start, t.end));
    const why = `ICD-10-CM Neoplasm Table: ${words.map((w) => `"${w}"`).join(', ')} lies within the ${sites.map((t) => t.stem).join(' ')}`;
    return { ...r, start: Math.min(r.start, ...by.map((t) => t.start)), end: Math.max(r.end, ...by.map((t) => t.end)), why: r.why ? `${r.why}; ${why}` : why };
  });
}
