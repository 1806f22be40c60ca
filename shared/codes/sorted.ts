/** Position of `x` in an ascending array (codes, term ids), or -1: lookups that need no hash table. */
export function sortedIndexOf<T extends string | number>(sorted: ArrayLike<T>, x: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
