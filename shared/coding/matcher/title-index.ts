import type { CodeSets } from '../../codes/code-sets.ts';
import { baseOf, yearView } from '../../codes/year-view.ts';
import { idfOf } from './idf.ts';
import { InclusionPhrases } from './inclusion-phrases.ts';
import { IndexPhrases } from './index-phrases.ts';
import { unpackMatcher } from './matcher-pack.ts';
import { PhraseList, Vocab } from './phrase-list.ts';
import { genericNouns } from '../text/tokens.ts';

/**
 * One year's matcher: billable titles as flat key-id arrays, each anchored under its two rarest
 * required keys (a compact CSR table), IDF per key, and the Alphabetic Index phrases, bucketed
 * lazily by main term. Built on a service worker's first note, so every step is a single pass.
 */
export interface TitleIndex {
  vocab: Vocab;
  titles: PhraseList;
  /** anchorList[anchorAt[k] .. anchorAt[k+1]) = titles anchored on key k (keys known at build). */
  anchorAt: Int32Array;
  anchorList: Int32Array;
  /** Titles per key id (shipped in packs), and the IDF from it; keys first seen in index phrases take the rarest weight. */
  df: Int32Array;
  idf: number[];
  maxIdf: number;
  phrases: IndexPhrases;
  inclusions: InclusionPhrases;
}

/**
 * Words that are the default when a title names them, so a note need not say them; and the
 * generic head nouns ("disorder of", "disease"), which a title may leave unsaid only when the note
 * names a condition (see conditionKeys in match-title.ts).
 */
export const optionalWords = new Set([
  'uncomplicated',
  'primary',
  'essential',
  'mellitus',
  'congestive',
  'upper',
  'limb',
  'region',
  'severity',
  // The noun of a laterality ("Sciatica, right side", "Hemiplegia affecting left dominant side"):
  // a note says the side ("sciatica R"), the title's noun adds nothing (I.B.13).
  'side',
  ...genericNouns,
]);

const cache = new WeakMap<CodeSets, Map<string, TitleIndex>>();

/**
 * Once per code-set instance and year (a note's year view shares its base's), then shared by
 * every note (warm suggest stays fast): restored from the pack `codes build` ships when it still
 * fits this engine, else built here; over a view of that year, so it never resolves a date again.
 */
export function titleIndex(codeSets: CodeSets, dos: string | undefined): TitleIndex {
  const year = codeSets.icdYearFor(dos) ?? 'none';
  const base = baseOf(codeSets);
  let byYear = cache.get(base);
  if (!byYear) cache.set(base, (byYear = new Map()));
  let idx = byYear.get(year);
  if (!idx) {
    const view = yearView(codeSets, dos);
    byYear.set(year, (idx = unpackMatcher(view, dos, optionalWords) ?? buildTitleIndex(view, dos)));
  }
  return idx;
}

export function keyIdf(idx: TitleIndex, id: number): number {
  return idx.idf[id] ?? idx.maxIdf;
}

/** Tokenizes every billable title of the year: what a shipped pack saves a cold start. */
export function buildTitleIndex(codeSets: CodeSets, dos: string | undefined): TitleIndex {
  const vocab = new Vocab();
  const titles = new PhraseList();
  const pieces = new Map<string, number[]>();
  for (const [code, billable, title] of codeSets.icdEntries(dos)) {
    if (billable === 1) titles.addTitle(vocab, code, title, optionalWords, pieces);
  }
  const nKeys = vocab.keys.length;
  const { reqAt, reqIds } = titles;
  const df = new Int32Array(nKeys);
  for (let j = 0; j < reqIds.length; j++) df[reqIds[j]!]!++;
  // A generic noun is optional in titles, so its frequency is where titles name it at all (a rare weight would overrate it in index paths).
  for (const g of genericNouns) {
    const id = vocab.ids.get(g);
    if (id !== undefined) for (let j = 0; j < titles.optIds.length; j++) if (titles.optIds[j] === id) df[id]!++;
  }
  // "without x" words are met by silence, so a note never reaches a title through them.
  const negated = new Uint8Array(nKeys);
  for (let k = 0; k < nKeys; k++) if (vocab.keys[k]!.charCodeAt(0) === 33) negated[k] = 1;
  // The two rarest required keys of each title anchor it: a note reaches a title through them.
  const rare = new Int32Array(titles.size * 2).fill(-1);
  const count = new Int32Array(nKeys + 1);
  for (let i = 0; i < titles.size; i++) {
    let a = -1,
      b = -1;
    for (let j = reqAt[i]!, e = reqAt[i + 1]!; j < e; j++) {
      const k = reqIds[j]!;
      if (negated[k]) continue;
      if (a < 0 || df[k]! < df[a]!) {
        b = a;
        a = k;
      } else if (b < 0 || df[k]! < df[b]!) b = k;
    }
    rare[2 * i] = a;
    rare[2 * i + 1] = b;
    if (a >= 0) count[a]!++;
    if (b >= 0) count[b]!++;
  }
  const anchorAt = new Int32Array(nKeys + 1);
  for (let k = 0; k < nKeys; k++) anchorAt[k + 1] = anchorAt[k]! + count[k]!;
  const fill = anchorAt.slice(0, nKeys);
  const anchorList = new Int32Array(anchorAt[nKeys]!);
  for (let j = 0; j < rare.length; j++) {
    const k = rare[j]!;
    if (k >= 0) anchorList[fill[k]!++] = j >> 1;
  }
  const idf = idfOf(df, titles.size);
  const maxIdf = Math.log(Math.max(2, titles.size));
  return {
    vocab,
    titles,
    anchorAt,
    anchorList,
    df,
    idf,
    maxIdf,
    phrases: new IndexPhrases(codeSets, dos, vocab),
    inclusions: new InclusionPhrases(codeSets, dos, vocab, () => titles.codes),
  };
}
