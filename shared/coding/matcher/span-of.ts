import type { Token } from '../text/tokens.ts';

/**
 * The tightest stretch of the statement holding one token of every key: "prostate cancer possible;
 * MRI prostate ordered" is evidenced by "prostate cancer", so the context read after it ("possible")
 * is the finding's own.
 */
export function spanOf(tokens: Token[], keys: string[]): [number, number] | [] {
  const hit = tokens.filter((t) => t.start >= 0 && keys.includes(t.stem)).sort((a, b) => a.start - b.start);
  if (hit.length === 0) return [];
  const need = new Set(hit.map((t) => t.stem)).size;
  let best: [number, number] = [hit[0]!.start, hit[hit.length - 1]!.end];
  const count = new Map<string, number>();
  for (let i = 0, j = 0; j < hit.length; j++) {
    count.set(hit[j]!.stem, (count.get(hit[j]!.stem) ?? 0) + 1);
    while (count.size === need) {
      if (hit[j]!.end - hit[i]!.start < best[1] - best[0]) best = [hit[i]!.start, hit[j]!.end];
      const k = hit[i]!.stem;
      const n = count.get(k)! - 1;
      if (n === 0) count.delete(k);
      else count.set(k, n);
      i++;
    }
  }
  // A word of the code said right beside the span is its evidence too: the tightest stretch may take a
  // key from a shorthand's expansion ("RF": rheumatoid factor) and leave out the same word said plainly
  // just before it ("Rheumatoid arthritis, RF/CCP positive"). Only across one space: a comma or a dash
  // ends the phrase ("heart failure - chronic systolic HF").
  const placed = tokens.filter((t) => t.start >= 0).sort((a, b) => a.start - b.start);
  let a = placed.findIndex((t) => t.start === best[0]);
  while (a > 0 && keys.includes(placed[a - 1]!.stem) && best[0] - placed[a - 1]!.end === 1) best = [placed[--a]!.start, best[1]];
  return best;
}
