import type { SearchHit } from './model.ts';
import { deletes, tokens } from './text-tokens.ts';

export interface SearchDoc {
  system: SearchHit['system'];
  code: string;    // as shown (ICD dotted)
  title: string;   // the code's title
  text: string;    // what is indexed: the title, an inclusion term or an index path
  boost: number;   // titles count a little more than index paths
}

const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
const MIN_TYPO_LEN = 4;

/**
 * An inverted index over titles, inclusion terms and index paths. Each query word matches
 * a vocabulary word exactly, as a prefix ("diab"), or within one edit ("diabetis"); documents
 * are ranked by how many query words they match, then by idf-weighted score.
 */
export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly vocab: string[];
  private readonly lengths: Uint16Array;
  private typoMap?: Map<string, string[]>;

  constructor(private readonly docs: SearchDoc[]) {
    this.lengths = new Uint16Array(docs.length);
    docs.forEach((d, i) => {
      const words = tokens(d.text);
      this.lengths[i] = words.length;
      for (const t of new Set(words)) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = []));
        p.push(i);
      }
    });
    this.vocab = [...this.postings.keys()].sort();
  }

  search(words: string, limit: number, system?: SearchHit['system']): SearchHit[] {
    const q = [...new Set(tokens(words))];
    if (q.length === 0) return [];
    const n = this.docs.length;
    const score = new Float64Array(n);
    const matched = new Uint8Array(n);
    const stamp = new Int32Array(n);
    const touched: number[] = [];
    q.forEach((word, qi) => {
      for (const [variant, weight] of this.variants(word)) {
        const p = this.postings.get(variant)!;
        const idf = Math.log(1 + n / p.length);
        for (const d of p) {
          if (stamp[d] === qi + 1) continue; // best variant of this query word already counted
          stamp[d] = qi + 1;
          if (matched[d] === 0) touched.push(d);
          matched[d]!++;
          score[d]! += weight * idf;
        }
      }
    });
    let best = 0;
    for (const d of touched) if (matched[d]! > best && (!system || this.docs[d]!.system === system)) best = matched[d]!;
    const byCode = new Map<string, { d: number; s: number }>();
    for (const d of touched) {
      const doc = this.docs[d]!;
      if (matched[d] !== best || (system && doc.system !== system)) continue;
      // Shorter matching text is the more specific match: "Type 2 diabetes mellitus" before
      // every code whose title merely mentions it.
      const s = (score[d]! * doc.boost * best) / q.length / (1 + this.lengths[d]! / 25);
      const prev = byCode.get(doc.code);
      if (!prev || s > prev.s) byCode.set(doc.code, { d, s });
    }
    const top = [...byCode.values()].sort((a, b) => b.s - a.s || this.docs[a.d]!.code.localeCompare(this.docs[b.d]!.code)).slice(0, limit);
    const max = top[0]?.s ?? 1;
    return top.map(({ d, s }) => {
      const doc = this.docs[d]!;
      return { system: doc.system, code: doc.code, title: doc.title, score: Math.round((s / max) * (best / q.length) * 1000) / 1000, matched: doc.text };
    });
  }

  /** Vocabulary words standing for one query word, best first, with their weight. */
  private variants(word: string): [string, number][] {
    const out = new Map<string, number>();
    if (this.postings.has(word)) out.set(word, EXACT);
    if (word.length >= 3) {
      let i = lowerBound(this.vocab, word);
      for (let k = 0; i < this.vocab.length && this.vocab[i]!.startsWith(word) && k < 60; i++, k++) {
        if (!out.has(this.vocab[i]!)) out.set(this.vocab[i]!, PREFIX);
      }
    }
    if (word.length >= MIN_TYPO_LEN && out.size === 0) {
      const map = this.typos();
      for (const key of [word, ...deletes(word)]) for (const w of map.get(key) ?? []) if (!out.has(w)) out.set(w, TYPO);
    }
    return [...out].sort((a, b) => b[1] - a[1]);
  }

  private typos(): Map<string, string[]> {
    if (this.typoMap) return this.typoMap;
    const map = new Map<string, string[]>();
    const add = (k: string, w: string): void => {
      const l = map.get(k);
      if (l) l.push(w);
      else map.set(k, [w]);
    };
    for (const w of this.vocab) {
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
