import type { SearchHit } from './model.ts';
import { SearchVocab } from './search-vocab.ts';
import { sortedIndexOf } from './sorted.ts';
import { tokens } from './text-tokens.ts';

export interface SearchDoc {
  system: SearchHit['system'];
  code: string; // as shown (ICD dotted)
  title: string; // the code's title
  text: string; // what is indexed: the title, an inclusion term or an index path
  boost: number; // titles count a little more than index paths
}

/**
 * An inverted index over titles, inclusion terms and index paths; each query word matches
 * exactly, as a prefix or within one edit (see SearchVocab). Documents rank by how many query
 * words they match, then by idf-weighted score, shorter (more specific) texts first. Scratch
 * arrays are reused between queries so a query allocates next to nothing.
 */
export class SearchIndex {
  private readonly vocab: SearchVocab;
  private readonly postings: Map<string, Int32Array>;
  private readonly lengths: Uint16Array;
  // Documents as columns rather than objects: a quarter of a million objects cost ~15 MB more.
  private readonly n: number;
  private readonly hcpcs: Uint8Array;
  private readonly boosts: Float32Array;
  private readonly codes: string[];
  private readonly titles: string[];
  private readonly texts: string[];
  private readonly score: Float64Array;
  private readonly matched: Uint8Array;
  private readonly stamp: Int32Array;
  private query = 0;

  constructor(docs: SearchDoc[]) {
    const n = docs.length;
    this.n = n;
    this.hcpcs = Uint8Array.from(docs, (d) => (d.system === 'HCPCS' ? 1 : 0));
    this.boosts = Float32Array.from(docs, (d) => d.boost);
    this.codes = docs.map((d) => d.code);
    this.titles = docs.map((d) => d.title);
    this.texts = docs.map((d) => d.text);
    this.vocab = new SearchVocab(this.texts);
    this.postings = this.vocab.postings;
    this.lengths = this.vocab.lengths;
    this.score = new Float64Array(n);
    this.matched = new Uint8Array(n);
    this.stamp = new Int32Array(n);
  }

  search(words: string, limit: number, system?: SearchHit['system']): SearchHit[] {
    const q = [...new Set(tokens(words))];
    if (q.length === 0 || limit <= 0) return [];
    const n = this.n;
    const terms = q.map((word, qi) => {
      const variants = this.vocab.variants(word, qi === q.length - 1).map(([v, w]) => [this.postings.get(v)!, w] as const);
      // One idf per query word (its own frequency, else its commonest variant's), so a rare
      // prefix variant ("pneumoniae") never outranks the word itself ("pneumonia").
      const df = this.postings.get(word)?.length ?? Math.max(1, ...variants.map(([p]) => p.length));
      const size = variants.reduce((t, [p]) => t + p.length, 0);
      return { variants, idf: Math.log(1 + n / df), size };
    });
    const scored = this.allWords(terms, system) ?? this.anyWords(terms, system);
    return this.top(scored.docs, scored.scores, scored.best / q.length, limit);
  }

  /**
   * Documents holding every query word: walk the rarest word's postings and look the others up
   * by binary search (postings are sorted), so common words ("right", "fracture") cost little.
   * Null when no document has them all.
   */
  private allWords(terms: Term[], system?: SearchHit['system']): Scored | null {
    const order = [...terms].sort((a, b) => a.size - b.size);
    const [first, ...rest] = order;
    if (!first || first.size === 0) return null;
    const docs: number[] = [];
    const scores: number[] = [];
    const mark = ++this.query; // stamps the documents already looked at
    for (const [p] of first.variants) {
      for (let k = 0; k < p.length; k++) {
        const d = p[k]!;
        if (this.stamp[d] === mark || (system && this.systemOf(d) !== system)) continue;
        this.stamp[d] = mark;
        let s = bestWeight(first, d) * first.idf;
        for (const t of rest) {
          const tw = bestWeight(t, d);
          if (tw === 0) {
            s = -1;
            break;
          }
          s += tw * t.idf;
        }
        if (s >= 0) docs.push(d), scores.push(s);
      }
    }
    return docs.length ? { docs, scores, best: terms.length } : null;
  }

  /** Otherwise, the documents holding the most query words (a misspelt or extra word). */
  private anyWords(terms: Term[], system?: SearchHit['system']): Scored {
    const { score, matched, stamp } = this;
    const touched: number[] = [];
    const base = this.query;
    this.query += terms.length;
    terms.forEach((t, qi) => {
      const mark = base + qi + 1;
      for (const [p, weight] of t.variants) {
        for (let k = 0; k < p.length; k++) {
          const d = p[k]!;
          if (stamp[d]! > base) {
            if (stamp[d] === mark) continue; // this query word already counted here
          } else {
            touched.push(d);
            matched[d] = 0;
            score[d] = 0;
          }
          stamp[d] = mark;
          matched[d]!++;
          score[d]! += weight * t.idf;
        }
      }
    });
    let best = 0;
    for (const d of touched) if (matched[d]! > best && (!system || this.systemOf(d) === system)) best = matched[d]!;
    const docs: number[] = [];
    const scores: number[] = [];
    for (const d of touched) {
      if (matched[d] === best && (!system || this.systemOf(d) === system)) docs.push(d), scores.push(score[d]!);
    }
    return { docs, scores, best };
  }

  /** Best documents, one per code, shorter (more specific) texts first among equals. */
  private top(ids: number[], raw: number[], coverage: number, limit: number): SearchHit[] {
    const keep = limit * 4; // a few more than asked, as several may share a code
    const top: [number, number][] = [];
    for (let i = 0; i < ids.length; i++) {
      const d = ids[i]!;
      const s = (raw[i]! * this.boosts[d]!) / (1 + this.lengths[d]! / 25);
      if (top.length === keep && s <= top[top.length - 1]![1]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]![1] < s) at--;
      top.splice(at, 0, [d, s]);
      if (top.length > keep) top.pop();
    }
    const out: SearchHit[] = [];
    const seen = new Set<string>();
    const max = top[0]?.[1] ?? 1;
    for (const [d, s] of top) {
      const code = this.codes[d]!;
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ system: this.systemOf(d), code, title: this.titles[d]!, score: Math.round((s / max) * coverage * 1000) / 1000, matched: this.texts[d]! });
      if (out.length === limit) break;
    }
    return out;
  }

  private systemOf(d: number): SearchHit['system'] {
    return this.hcpcs[d] ? 'HCPCS' : 'ICD-10-CM';
  }
}

interface Term {
  variants: (readonly [Int32Array, number])[];
  idf: number;
  size: number;
}

interface Scored {
  docs: number[];
  scores: number[];
  best: number; // how many query words each of `docs` holds
}

/** The weight of the best variant of a query word that document `d` holds, 0 if none. */
function bestWeight(t: Term, d: number): number {
  for (const [p, w] of t.variants) if (sortedIndexOf(p, d) >= 0) return w; // variants come best first
  return 0;
}
