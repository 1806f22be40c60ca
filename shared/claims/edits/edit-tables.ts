/**
 * NCCI PTP, MUE and add-on code edits, loaded from CMS's own file formats (CONTRACTS §4).
 * Empty tables mean "no edits imported": the rules that need them stay silent.
 */
export interface PtpEdit {
  column1: string;
  column2: string;
  effective: string;       // YYYY-MM-DD
  deletion: string | null; // YYYY-MM-DD, exclusive; null when none
  modifierIndicator: '0' | '1' | '9';
  source: string;          // "ptp.txt row 12"
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
  /** PTP rows whose column-2 code is `column2` and column-1 code is `column1`. */
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
