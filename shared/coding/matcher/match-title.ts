import type { Token } from '../text/tokens.ts';
import type { IndexedTitle, TitleIndex } from './title-index.ts';

export interface TitleMatch {
  code: string;     // undotted
  title: string;
  score: number;
  matched: number;
  missing: string[];
  req: string[];
  /** Set when a rule changed the title's choice (e.g. an Excludes1 redirect). */
  why?: string;
}


export interface MatchOptions {
  prefix?: string[];            // restrict to codes starting with one of these (undotted)
  sex?: 'F' | 'M' | 'U' | undefined;
}

/**
 * Best titles for a statement: every required title word present, no word the note denies;
 * rarer matched words weigh more (IDF), so the most specific, most distinctive title wins.
 */
export function matchTitles(idx: TitleIndex, tokens: Token[], opts: MatchOptions = {}, limit = 5): TitleMatch[] {
  const keys = new Map<string, number>();
  for (const t of tokens) {
    const k = (t.neg ? '!' : '') + t.stem;
    keys.set(k, Math.max(keys.get(k) ?? 0, t.paren ? 0.5 : 1));
  }
  const seen = new Set<number>();
  const out: TitleMatch[] = [];
  for (const k of keys.keys()) {
    for (const i of idx.anchors.get(k) ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const t = idx.titles[i]!;
      if (opts.prefix && !opts.prefix.some((p) => t.code.startsWith(p))) continue;
      const m = score(t, keys, opts.sex, idx.idf);
      if (m) out.push(m);
    }
  }
  out.sort((a, b) => b.score - a.score || preferUnspecified(a, b) || a.title.length - b.title.length);
  return out.slice(0, limit);
}

function score(t: IndexedTitle, keys: Map<string, number>, sex: MatchOptions['sex'], idf: Map<string, number>): TitleMatch | null {
  if (sex === 'M' && /\bfemale\b/i.test(t.title)) return null;
  if (sex === 'F' && /\bmale\b/i.test(t.title)) return null;
  let matched = 0;
  let weight = 0;
  for (const k of t.req) {
    const opposite = k.startsWith('!') ? k.slice(1) : '!' + k;
    if (keys.has(opposite)) return null;
    // "without x" is the default: satisfied unless the note says x, weighs only when the note says "no x".
    if (k.startsWith('!') && !keys.has(k)) continue;
    if (!keys.has(k)) return null;
    matched++;
    weight += keys.get(k)! * (1 + (idf.get(k) ?? 1));
  }
  const bonus = t.opt.filter((k) => keys.has(k)).length * 0.5;
  return { code: t.code, title: t.title, score: weight + bonus, matched, missing: [], req: t.req };
}

function preferUnspecified(a: TitleMatch, b: TitleMatch): number {
  const rank = (m: TitleMatch) => (/unspecified/i.test(m.title) ? 0 : /\bother\b/i.test(m.title) ? 2 : 1);
  return rank(a) - rank(b);
}
