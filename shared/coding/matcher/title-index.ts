import type { CodeSets } from '../../codes/code-sets.ts';
import { tokenize } from '../text/tokens.ts';

/** One billable code's title as sets of stem keys ("!x" = the title says "without x"). */
export interface IndexedTitle {
  code: string;       // undotted
  title: string;
  req: string[];      // words the note must carry
  opt: string[];      // parenthetical nonessential modifiers and default words: bonus only
}

export interface TitleIndex {
  titles: IndexedTitle[];
  /** key -> titles anchored on it (each title under its two rarest required keys). */
  anchors: Map<string, number[]>;
  /** Inverse document frequency of each key: rare title words weigh more. */
  idf: Map<string, number>;
}

/** Words that are the default when a title names them, so a note need not say them. */
const optionalWords = new Set(['uncomplicated', 'primary', 'essential', 'mellitus', 'liver', 'congestive', 'upper', 'limb', 'region', 'severity', 'old']);

const cache = new WeakMap<CodeSets, Map<string, TitleIndex>>();

/** Built once per code-set instance and year, then shared by every note (warm suggest stays fast). */
export function titleIndex(codeSets: CodeSets, dos: string | undefined): TitleIndex {
  const year = codeSets.icdYearFor(dos) ?? 'none';
  let byYear = cache.get(codeSets);
  if (!byYear) cache.set(codeSets, (byYear = new Map()));
  let idx = byYear.get(year);
  if (!idx) byYear.set(year, (idx = build(codeSets.icdEntries(dos))));
  return idx;
}

export function indexTitle(code: string, title: string): IndexedTitle {
  const req: string[] = [];
  const opt: string[] = [];
  let depth = 0;
  const parens: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < title.length; i++) {
    if (title[i] === '(') { if (depth++ === 0) open = i; }
    else if (title[i] === ')' && depth > 0 && --depth === 0) parens.push([open, i]);
  }
  for (const t of tokenize(title)) {
    const key = (t.neg ? '!' : '') + t.stem;
    const inParen = parens.some(([a, b]) => t.start > a && t.end <= b);
    if (inParen || optionalWords.has(t.stem)) opt.push(key);
    else if (!req.includes(key)) req.push(key);
  }
  return { code, title, req, opt };
}

function build(entries: [string, 0 | 1, string][]): TitleIndex {
  const titles: IndexedTitle[] = [];
  const df = new Map<string, number>();
  for (const [code, billable, title] of entries) {
    if (billable !== 1) continue;
    const t = indexTitle(code, title);
    if (t.req.length === 0) continue;
    titles.push(t);
    for (const k of t.req) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const anchors = new Map<string, number[]>();
  titles.forEach((t, i) => {
    const rare = [...t.req].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)).slice(0, 2);
    for (const k of rare) {
      let list = anchors.get(k);
      if (!list) anchors.set(k, (list = []));
      list.push(i);
    }
  });
  const idf = new Map<string, number>();
  for (const [k, n] of df) idf.set(k, Math.log(titles.length / n));
  return { titles, anchors, idf };
}
