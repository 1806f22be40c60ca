import type { Claim } from '../../contracts/claim.ts';
import { claimDateOfService } from '../claim-dates.ts';

const dayMs = 86_400_000;

/** Whole days from a to b (YYYY-MM-DD), b - a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/** Age in whole years on a date (birthday not reached yet: one less). */
export function ageOn(dob: string, date: string): number {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const isIsoDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * The dates of service that decide a diagnosis's code-set year and the patient's age: those of
 * the lines pointing to it, or the claim's earliest date when no line does.
 */
export function datesForDiagnosis(claim: Claim, index: number): string[] {
  const own = claim.lines
    .filter((l) => l.diagnosisPointers.includes(index + 1))
    .map((l) => l.dateOfService)
    .filter(isIsoDate);
  if (own.length) return [...new Set(own)].sort();
  const first = claimDateOfService(claim);
  return isIsoDate(first) ? [first] : [];
}

/** Lines grouped by date of service, keeping each line's index. */
export function linesByDate(claim: Claim): Map<string, number[]> {
  const byDate = new Map<string, number[]>();
  claim.lines.forEach((l, i) => {
    if (!isIsoDate(l.dateOfService)) return;
    const list = byDate.get(l.dateOfService) ?? [];
    list.push(i);
    byDate.set(l.dateOfService, list);
  });
  return byDate;
}
