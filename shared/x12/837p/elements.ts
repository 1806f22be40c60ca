import type { Segment } from '../read-x12.ts';
import { X12Error } from '../x12-error.ts';

/** Element reference as the guides write it: SV102, CLM05-3. */
export const ref = (s: Segment, i: number, part?: number) => `${s.id}${String(i + 1).padStart(2, '0')}${part ? `-${part}` : ''}`;

export function num(s: Segment, i: number): number | null {
  const v = s.el[i] ?? '';
  if (v === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(v)) throw new X12Error(s.id, s.pos, `${ref(s, i)} ${JSON.stringify(v)} is not a number`);
  return Number(v);
}

export function need(s: Segment, i: number): string {
  const v = s.el[i] ?? '';
  if (v === '') throw new X12Error(s.id, s.pos, `${ref(s, i)} is empty`);
  return v;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** CCYYMMDD that names a real day (not 20260230), by arithmetic: a batch holds a date in every line. */
function calendar(y: number, m: number, d: number): boolean {
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= monthDays[m - 1]! + leap;
}

/** A D8 date CCYYMMDD, or the first date of an RD8 range CCYYMMDD-CCYYMMDD, as YYYY-MM-DD. */
export function date(s: Segment, i: number, format = 'D8'): string {
  const v = s.el[i] ?? '';
  const m = (format === 'RD8' ? /^(\d{4})(\d{2})(\d{2})-\d{8}$/ : /^(\d{4})(\d{2})(\d{2})$/).exec(v);
  if (!m || !calendar(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new X12Error(s.id, s.pos, `${ref(s, i)} ${JSON.stringify(v)} is not a ${format === 'RD8' ? 'date range CCYYMMDD-CCYYMMDD' : 'date CCYYMMDD'}`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
