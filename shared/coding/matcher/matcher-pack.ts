import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { readPack, writePack, type Pack } from '../../codes/pack-file.ts';
import { InclusionPhrases, inclusionTerms, type ReadInclusions } from './inclusion-phrases.ts';
import { IndexPhrases, indexOptional, type ReadGroups } from './index-phrases.ts';
import { phraseTerm } from './phrase-term.ts';
import { indexTree, treeNemod, treePath } from './index-source.ts';
import { PhraseList, Vocab, type KeyIds } from './phrase-list.ts';
import { conditionKeys, shipConditionKeys } from './condition-keys.ts';
import { idfOf } from './idf.ts';
import type { TitleIndex } from './title-index.ts';

/**
 * A year's matcher as a build-time artifact: tabular titles, Alphabetic Index paths and
 * inclusion terms as key-id arrays, the title anchors and IDF, and the range of each index group
 * and category. `codes build` writes one per year beside the code sets; a cold start restores
 * it as views over the file instead of tokenizing ~75k titles and whatever index groups and
 * categories its first note names. A pack is trusted only while it still reads like this
 * engine: format, year counts and optional words must agree, and a sample of each list is
 * re-read at restore. On any disagreement (the engine changed since the last build) that part
 * is read here instead, as without a pack.
 */
const FORMAT = 6;
/** Phrases re-read per list on restore: well under a millisecond, and a change to tokenizing shows. */
const PROBES = 64;

interface Meta {
  format: number;
  year: string;
  /** The year's entry and billable counts as built: a pack from another build of the code sets does not fit. */
  counts: [number, number];
  optional: string[];
  keys: string[];
  /** Codes of each list (undotted, space separated, in list order). */
  codes: Record<ListName, string>;
  groups: string[]; // index group names ("key" or "key second"), ranges in `groupRanges`
  splits: Record<string, string[]>;
  categories: string[]; // inclusion-term categories, ranges in `categoryRanges`
  /** Condition words of the Index (condition-keys.ts), read once here instead of on a cold start. */
  conditions?: string[];
}

type ListName = 'titles' | 'index' | 'inclusions';
type Text = [text: string, optionalText?: string] | undefined;

export function packMatcher(codeSets: CodeSets, dos: string | undefined, idx: TitleIndex, optional: Set<string>): Uint8Array {
  const index = indexTree(codeSets) ? new IndexPhrases(codeSets, dos, idx.vocab).readAll() : undefined;
  const inc = new InclusionPhrases(codeSets, dos, idx.vocab, () => idx.titles.codes).readAll();
  const groups = [...(index?.built.keys() ?? [])];
  const categories = [...inc.built.keys()];
  const lists: Record<ListName, PhraseList> = { titles: idx.titles, index: index?.list ?? new PhraseList(), inclusions: inc.list };
  const meta: Meta = {
    format: FORMAT,
    year: codeSets.icdYearFor(dos) ?? 'none',
    counts: yearCounts(codeSets, dos),
    optional: [...optional].sort(),
    keys: idx.vocab.keys,
    codes: { titles: lists.titles.codes.join(' '), index: lists.index.codes.join(' '), inclusions: lists.inclusions.codes.join(' ') },
    groups,
    splits: Object.fromEntries(index?.splits ?? []),
    categories,
    ...(index && { conditions: [...(conditionKeys(codeSets, dos) ?? [])] }),
  };
  // Key ids fit 16 bits while the vocabulary has fewer than 65,536 keys: half the file.
  const ids = (a: ArrayLike<number>) => (idx.vocab.keys.length <= 0xffff ? Uint16Array.from(a) : Int32Array.from(a));
  const i32 = (a: ArrayLike<number>) => Int32Array.from(a);
  // Sizes: phrase offsets as lengths (a byte each) and sorted id lists as deltas compress to a
  // fraction (the pack ships in the extension, once per year). Document frequencies, not IDF: a
  // float32 IDF would round, and ties between phrases would break differently.
  const sections: Record<string, Int32Array | Uint16Array | Uint8Array> = {
    anchorAt: idx.anchorAt,
    anchorList: deltas(idx.anchorList),
    df: idx.df,
    indexNodes: deltas(index?.nodes ?? []),
    groupRanges: i32(groups.flatMap((g) => index!.built.get(g)!)),
    inclusionTerms: i32(inc.terms),
    categoryRanges: i32(categories.flatMap((c) => inc.built.get(c)!)),
  };
  for (const [name, l] of Object.entries(lists)) {
    Object.assign(sections, {
      [`${name}ReqLen`]: lengths(l.reqAt),
      [`${name}ReqIds`]: ids(l.reqIds),
      [`${name}OptLen`]: lengths(l.optAt),
      [`${name}OptIds`]: ids(l.optIds),
    });
  }
  return writePack(meta, sections);
}

