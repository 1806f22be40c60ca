/** One ICD-10-CM order-file entry; `code` is stored without its dot, as CMS ships it. */
export interface IcdEntry {
  code: string;
  billable: boolean;
  short: string;
  title: string;
}

/**
 * The compiled artifact for one ICD-10-CM fiscal year, as written by `chartside codes build`
 * and shipped inside the extension. Plain JSON so that Node and a cold MV3 service worker load
 * it with one JSON.parse.
 */
export interface CompiledIcdYear {
  format: 1;
  system: 'icd10cm';
  year: string;            // "FY2026"
  effectiveFrom: string;   // "2025-10-01", inclusive
  effectiveTo: string;     // "2026-09-30", inclusive
  source: string;          // file it was compiled from
  /** [code without dot, 1 if billable else 0, long title] in tabular order. */
  entries: [string, 0 | 1, string][];
}

export interface CodeSetManifest {
  format: 1;
  builtAt: string;
  icd10cm: { year: string; file: string; entries: number; billable: number }[];
  hcpcs: { year: string; file: string; codes: number; modifiers: number }[];
}

export interface IcdHit {
  system: 'ICD-10-CM';
  code: string;      // with its dot
  title: string;
  billable: boolean;
  year: string;
}
