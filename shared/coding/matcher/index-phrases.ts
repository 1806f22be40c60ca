import type { CodeSets } from '../../codes/code-sets.ts';
import { firstKey } from './first-key.ts';
import { indexSource, indexTree, splitAbove, type IndexPath, type IndexSource } from './index-source.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';
import { phraseTerm } from './phrase-term.ts';
import { tokenize } from '../text/tokens.ts';

/**
 * Words an index path may leave unsaid in a note: defaults of the term (joint prostheses are
 * internal); "level", which a laboratory value is measured in (the Index names one value both ways:
 * "Elevated, SGOT" and "Elevated, transaminase level" R74.0; "Abnormal, blood level"), so
 * "elevated transaminases" is the transaminase level elevated; and "region" after a spine's part
 * ("Degeneration, intervertebral disc NOS, lumbar region"), which a note leaves unsaid ("lumbar DDD"),
 * as the titles' optional words do; "regimen", the plan a noncompliance is with ("Noncompliance, with,
 * medication regimen NEC" Z91.14, "dietary regimen" Z91.11), which a note leaves unsaid ("medication
 * noncompliance").
 */
export const indexOptional = new Set(['internal', 'level', 'region', 'regimen']);

/** Every group read ahead (matcher-pack.ts): the phrases, each group's range, the second words of split groups. */
export interface ReadGroups {
  list: PhraseList;
  /** The tree term of each phrase (restored lists read their text from it). */
  nodes: number[] | Int32Array;
  built: Map<string, [number, number]>;
  splits: Map<string, string[]>;
}

/** Index subterms that only join ("with", "due to"): the words under them carry the branch. */
const connective = /^(?:with|without|in|due to|of|by|during|following|from|for|on|at|to|as|and|or|not|NEC|NOS)$/i;

const everyWord = { has: () => true } as unknown as Set<string>;

/**
 * The Alphabetic Index as matchable phrases ("Insomnia, due to, anxiety disorder" -> F51.05).
 * Every path needs its first required word in the note, so paths are grouped by that word and a
 * group is tokenized only when a note first carries the word: without a shipped pack, a cold
 * start pays for the grouping pass alone, and each note for the few main terms it names.
 */
export class IndexPhrases {
  readonly list: PhraseList;
  private readonly nodes: number[] | Int32Array;
  private source?: IndexSource;
  private groups?: Map<string, ArrayLike<number>>;
  private readonly built: Map<string, [number, number]>;
  /** Second words of each split group, in reading order, and (until read) their paths' ids. */
  private readonly splits: Map<string, string[]>;
  private readonly unread = new Map<string, Map<string, ArrayLike<number>>>();
  /** Paths repeat their main term and subterms ("Infection, infected, infective, …"): each piece is scanned once. */
  private readonly pieces = new Map<string, number[]>();

  /** `shipped`: every group read at build time and restored (matcher-pack.ts); nothing is read here then. */
  constructor(
    private readonly codeSets: CodeSets,
    private readonly dos: string | undefined,
    private readonly vocab: Vocab,
    private readonly shipped?: ReadGroups,
  ) {
    this.list = shipped?.list ?? new PhraseList();
    this.nodes = shipped?.nodes ?? [];
    this.built = shipped?.built ?? new Map();
    this.splits = shipped?.splits ?? new Map();
  }

  /**
   * [start, end) ranges of the phrases in `list` whose first required word is `key` (and, in a
   * split group, whose second word is one of the note's `words`).
   */
  ranges(key: string, words: Set<string>): [number, number][] {
    if (!this.shipped && !this.built.has(key) && !this.splits.has(key)) this.readGroup(key);
    const whole = this.built.get(key);
    if (whole) return [whole];
    const out: [number, number][] = [];
    for (const k2 of this.splits.get(key) ?? []) {
      if (k2 !== '' && !words.has(k2)) continue;
      const name = `${key} ${k2}`;
      out.push(this.built.get(name) ?? this.build(name, () => this.source!.paths(this.unread.get(key)!.get(k2)!)));
    }
    return out;
  }

