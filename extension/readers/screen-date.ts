import { isoDate } from '../dom/dom-read.ts';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as billing screens print it, to YYYY-MM-DD: ISO, MM/DD/YYYY (and with dashes or dots),
 * MM/DD/YY (as CMS-1500 item 24A prints it: years 00-69 are 20xx), MMDDYYYY / CCYYMMDD
 * (X12 D8), and "Nov 3, 2026" / "3 Nov 2026". Undefined when the text holds no date.
 */
export function screenDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined);
  const iso = isoDate(t.replace(/(\d{1,2})[-.](\d{1,2})[-.](\d{4})/, '$1/$2/$3'));
  if (iso) return valid(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
  const short = t.match(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})\b/);
  if (short) return valid(Number(short[3]) + (Number(short[3]) < 70 ? 2000 : 1900), Number(short[1]), Number(short[2]));
  const d8 = t.match(/^(\d{8})$/)?.[1];
  if (d8)
    return /^(19|20)/.test(d8)
      ? valid(Number(d8.slice(0, 4)), Number(d8.slice(4, 6)), Number(d8.slice(6)))
      : valid(Number(d8.slice(4)), Number(d8.slice(0, 2)), Number(d8.slice(2, 4)));
  const named = t.match(/\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/) ?? t.match(/\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/);
  if (named) {
    const [a, b, y] = [named[1]!, named[2]!, named[3]!];
    const [mon, day] = /\d/.test(a) ? [b, a] : [a, b];
    const m = months.indexOf(mon.toLowerCase()) + 1;
    return m ? valid(Number(y), m, Number(day)) : undefined;
  }
  return undefined;
}

/** Every date in a text, in order ("01/01/2026 - 09/30/2026"). */
export function screenDates(text: string | undefined): string[] {
  const parts = (text ?? '').split(/\s+(?:-|–|to|thru|through)\s+|\s*[–]\s*/i);
  return parts.map(screenDate).filter((d): d is string => !!d);
}
