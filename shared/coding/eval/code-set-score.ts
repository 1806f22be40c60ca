import { undot } from './score.ts';

/** Gold and predicted ICD-10-CM codes of one document (any spelling: "n44.8", "N448"). */
export interface CodedDocument {
  gold: readonly string[];
  predicted: readonly string[];
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Micro precision, recall and F1 of predicted codes against gold codes over documents, each code
 * counted once per document. `strict` compares whole codes; `category` compares the three-character
 * category (CodiEsp's own second measure), which forgives a year's or a specificity's difference.
 */
export function scoreCodeSets(docs: readonly CodedDocument[], level: 'strict' | 'category'): SetScore {
  const key = level === 'strict' ? (c: string) => undot(c) : (c: string) => undot(c).slice(0, 3);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const gold = new Set(d.gold.map(key));
    const predicted = new Set(d.predicted.map(key));
    for (const c of predicted) gold.has(c) ? tp++ : fp++;
    for (const c of gold) if (!predicted.has(c)) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
}

/** Predicted codes not in their document's gold, most frequent first: where to look for a defect. */
export function commonFalsePositives(docs: readonly CodedDocument[], top: number): { code: string; documents: number }[] {
  const count = new Map<string, number>();
  for (const d of docs) {
    const gold = new Set(d.gold.map(undot));
    for (const c of new Set(d.predicted.map(undot))) if (!gold.has(c)) count.set(c, (count.get(c) ?? 0) + 1);
  }
  return [...count]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([code, documents]) => ({ code, documents }));
}
