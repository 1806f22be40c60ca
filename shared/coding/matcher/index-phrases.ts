import type { CodeSets } from '../../codes/code-sets.ts';
import { secondKey } from './first-key.ts';
import { indexSource, type IndexPath, type IndexSource } from './index-source.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';

/** Groups larger than this (Neoplasm: ~9k paths with the table) are split on their second word. */
const splitAbove = 600;

/** Words an index path may leave unsaid in a note: defaults of the term (joint prostheses are internal). */
const indexOptional = new Set(['internal']);

/**
 * The Alphabetic Index as matchable phrases ("Insomnia, due to, anxiety disorder" -> F51.05).
 * Every path needs its first required word in the note, so paths are grouped by that word and a
 * group is tokenized only when a note first carries the word: a cold start pays for the grouping
 * pass alone, and each note for the few main terms it names.
 */
export class IndexPhrases {
  readonly list = new PhraseList();
  private source?: IndexSource;
  private groups?: Map<string, number[]>;
  private readonly built = new Map<string, [number, number]>();
  private readonly splits = new Map<string, Map<string, IndexPath[]>>();
  /** Paths repeat their main term and subterms ("Infection, infected, infective, …"): each piece is scanned once. */
  private readonly pieces = new Map<string, number[]>();

  constructor(private readonly codeSets: CodeSets, private readonly dos: string | undefined, private readonly vocab: Vocab) {}

  /**
   * [start, end) ranges of the phrases in `list` whose first required word is `key` (and, in a
   * split group, whose second word is one of the note's `words`).
   */
  ranges(key: string, words: Set<string>): [number, number][] {
    this.source ??= indexSource(this.codeSets, this.dos);
    const ids = (this.groups ??= this.source.keys()).get(key);
    if (!ids) return [];
    if (ids.length <= splitAbove) return [this.build(key, () => this.source!.paths(ids))];
    let split = this.splits.get(key);
    if (!split) {
      split = new Map();
      for (const p of this.source.paths(ids)) {
        const k2 = secondKey(p.term, key) ?? '';
        let g = split.get(k2);
        if (!g) split.set(k2, (g = []));
        g.push(p);
      }
      this.splits.set(key, split);
    }
    const out: [number, number][] = [];
    for (const [k2, paths] of split) if (k2 === '' || words.has(k2)) out.push(this.build(`${key} ${k2}`, () => paths));
    return out;
  }

  private build(name: string, paths: () => IndexPath[]): [number, number] {
    let r = this.built.get(name);
    if (r) return r;
    const start = this.list.size;
    for (const t of paths()) {
      // An eponym alone ("Wells' disease", "Still's disease") reads as an ordinary word in a note.
      if (/^\w+(?:'s|s')(?:\s|,|$)/.test(t.term) && !t.term.includes(', ')) continue;
      // "Pneumonia, specified NEC": a residual entry for a type the note must name; never the plain term.
      if (/, (?:other )?(?:specified(?: [a-z]+)? )?NEC$/i.test(t.term)) continue;
      this.list.addTitle(this.vocab, t.code.replace('.', ''), t.term, indexOptional, this.pieces, 1, t.nemod);
    }
    r = [start, this.list.size];
    this.built.set(name, r);
    return r;
  }
}
