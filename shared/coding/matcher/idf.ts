/** Inverse document frequency of each key over `n` titles: rarer words weigh more when matched. */
export function idfOf(df: Int32Array, n: number): number[] {
  const idf = new Array<number>(df.length);
  for (let k = 0; k < df.length; k++) idf[k] = Math.log(n / Math.max(1, df[k]!));
  return idf;
}
