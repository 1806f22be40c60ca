import type { DenialRecord } from '../contracts/denial-record.ts';

const columns = [
  'deniedOn',
  'payer',
  'origin',
  'carc',
  'rarc',
  'codes',
  'modifiers',
  'amount',
  'outcome',
  'owner',
  'assignee',
  'dueDate',
  'resolvedOn',
] as const;

/**
 * RFC 4180 CSV of (already filtered) records. A text cell starting with = + - @ gets a leading
 * apostrophe so a spreadsheet never runs it as a formula (payer names come from outside).
 */
export function toCsv(records: DenialRecord[]): string {
  const cell = (v: unknown): string => {
    if (v == null) return '';
    if (typeof v === 'number') return String(v);
    let s = Array.isArray(v) ? v.join(' ') : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const r of records) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
