import type { CodeSets } from '../../codes/code-sets.ts';
import { tokenize } from '../text/tokens.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';

/** Words an index path may leave unsaid in a note: defaults of the term (joint prostheses are internal). */
const indexOptional = new Set(['internal']);

/**
 * The Alphabetic Index as matchable phrases ("Insomnia, due to, anxiety disorder" -> F51.05).
 * Every path needs its main term's first word in the note, so paths are grouped by that word
 * and a group is tokenized only when a note first carries the word: a cold start pays for the
 * grouping pass alone, and each note for the few main terms it names.
 */
export class IndexPhrases {
  readonly list = new PhraseList();
  private groups?: Map<string, number[]>;
  private readonly built = new Map<string, [number, number]>();
  private terms: { term: string; code: string; nemod?: string }[] = [];

  constructor(private readonly codeSets: CodeSets, private readonly dos: string | undefined, private readonly vocab: Vocab) {}

  /** [start, end) of the phrases in `list` whose main term starts with `key`. */
  range(key: string): [number, number] {
    let r = this.built.get(key);
    if (r) return r;
    const ids = this.grouped().get(key);
    const start = this.list.size;
    for (const i of ids ?? []) {
      const t = this.terms[i]!;
      // An eponym alone ("Wells' disease", "Still's disease") reads as an ordinary word in a note.
      if (/^\w+(?:'s|s')(?:\s|,|$)/.test(t.term) && !t.term.includes(', ')) continue;
      this.list.add(this.vocab, t.code.replace('.', ''), t.term, 1, indexOptional, t.nemod);
    }
    r = [start, this.list.size];
    this.built.set(key, r);
    return r;
  }

  private grouped(): Map<string, number[]> {
    if (this.groups) return this.groups;
    this.terms = typeof this.codeSets.indexTerms === 'function' ? this.codeSets.indexTerms(this.dos) : [];
    const groups = new Map<string, number[]>();
    this.terms.forEach((t, i) => {
      const key = firstKey(t.term);
      if (!key) return;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(i);
    });
    return (this.groups = groups);
  }
}

/** The first required word of a path, read segment by segment ("Disease, diseased, lung" -> lung). */
export function firstKey(term: string): string | undefined {
  for (let at = 0; at < term.length;) {
    const comma = term.indexOf(',', at);
    const end = comma < 0 ? term.length : comma;
    for (const t of tokenize(term.slice(at, end))) if (!t.neg && !t.paren) return t.stem;
    at = end + 1;
  }
  return undefined;
}
