/**
 * NCCI PTP, MUE and add-on code edits, loaded from CMS's own file formats (CONTRACTS §4).
 * Empty tables mean "no edits imported": the rules that need them stay silent.
 */
export interface PtpEdit {
  column1: string;
  column2: string;
  effective: string; // YYYY-MM-DD
  deletion: string | null; // YYYY-MM-DD, exclusive; null when none
  modifierIndicator: '0' | '1' | '9';
  source: string; // "ptp.txt row 12"
}

export interface MueEdit {
  code: string;
  value: number;
  indicator: '1' | '2' | '3';
  source: string;
}

export interface AddOnEdit {
  addOn: string;
  type: string;
  primary: string;
  effective: string;
  deletion: string | null;
  source: string;
}

export interface EditTables {
  /** PTP rows whose column-1 code is `column1` and column-2 code is `column2` (any dates). */
  ptp(column1: string, column2: string): PtpEdit[];
  mue(code: string): MueEdit | undefined;
  /** Add-on rows for an add-on code; empty when the code is not an add-on. */
  addOn(code: string): AddOnEdit[];
  /** Short description of what was loaded, for sources and messages. */
  readonly label: string;
}

export const noEdits: EditTables = {
  ptp: () => [],
  mue: () => undefined,
  addOn: () => [],
  label: 'no edit tables imported',
};

/** CONTRACTS §4: a row is in force on a date of service when effective <= date < deletion. */
export function inForce(row: { effective: string; deletion: string | null }, dos: string): boolean {
  return row.effective <= dos && (row.deletion === null || dos < row.deletion);
}

/** YYYYMMDD (CMS) -> YYYY-MM-DD; `*` or empty -> null; anything else -> undefined (bad cell). */
export function cmsDate(cell: string): string | null | undefined {
  const s = cell.trim();
  if (s === '' || s === '*') return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : undefined;
}
