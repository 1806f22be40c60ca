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
  year: string; // "FY2026"
  effectiveFrom: string; // "2025-10-01", inclusive
  effectiveTo: string; // "2026-09-30", inclusive
  source: string; // file it was compiled from
  /** [code without dot, 1 if billable else 0, long title] in tabular order. */
  entries: [string, 0 | 1, string][];
}

/** Bumped when the artifacts change shape, so `codes build --if-needed` rebuilds an old index. */
export const MANIFEST_FORMAT = 5;

export interface CodeSetManifest {
  format: number;
  builtAt: string;
  icd10cm: { year: string; file: string; entries: number; billable: number }[];
  hcpcs: { year: string; file: string; codes: number; modifiers: number; effectiveFrom: string }[];
  /** Tabular notes (one release, applied to every year's codes that still exist). */
  tabular?: { version: string; file: string; codes: number };
  /** The Alphabetic Index (main, external cause, neoplasm and drug tables merged) as a binary tree (index-tree.ts). */
  index?: { version: string; file: string; terms: number };
  mce?: { version: string; file: string };
  /** The coding engine's matcher per ICD-10-CM year, built from the files above (binary). */
  matchers?: { year: string; file: string }[];
  /** Shorthand the coding engine expands, chosen from the shared lexicon's medical-abbreviations list. */
  abbreviations?: { file: string; entries: number; source: string };
}

/** Shorthand chosen from the medical-abbreviations list (abbreviation-list.ts says how). */
export interface CompiledShorthand {
  /** One meaning: always expanded. */
  expand: Record<string, string>;
  /** Several meanings, or two letters: expanded only where the statement decides (resolve-shorthand.ts). */
  inContext: Record<string, string[]>;
}

export interface IcdHit {
  system: 'ICD-10-CM';
  code: string; // with its dot
  title: string;
  billable: boolean;
  year: string;
}

/** Medicare Code Editor age categories (ages in years, inclusive). */
export type MceAge = 'newborn' | 'pediatric' | 'maternity' | 'adult';

/** A code named in an instructional note: `E10.-` gives subdivisions, `E08-E13` a range. */
export interface CodeRef {
  code: string; // dotted, without the trailing "-"; first code of a range
  range?: string; // last code of a range, dotted
  subdivisions: boolean;
  text: string; // the whole note
}

export interface IcdNotes {
  inclusionTerms: string[];
  includes: string[];
  excludes1: CodeRef[];
  excludes2: CodeRef[];
  codeFirst: CodeRef[];
  /** A "Code first" note reaches the code, with or without codes of its own ("Code first underlying disease"). */
  underlying?: boolean;
  useAdditional: CodeRef[];
  codeAlso: CodeRef[];
  sevenChr: { char: string; title: string }[];
}

export interface HcpcsHit {
  system: 'HCPCS';
  code: string;
  title: string;
  short: string;
  effective?: string; // YYYY-MM-DD the code was added
  termination?: string; // YYYY-MM-DD last valid date
  year: string; // quarter release, "2026-Q1"
}

export interface SearchHit {
  system: 'ICD-10-CM' | 'HCPCS';
  code: string;
  title: string;
  score: number;
  matched: string;
}

export interface IndexTerm {
  term: string;
  code: string;
  nemod?: string;
}

/** Notes kinds as stored: one note text per item, with code refs parsed at load time. */
export type NoteKind = 'inclusionTerms' | 'includes' | 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditional' | 'codeAlso';

/** Compiled tabular notes: code (undotted) -> notes given at that node of the tabular. */
export interface CompiledTabular {
  format: 1;
  version: string;
  source: string;
  notes: Record<string, Partial<Record<NoteKind, string[]>> & { sevenChr?: [string, string][] }>;
}

/** The Alphabetic Index as a tree: paths are rebuilt on use, so shared prefixes are stored once. */
export interface CompiledIndex {
  format: 2;
  version: string;
  source: string;
  titles: string[]; // one per term (main terms and subterms)
  parents: number[]; // parent term, -1 for a main term
  nemods: Record<string, string>; // term -> its nonessential modifiers
  /** Flat pairs: term, code as written (dotted, maybe ending in "-"); "see" targets included. */
  refs: (number | string)[];
}

export interface CompiledHcpcs {
  format: 1;
  year: string; // "2026-Q1"
  effectiveFrom: string; // first day of the quarter
  source: string;
  /** [code, long title, short title, added YYYYMMDD or "", termination YYYYMMDD or ""]. */
  codes: [string, string, string, string, string][];
  modifiers: [string, string][];
}

export interface CompiledMce {
  format: 1;
  version: string;
  source: string;
  ageRanges: Record<MceAge, { min: number; max: number }>;
  /** Undotted codes per list. */
  lists: { manifestation: string[]; unacceptableFirst: string[] } & Record<MceAge, string[]>;
}

/** All ICD-10-CM years in one file; see pack-icd.ts. */
export interface PackedIcd {
  format: 2;
  system: 'icd10cm';
  codes: string; // union of every year's codes (no dots), sorted, space separated
  titles: string; // one per code, "\n" separated; "\u0001rest" = parent's title + rest
  order: number[]; // tabular order as [start, length] runs of positions into `codes`
  years: (Omit<CompiledIcdYear, 'entries'> & {
    entries: number;
    billable: number;
    status: string; // per code: 0 absent, 1 header, 2 billable
    revised: Record<string, string>; // code index -> this year's title where it differs
  })[];
}
