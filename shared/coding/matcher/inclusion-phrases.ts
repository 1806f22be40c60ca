import type { CodeSets } from '../../codes/code-sets.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';

/** Every category read ahead (matcher-pack.ts): the phrases, which term of its code each is, each category's range. */
export interface ReadInclusions {
  list: PhraseList;
  terms: number[] | Int32Array;
  built: Map<string, [number, number]>;
}

/**
 * Tabular inclusion terms ("Neonatal physiological jaundice NOS" under P59.9, "AMH" under
 * R31.21) as phrases, read per category when a statement's candidates reach that category: the
 * terms sharpen the choice between sibling codes the titles alone leave tied or wrong.
 */
export class InclusionPhrases {
  readonly list: PhraseList;
  private readonly terms: number[] | Int32Array;
  private byCategory?: Map<string, string[]>;
  private readonly built: Map<string, [number, number]>;
  private readonly pieces = new Map<string, number[]>();
  private anchors?: Map<number, number[]>;

  /** `shipped`: every category read at build time and restored; nothing is read here then. */
  constructor(
    private readonly codeSets: CodeSets,
    private readonly dos: string | undefined,
    private readonly vocab: Vocab,
    private readonly billable: () => string[],
    private readonly shipped?: ReadInclusions,
  ) {
    this.list = shipped?.list ?? new PhraseList();
    this.terms = shipped?.terms ?? [];
    this.built = shipped?.built ?? new Map();
  }

  range(category: string): [number, number] {
    let r = this.built.get(category);
    if (r || this.shipped) return r ?? [0, 0];
    if (!this.byCategory) {
      this.byCategory = new Map();
      for (const c of this.billable()) {
        const cat = c.slice(0, 3);
        let g = this.byCategory.get(cat);
        if (!g) this.byCategory.set(cat, (g = []));
        g.push(c);
      }
    }
    const start = this.list.size;
    for (const code of this.byCategory.get(category) ?? []) {
      const terms = inclusionTerms(this.codeSets, code, this.dos);
      terms.forEach((t, k) => {
        if (this.list.addTitle(this.vocab, code, t, new Set(), this.pieces, 2)) (this.terms as number[]).push(k);
      });
    }
    r = [start, this.list.size];
    this.built.set(category, r);
    return r;
  }

  /**
   * Terms of three words or more, under their rarest word (`df`: titles per key; a key no title has is rarer than
   * any): a term that long names its condition whole ("Delirium superimposed on dementia" F05), so it is read in
   * every statement that says that word, whatever category the titles lead to. Every category is read first.
   */
  anchored(key: number, df: ArrayLike<number>): number[] {
    if (!this.anchors) {
      if (!this.shipped) this.readAll();
      this.anchors = new Map();
      const rarity = (k: number) => (k < df.length ? df[k]! : -1);
      for (let i = 0; i < this.list.size; i++) {
        const req = this.list.req(i);
        if (req.length < 3) continue;
        const a = req.reduce((x, y) => (rarity(y) < rarity(x) ? y : x));
        const at = this.anchors.get(a);
        if (at) at.push(i);
        else this.anchors.set(a, [i]);
      }
    }
    return this.anchors.get(key) ?? [];
  }

  /** Reads every category (a build step ships the result). */
  readAll(): ReadInclusions {
    for (const code of this.billable()) this.range(code.slice(0, 3));
    return { list: this.list, terms: this.terms, built: this.built };
  }
}

/** Stand-in code sets may lack the accessor. */
export function inclusionTerms(codeSets: CodeSets, code: string, dos: string | undefined): string[] {
  return typeof codeSets.icdInclusionTerms === 'function' ? codeSets.icdInclusionTerms(code, dos) : [];
}
