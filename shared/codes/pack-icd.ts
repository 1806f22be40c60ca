import type { CompiledIcdYear, PackedIcd } from './model.ts';

/** Marks a title stored as "parent's title + suffix" (7th-character codes mostly). */
export const PARENT = '\u0001';

/**
 * Packs every ICD-10-CM year into one artifact: the union of codes sorted (so a lookup is a
 * binary search and loading builds no hash table), each title stored once (and, when it
 * extends its parent's title, only as the added words), per year one status character per
 * code, and the tabular order as a permutation. Years share ~99.7% of their codes, so the
 * second year costs a 98 KB status string instead of another 8.5 MB.
 */
export function packIcdYears(years: CompiledIcdYear[]): PackedIcd {
  const sorted = [...years].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const tabular = mergeOrder(sorted.map((y) => y.entries.map((e) => e[0])));
  const codes = [...tabular].sort();
  const index = new Map(codes.map((c, i) => [c, i]));
  // The newest title is the shared one; an older year keeps its own only where it differs.
  const titles: string[] = new Array<string>(codes.length).fill('');
  for (const y of sorted) for (const [c, , t] of y.entries) titles[index.get(c)!] = t;
  const packedYears = sorted.map((y) => {
    const status = new Array<string>(codes.length).fill('0');
    const revised: Record<string, string> = {};
    for (const [c, billable, t] of y.entries) {
      const i = index.get(c)!;
      status[i] = billable ? '2' : '1';
      if (titles[i] !== t) revised[i] = t;
    }
    const { entries, ...meta } = y;
    return { ...meta, entries: entries.length, billable: entries.reduce((n, e) => n + e[1], 0), status: status.join(''), revised };
  });
  const stored = titles.map((t, i) => {
    const parent = index.get(codes[i]!.slice(0, -1));
    const pt = parent === undefined ? undefined : titles[parent];
    return pt && t.length > pt.length && t.startsWith(pt) ? PARENT + t.slice(pt.length) : t;
  });
  return {
    format: 2,
    system: 'icd10cm',
    codes: codes.join(' '),
    titles: stored.join('\n'),
    order: runs(tabular.map((c) => index.get(c)!)),
    years: packedYears,
  };
}

/** Tabular order is sorted order but for a few blocks (C4A after C43…): store [start, length] runs. */
function runs(positions: number[]): number[] {
  const out: number[] = [];
  for (const p of positions) {
    const n = out.length;
    if (n && out[n - 2]! + out[n - 1]! === p) out[n - 1]!++;
    else out.push(p, 1);
  }
  return out;
}

/** Union of several orderings: a code new in a later list goes right after its predecessor there. */
function mergeOrder(lists: string[][]): string[] {
  let merged = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    const have = new Set(merged);
    const after = new Map<string, string[]>();
    let prev = '';
    for (const c of list) {
      if (!have.has(c)) {
        const l = after.get(prev);
        if (l) l.push(c);
        else after.set(prev, [c]);
      }
      prev = have.has(c) ? c : prev;
    }
    const out: string[] = [...(after.get('') ?? [])];
    for (const c of merged) out.push(c, ...(after.get(c) ?? []));
    merged = out;
  }
  return merged;
}