/** The matcher of the year in effect from the code sets' shipped pack, or null (none, or it no longer fits). */
export function unpackMatcher(codeSets: CodeSets, dos: string | undefined, optional: Set<string>): TitleIndex | null {
  const bytes = codeSets.matcherPack(dos);
  const pack = bytes && readPack(bytes);
  if (!pack) return null;
  const meta = pack.meta as Meta;
  if (
    meta?.format !== FORMAT ||
    meta.year !== codeSets.icdYearFor(dos) ||
    meta.counts?.join() !== yearCounts(codeSets, dos).join() ||
    meta.optional.join() !== [...optional].sort().join()
  )
    return null;
  const anchorAt = pack.ints.get('anchorAt'),
    anchorDeltas = pack.ints.get('anchorList'),
    df = pack.ints.get('df');
  if (!anchorAt || !anchorDeltas || !df) return null;
  const anchorList = undelta(anchorDeltas);
  const vocab = new Vocab();
  for (const k of meta.keys) vocab.id(k);
  // A list is used only when a sample of it re-reads alike; its texts are read on first use.
  const restore: Restore = (name, kind, words, text) => {
    const l = restoreList(pack, meta, name, kind, (i) => text(l!.codes, i)?.[0] ?? l!.codes[i]!);
    return l && agrees(l, vocab, (i) => text(l.codes, i), kind, words) ? l : undefined;
  };
  const titles = restore('titles', 0, optional, (codes, i) => titleOf(codeSets, dos, codes[i]!));
  if (!titles) return null;
  if (meta.conditions?.length && indexTree(codeSets)) shipConditionKeys(codeSets, new Set(meta.conditions));
  return {
    vocab,
    titles,
    anchorAt,
    anchorList,
    df,
    idf: idfOf(df, titles.size),
    maxIdf: Math.log(Math.max(2, titles.size)),
    phrases: new IndexPhrases(codeSets, dos, vocab, shippedGroups(codeSets, meta, pack, restore)),
    inclusions: new InclusionPhrases(codeSets, dos, vocab, () => titles.codes, shippedInclusions(codeSets, dos, meta, pack, restore)),
  };
}

/** Restores one list; `text` gives phrase i's text (and optional words) from the list's codes. */
type Restore = (name: ListName, kind: number, words: Set<string>, text: (codes: string[], i: number) => Text) => PhraseList | undefined;

/** The index groups as restored, when the code sets have the tree they were read from. */
function shippedGroups(codeSets: CodeSets, meta: Meta, pack: Pack, restore: Restore): ReadGroups | undefined {
  const tree = indexTree(codeSets);
  const nodeDeltas = pack.ints.get('indexNodes'),
    ranges = pack.ints.get('groupRanges');
  const nodes = nodeDeltas && undelta(nodeDeltas);
  if (!tree || !nodes || !ranges || ranges.length !== meta.groups.length * 2 || nodes.length === 0) return undefined;
  const list = restore('index', 1, indexOptional, (_codes, i) => pathOf(tree, nodes[i]!));
  if (list?.size !== nodes.length) return undefined;
  return { list, nodes, built: rangeMap(meta.groups, ranges), splits: new Map(Object.entries(meta.splits)) };
}

function shippedInclusions(codeSets: CodeSets, dos: string | undefined, meta: Meta, pack: Pack, restore: Restore): ReadInclusions | undefined {
  const terms = pack.ints.get('inclusionTerms'),
    ranges = pack.ints.get('categoryRanges');
  // A pack without terms (built without the tabular) leaves them to be read here.
  if (!terms || !ranges || ranges.length !== meta.categories.length * 2 || terms.length === 0) return undefined;
  const list = restore('inclusions', 2, new Set(), (codes, i) => {
    const t = inclusionTerms(codeSets, codes[i]!, dos)[terms[i]!];
    return t === undefined ? undefined : [t];
  });
  if (list?.size !== terms.length) return undefined;
  return { list, terms, built: rangeMap(meta.categories, ranges) };
}