  /** A small group is read whole; a big one is split by second word, each part read when a note names it. */
  private readGroup(key: string): void {
    const source = (this.source ??= indexSource(this.codeSets, this.dos));
    const ids = (this.groups ??= source.keys()).get(key);
    if (!ids) return;
    if (ids.length <= splitAbove) return void this.build(key, () => source.paths(ids));
    const split = source.split(key, ids);
    this.splits.set(key, [...split.keys()]);
    this.unread.set(key, split);
  }

  private readonly childKeys = new Map<number, Set<string>>();

  /**
   * Words of the note that name a subterm the path passes by ("Episode, depressive" has subterms
   * "major" and "recurrent": a note saying "recurrent" is not read down "major"): the Index is
   * walked with the statement's words, so a branch the note names and the path skips counts
   * against the path. The main term's own subterms are left out: a statement may name another
   * condition beside it.
   */
  passedBy(i: number, said: Set<string>, own: Set<string>): string[] {
    const tree = indexTree(this.codeSets);
    let node = this.nodes[i] ?? -1;
    if (!tree || node < 0) return [];
    const out: string[] = [];
    // Below the main term only: its own subterms are other conditions a statement may also name ("infection ... due to MSSA").
    for (let up = tree.parent(node); up >= 0 && tree.parent(up) >= 0; node = up, up = tree.parent(up)) {
      for (const k of this.childrenOf(tree, up)) if (said.has(k) && !own.has(k) && !out.includes(k)) out.push(k);
    }
    return out;
  }

  /** First words of a term's subterms (a subterm follows its parent in the tree, so they are found by one scan). */
  private childrenOf(tree: NonNullable<ReturnType<typeof indexTree>>, p: number): Set<string> {
    let keys = this.childKeys.get(p);
    if (keys) return keys;
    keys = new Set();
    const inside = (n: number): boolean => {
      for (let a = tree.parent(n); a >= p; a = tree.parent(a)) if (a === p) return true;
      return false;
    };
    for (let n = p + 1; n < tree.nodes && inside(n); n++) {
      if (tree.parent(n) !== p) continue;
      const k = firstKey(tree.title(n));
      if (k) keys.add(k);
    }
    this.childKeys.set(p, keys);
    return keys;
  }

  /** Reads every group (a build step ships the result). */
  readAll(): ReadGroups {
    this.source ??= indexSource(this.codeSets, this.dos);
    for (const key of (this.groups ??= this.source.keys()).keys()) this.ranges(key, everyWord);
    return { list: this.list, nodes: this.nodes, built: this.built, splits: this.splits };
  }

  private build(name: string, paths: () => IndexPath[]): [number, number] {
    let r = this.built.get(name);
    if (r) return r;
    const start = this.list.size;
    for (const t of paths()) {
      // An eponym alone ("Wells' disease", "Still's disease") reads as an ordinary word in a note; one that
      // names a part or lesion ("Nursemaid's elbow", "Golfer's elbow", "Sutton's nevus") is a term the note says.
      if (/^\p{L}+(?:'s|s')(?:\s+(?:disease|syndrome|disorder)\b|,|$)/iu.test(t.term) && !t.term.includes(', ')) continue;
      // "Pneumonia, specified NEC": a residual entry for a type the note must name; never the plain term.
      if (/, (?:other )?(?:specified(?: [a-z]+)? )?NEC$/i.test(t.term)) continue;
      const term = phraseTerm(t.term);
      // A subterm of no word the note could say ("Blood, type, A": "type" and "A" are stop words) cannot be checked against it.
      // Nor can one that ends in a connective ("chronic, and" + nonessential "acute"): its branch is in the modifier.
      const subs = term.split(', ').slice(1);
      // A sex ("Hypogonadism, male") is the patient record's, which the matcher reads (match-title.ts).
      if (subs.some((p, i) => tokenize(p).length === 0 && !/^(?:fe)?male$/.test(p) && (!connective.test(p) || i === subs.length - 1))) continue;
      if (this.list.addTitle(this.vocab, t.code.replace('.', ''), term, indexOptional, this.pieces, 1, t.nemod)) (this.nodes as number[]).push(t.node ?? -1);
    }
    r = [start, this.list.size];
    this.built.set(name, r);
    return r;
  }
}
