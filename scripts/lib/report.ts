/** Shared figures for the benchmarks: order statistics and one aligned line per measurement. */
export function median(values: number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: number[]): number {
  return quantile(values, 0.95);
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** "what ........ figure    reference/aim" */
export function row(what: string, figure: string, reference = ''): void {
  console.log(`${what.padEnd(52)} ${figure.padEnd(34)} ${reference}`);
}
