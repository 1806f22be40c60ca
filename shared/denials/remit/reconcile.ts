import type { ProviderAdjustment, Reconciliation } from './model.ts';

const cents = (n: number) => Math.round(n * 100);
const m = (c: number) => (c / 100).toFixed(2);

/**
 * The balancing rule of 005010X221A1 section 1.10.2.1: the payment (BPR02) equals the claims'
 * payments (sum of CLP04) less the provider-level adjustments (sum of PLB amounts; a negative
 * PLB amount, such as interest, adds to the payment). Compared in whole cents.
 */
export function reconcile(paid: number, claimsPaid: number, plb: ProviderAdjustment[]): Reconciliation {
  const p = cents(paid);
  const c = cents(claimsPaid);
  const a = plb.reduce((s, x) => s + cents(x.amount), 0);
  const balanced = p === c - a;
  const sums = `claims paid ${m(c)} less provider adjustments ${m(a)} = ${m(c - a)}`;
  const message = balanced ? `payment ${m(p)} balances: ${sums}` : `payment ${m(p)} does not balance: ${sums}, off by ${m(p - (c - a))}`;
  return { paid: p / 100, claimsPaid: c / 100, providerAdjustments: a / 100, balanced, message };
}
