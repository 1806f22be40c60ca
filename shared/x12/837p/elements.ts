import { isCalendarDate } from '../../contracts/normalize.ts';
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

/** A D8 date CCYYMMDD, or the first date of an RD8 range CCYYMMDD-CCYYMMDD, as YYYY-MM-DD. */
export function date(s: Segment, i: number, format = 'D8'): string {
  const v = s.el[i] ?? '';
  const m = (format === 'RD8' ? /^(\d{4})(\d{2})(\d{2})-\d{8}$/ : /^(\d{4})(\d{2})(\d{2})$/).exec(v);
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!m || !isCalendarDate(iso)) throw new X12Error(s.id, s.pos, `${ref(s, i)} ${JSON.stringify(v)} is not a ${format === 'RD8' ? 'date range CCYYMMDD-CCYYMMDD' : 'date CCYYMMDD'}`);
  return iso;
}