function restoreList(pack: Pack, meta: Meta, name: ListName, kind: number, textOf: (i: number) => string): PhraseList | undefined {
  const reqAt = offsets(pack, `${name}ReqLen`),
    optAt = offsets(pack, `${name}OptLen`);
  const reqIds = keyIds(pack, `${name}ReqIds`),
    optIds = keyIds(pack, `${name}OptIds`);
  const codes = meta.codes?.[name] ? meta.codes[name].split(' ') : [];
  if (!reqAt || !optAt || !reqIds || !optIds || reqAt.length !== codes.length + 1 || optAt.length !== codes.length + 1) return undefined;
  return PhraseList.restore(codes, kind, reqAt, reqIds, optAt, optIds, textOf);
}

/** Phrase offsets (at[i] .. at[i+1]) as each phrase's length: a byte each while no phrase has 256 keys. */
function lengths(at: ArrayLike<number>): Uint8Array | Uint16Array {
  const n = Math.max(0, at.length - 1);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, at[i + 1]! - at[i]!);
  const out = max < 256 ? new Uint8Array(n) : new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = at[i + 1]! - at[i]!;
  return out;
}

function offsets(pack: Pack, name: string): Int32Array | undefined {
  const len = pack.bytes.get(name) ?? pack.shorts.get(name);
  if (!len) return undefined;
  const at = new Int32Array(len.length + 1);
  for (let i = 0; i < len.length; i++) at[i + 1] = at[i]! + len[i]!;
  return at;
}

/** Mostly ascending ids as differences: small numbers compress far better than the ids. */
function deltas(list: ArrayLike<number>): Int32Array {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]! - (i ? list[i - 1]! : 0);
  return out;
}

function undelta(d: Int32Array): Int32Array {
  const out = new Int32Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = d[i]! + (i ? out[i - 1]! : 0);
  return out;
}

const keyIds = (pack: Pack, name: string): KeyIds | undefined => pack.shorts.get(name) ?? pack.ints.get(name);

const rangeMap = (names: string[], ranges: Int32Array) => new Map<string, [number, number]>(names.map((g, k) => [g, [ranges[2 * k]!, ranges[2 * k + 1]!]]));

/** Sampled phrases of `list` still tokenize to the packed keys, and bring no key the pack never saw. */
function agrees(list: PhraseList, vocab: Vocab, text: (i: number) => Text, kind: number, words: Set<string>): boolean {
  const keysBefore = vocab.keys.length;
  const reread = new PhraseList();
  for (let j = 0; j < PROBES && list.size > 0; j++) {
    const i = Math.floor((j * list.size) / PROBES);
    const t = text(i);
    if (!t || !reread.addTitle(vocab, list.codes[i]!, t[0], words, new Map(), kind, t[1])) return false;
    const p = reread.size - 1;
    if (reread.req(p).join() !== list.req(i).join() || opt(reread, p).join() !== opt(list, i).join()) return false;
  }
  return vocab.keys.length === keysBefore;
}

const opt = (l: PhraseList, i: number): number[] => Array.from(l.optIds.slice(l.optAt[i]!, l.optAt[i + 1]!));

function titleOf(codeSets: CodeSets, dos: string | undefined, code: string): Text {
  const hit = codeSets.icd(code, dos);
  return hit?.billable ? [hit.title] : undefined;
}

function pathOf(tree: IndexTree, node: number): Text {
  if (node < 0 || node >= tree.nodes) return undefined;
  const nemod = treeNemod(tree, node);
  const path = phraseTerm(treePath(tree, node));
  return nemod ? [path, nemod] : [path];
}

function yearCounts(codeSets: CodeSets, dos: string | undefined): [number, number] {
  const year = codeSets.icdYearFor(dos);
  const s = codeSets.icdStats().find((y) => y.year === year);
  return [s?.entries ?? 0, s?.billable ?? 0];
}
