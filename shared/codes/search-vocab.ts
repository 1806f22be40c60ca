import { deletes, tokens } from './text-tokens.ts';

const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
const MIN_TYPO_LEN = 4;
const MAX_PREFIX = 40;

/**
 * Postings of every word of a set of texts, and the vocabulary words a query word stands for:
 * itself, words it begins (the last query word, being typed, or a word the vocabulary lacks:
 * "diab"), or words within one edit ("diabetis"), found through shared single deletions.
 */
export class SearchVocab {
  readonly postings = new Map<string, Int32Array>();
  readonly lengths: Uint16Array;
  private readonly words: string[];
  private typoMap?: Map<string, string[]>;

  constructor(texts: string[]) {
    this.lengths = new Uint16Array(texts.length);
    const lists = new Map<string, number[]>();
    for (let i = 0; i < texts.length; i++) {
      const words = tokens(texts[i]!);
      this.lengths[i] = words.length;
      for (let k = 0; k < words.length; k++) {
        const w = words[k]!;
        if (words.indexOf(w) !== k) continue; // once per document
        const l = lists.get(w);
        if (l) l.push(i);
        else lists.set(w, [i]);
      }
    }
    // Documents were visited in order, so every posting list is sorted (binary-searchable).
    for (const [w, l] of lists) this.postings.set(w, Int32Array.from(l));
    this.words = [...this.postings.keys()].sort();
  }

  /** Vocabulary words standing for one query word, best first, with their weight. */
  variants(word: string, last: boolean): [string, number][] {
    const out: [string, number][] = [];
    const exact = this.postings.has(word);
    if (exact) out.push([word, EXACT]);
    if (word.length >= 3 && (last || !exact)) {
      let i = lowerBound(this.words, word);
      for (let k = 0; i < this.words.length && this.words[i]!.startsWith(word) && k < MAX_PREFIX; i++, k++) {
        if (this.words[i] !== word) out.push([this.words[i]!, PREFIX]);
      }
    }
    if (word.length >= MIN_TYPO_LEN && out.length === 0) {
      const map = this.typos();
      const seen = new Set<string>();
      for (const key of [word, ...deletes(word)]) {
        for (const w of map.get(key) ?? []) if (!seen.has(w)) seen.add(w), out.push([w, TYPO]);
      }
    }
    return out;
  }

  /** Built on the first misspelt query: every vocabulary word under itself and its deletions. */
  private typos(): Map<string, string[]> {
    if (this.typoMap) return this.typoMap;
    const map = new Map<string, string[]>();
    const add = (k: string, w: string): void => {
      const l = map.get(k);
      if (l) l.push(w);
      else map.set(k, [w]);
    };
    for (const w of this.words) {
      if (w.length < MIN_TYPO_LEN || /\d/.test(w)) continue;
      add(w, w);
      for (const d of deletes(w)) add(d, w);
    }
    return (this.typoMap = map);
  }
}

function lowerBound(a: string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
