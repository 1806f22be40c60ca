import type { CodeSets } from '../../codes/code-sets.ts';
import { indexSource, type IndexSource } from './index-source.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';

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

  constructor(private readonly codeSets: CodeSets, private readonly dos: string | undefined, private readonly vocab: Vocab) {}

  /** [start, end) of the phrases in `list` whose first required word is `key`. */
  range(key: string): [number, number] {
    let r = this.built.get(key);
    if (r) return r;
    this.source ??= indexSource(this.codeSets, this.dos);
    const ids = (this.groups ??= this.source.keys()).get(key);
    const start = this.list.size;
    for (const t of ids ? this.source.paths(ids) : []) {
      // An eponym alone ("Wells' disease", "Still's disease") reads as an ordinary word in a note.
      if (/^\w+(?:'s|s')(?:\s|,|$)/.test(t.term) && !t.term.includes(', ')) continue;
      this.list.add(this.vocab, t.code.replace('.', ''), t.term, 1, indexOptional, t.nemod);
    }
    r = [start, this.list.size];
    this.built.set(key, r);
    return r;
  }
}
