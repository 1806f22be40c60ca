import type { CodeSets } from '../../codes/code-sets.ts';
import { PhraseList, type Vocab } from './phrase-list.ts';

/**
 * Tabular inclusion terms ("Neonatal physiological jaundice NOS" under P59.9, "AMH" under
 * R31.21) as phrases, read per category when a statement's candidates reach that category: the
 * terms sharpen the choice between sibling codes the titles alone leave tied or wrong.
 */
export class InclusionPhrases {
  readonly list = new PhraseList();
  private byCategory?: Map<string, string[]>;
  private readonly built = new Map<string, [number, number]>();
  private readonly pieces = new Map<string, number[]>();

  constructor(private readonly codeSets: CodeSets, private readonly dos: string | undefined, private readonly vocab: Vocab,
    private readonly billable: () => string[]) {}

  range(category: string): [number, number] {
    let r = this.built.get(category);
    if (r) return r;
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
      const terms = typeof this.codeSets.icdNotes === 'function' ? this.codeSets.icdNotes(code, this.dos).inclusionTerms : [];
      for (const t of terms) this.list.addTitle(this.vocab, code, t, new Set(), this.pieces, 2);
    }
    r = [start, this.list.size];
    this.built.set(category, r);
    return r;
  }
}
