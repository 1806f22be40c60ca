import { icdFiscalYear, todayIso } from './fiscal-year.ts';
import { dotted, undotted } from './format.ts';
import { HcpcsSet, quarterIn } from './hcpcs-set.ts';
import { IcdStore, type IcdYearMeta } from './icd-store.ts';
import { readIndexTree, treeOfCompiled, type IndexTree } from './index-tree.ts';
import { resolveIndexTerms } from './index-terms.ts';
import { MceSet } from './mce-set.ts';
import type {
  CodeRef,
  CompiledHcpcs,
  CompiledIcdYear,
  CompiledIndex,
  CompiledMce,
  CompiledShorthand,
  CompiledTabular,
  HcpcsHit,
  IcdHit,
  IcdNotes,
  IndexTerm,
  MceAge,
  SearchHit,
} from './model.ts';
import { refNames } from './note-refs.ts';
import { searchDocs } from './search-docs.ts';
import { SearchIndex } from './search-index.ts';
import { emptyNotes, TabularNotes } from './tabular-notes.ts';

interface IcdYear {
  meta: IcdYearMeta;
  y: number; // position in the store
  indexTerms?: IndexTerm[];
  mainTerm?: boolean[];
  search?: SearchIndex;
}

/** The listed shorthand as the engine looks it up (see CompiledShorthand). */
export interface Shorthand {
  expand: ReadonlyMap<string, string>;
  inContext: ReadonlyMap<string, string[]>;
}

/** A value, or a function giving it on first use (the loader defers JSON.parse this way). */
export type Lazy<T> = T | (() => T);

/** The optional code sets beside ICD-10-CM; each missing one makes its methods answer "nothing". */
export interface CodeSetExtras {
  tabular?: Lazy<CompiledTabular>;
  /** The index as parsed from XML (fixtures and tests hand it in directly). */
  index?: Lazy<CompiledIndex>;
  /** The index as `codes build` ships it: a binary tree read term by term (index-tree.ts). */
  indexTree?: Lazy<Uint8Array>;
  hcpcs?: Lazy<CompiledHcpcs[]>;
  /** The HCPCS releases' years and start dates (from the manifest): which release applies, without parsing one. */
  hcpcsQuarters?: { year: string; effectiveFrom: string }[];
  mce?: Lazy<CompiledMce>;
  /** Per ICD-10-CM year, the coding engine's matcher built with the index (opaque bytes here). */
  matchers?: Record<string, Lazy<Uint8Array>>;
  /** Shorthand and meanings, chosen at build time from the shared lexicon's medical-abbreviations list. */
  abbreviations?: Lazy<CompiledShorthand>;
}

/** What a year view answers from: its date, the ICD-10-CM year in effect on it, and (on first HCPCS use) the quarter. */
interface Pinned {
  base: CodeSets;
  date: string;
  year: IcdYear | undefined;
  quarter?: string | null;
}

/**
 * The code sets as seen from one date of service (`CodeSets.forDate`): the year is resolved
 * once, and every lookup answers from it whatever date it is handed, so the engine can keep
 * passing dates down. Usable wherever `CodeSets` is.
 */
export interface YearView extends CodeSets {
  readonly dateOfService: string;
}

function once<T, R>(value: Lazy<T> | undefined, make: (v: T | undefined) => R): () => R {
  let made: { r: R } | undefined;
  return () => (made ??= { r: make(typeof value === 'function' ? (value as () => T)() : value) }).r;
}

/**
 * The code sets the engines ask: every lookup takes a date of service and answers from the
 * year in effect on it (today when none is given). Pure: the caller loads the compiled
 * artifacts (Node reads files, the extension fetches them) and hands them in. Derived
 * structures (search index, index terms per year) are built on first use. A note's engine
 * works on `forDate(dateOfService)`, which resolves the year once for all its lookups.
 */
export class CodeSets {
  private readonly years: IcdYear[];
  private readonly store: IcdStore;
  // Built on first use so a cold start pays only for ICD-10-CM lookups.
  private readonly notesOf: () => TabularNotes | undefined;
  private readonly hcpcsOf: () => HcpcsSet;
  private readonly hcpcsQuarters?: { year: string; effectiveFrom: string }[];
  private readonly mceOf: () => MceSet;
  private readonly treeOf: () => IndexTree | undefined;
  private readonly matchersOf: Map<string, () => Uint8Array | undefined>;
  private readonly abbreviationsOf: () => Shorthand;
  private hcpcsOnly?: SearchIndex;
  /** Set on a year view only (its own property; the view reads everything else from its base). */
  private pinned?: Pinned;

  /** Takes the years as compiled one by one (tests, fixtures) or the packed store the loader reads. */
  constructor(icd: CompiledIcdYear[] | IcdStore, extras: CodeSetExtras = {}) {
    this.store = icd instanceof IcdStore ? icd : IcdStore.fromYears(icd);
    this.years = this.store.years.map((meta, y) => ({ meta, y }));
    this.notesOf = once(extras.tabular, (t) => (t ? new TabularNotes(t) : undefined));
    this.hcpcsOf = once(extras.hcpcs, (h) => new HcpcsSet(h ?? []));
    this.hcpcsQuarters = extras.hcpcsQuarters && [...extras.hcpcsQuarters].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    this.mceOf = once(extras.mce, (m) => new MceSet(m));
    const parsed = once(extras.index, (ix) => (ix ? treeOfCompiled(ix) : undefined));
    this.treeOf = once(extras.indexTree, (b) => (b && readIndexTree(b)) ?? parsed());
    this.matchersOf = new Map(Object.entries(extras.matchers ?? {}).map(([year, m]) => [year, once(m, (b) => b)]));
    this.abbreviationsOf = once(extras.abbreviations, (a) => ({
      expand: new Map(Object.entries(a?.expand ?? {})),
      inContext: new Map(Object.entries(a?.inContext ?? {})),
    }));
  }

  /** The listed shorthand the engine expands (empty when the build found no lexicon). */
  abbreviations(): Shorthand {
    return this.abbreviationsOf();
  }

  /**
   * The view for one date of service (today when none): the ICD-10-CM year is resolved here and
   * the HCPCS quarter on first use, once each. It shares this instance's data and caches (and
   * any property a test overrode on it), so making one per note costs two objects.
   */
  forDate(dateOfService?: string): YearView {
    const base = this.base;
    const date = dateOfService ?? todayIso();
    const view = Object.create(base) as CodeSets;
    view.pinned = { base, date, year: base.pickYear(date) };
    return Object.assign(view, { dateOfService: date }) as YearView;
  }

  /** The code sets a view was made from (itself when not a view): what caches across notes key on. */
  get base(): CodeSets {
    return this.pinned?.base ?? this;
  }

  get icdYears(): string[] {
    return this.years.map((y) => y.meta.year);
  }

  /**
   * The year in effect on the date; outside every loaded year, the nearest one, so a
   * lookup never silently answers from nothing.
   */
  icdYearFor(dateOfService?: string): string | null {
    const y = this.yearOf(dateOfService);
    return y ? y.meta.year : null;
  }

  /** ICD-10-CM lookup with or without the dot; null when the code is not in that year. */
  icd(code: string, dateOfService?: string): IcdHit | null {
    const y = this.yearOf(dateOfService);
    if (!y) return null;
    const c = undotted(code);
    const hit = this.store.get(y.y, c);
    if (!hit) return null;
    return { system: 'ICD-10-CM', code: dotted(c), title: hit[1], billable: hit[0] === 1, year: y.meta.year };
  }

  /** Every code of the year (undotted), in tabular order: for matchers that index titles. */
  icdEntries(dateOfService?: string): CompiledIcdYear['entries'] {
    const y = this.yearOf(dateOfService);
    return y ? this.store.entries(y.y) : [];
  }

  /** The codes of the year under a category or subcategory (undotted prefix, "Z95"), in code order. */
  icdEntriesUnder(prefix: string, dateOfService?: string): CompiledIcdYear['entries'] {
    const y = this.yearOf(dateOfService);
    return y ? this.store.under(y.y, undotted(prefix)) : [];
  }

  icdStats(): { year: string; entries: number; billable: number }[] {
    return this.years.map(({ meta }) => ({ year: meta.year, entries: meta.entries, billable: meta.billable }));
  }

  /**
   * Tabular notes reaching the code (its own and those ICD-10-CM extends from its chapter,
   * section and ancestors). Empty for a code the year does not have: the tabular is older
   * than the code sets and must not bring back deleted codes.
   */
  icdNotes(code: string, dateOfService?: string): IcdNotes {
    const tabular = this.notesOf();
    if (!tabular || !this.icd(code, dateOfService)) return emptyNotes();
    return tabular.notes(code);
  }

  /** The code's own inclusion terms (none reach it from above): cheaper than `icdNotes` for matchers. */
  icdInclusionTerms(code: string, dateOfService?: string): string[] {
    const tabular = this.notesOf();
    if (!tabular || !this.icd(code, dateOfService)) return [];
    return tabular.compiled.notes[undotted(code)]?.inclusionTerms ?? [];
  }

  /** The Excludes1 note that forbids coding `a` with `b` (checked both ways), or null. */
  excludes1Conflict(a: string, b: string, dateOfService?: string): CodeRef | null {
    const tabular = this.notesOf();
    if (!tabular || !this.icd(a, dateOfService) || !this.icd(b, dateOfService)) return null;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const ref of tabular.excludes1(x)) if (refNames(ref, y)) return ref;
    }
    return null;
  }

  mce(code: string): { age?: MceAge; manifestation: boolean; unacceptableFirst: boolean } {
    return this.mceOf().lookup(code);
  }

  mceAgeRange(age: MceAge): { min: number; max: number } {
    return this.mceOf().ageRange(age);
  }

  hcpcs(code: string, dateOfService?: string): HcpcsHit | null {
    const p = this.pinned;
    return p ? this.hcpcsOf().lookup(code, p.date, CodeSets.quarterOf(p) ?? undefined) : this.hcpcsOf().lookup(code, dateOfService);
  }

  /** Every HCPCS Level II code with its newest title, for catalogues read from the file; whether a code is valid on a date is `hcpcs()`. */
  hcpcsTitles(): Iterable<[string, string]> {
    return this.hcpcsOf().allCodes();
  }

  hcpcsModifier(code: string): { code: string; title: string } | null {
    return this.hcpcsOf().modifier(code);
  }

  hcpcsStats(): { year: string; codes: number; modifiers: number }[] {
    return this.hcpcsOf().stats();
  }

  /** HCPCS quarter in effect on the date ("2026-Q1"), or null when none is loaded. */
  hcpcsYearFor(dateOfService?: string): string | null {
    const p = this.pinned;
    return p ? CodeSets.quarterOf(p) : this.pickQuarter(dateOfService);
  }

  /**
   * Ranked, typo-tolerant search over titles, inclusion terms and index paths. The ICD-10-CM
   * side is the year in effect; HCPCS codes are checked against their own dates per query, so
   * one search index serves every date of service in the year.
   */
  search(words: string, opts: { dos?: string; limit?: number; system?: 'ICD-10-CM' | 'HCPCS' } = {}): SearchHit[] {
    const limit = opts.limit ?? 10;
    const y = this.yearOf(opts.dos);
    let idx: SearchIndex;
    if (y) idx = y.search ??= this.buildSearch(y);
    else
      idx = this.hcpcsOnly ??= new SearchIndex(
        searchDocs({ entries: [], titleOf: () => undefined, inclusionTerms: [], indexTerms: [], mainTerm: [], hcpcs: this.hcpcsOf().allCodes() }),
      );
    const valid = (h: SearchHit): boolean => h.system !== 'HCPCS' || this.hcpcs(h.code, opts.dos) !== null;
    for (let ask = limit; ; ask *= 4) {
      const hits = idx.search(words, ask, opts.system);
      const kept = hits.filter(valid);
      if (kept.length >= limit || hits.length < ask) return kept.slice(0, limit);
    }
  }

  /** Alphabetic Index paths whose code exists in the year in effect (others dropped). */
  indexTerms(dateOfService?: string): IndexTerm[] {
    const y = this.yearOf(dateOfService);
    const index = this.treeOf();
    if (!y || !index) return [];
    if (!y.indexTerms) {
      y.mainTerm = [];
      y.indexTerms = resolveIndexTerms(index, (c) => this.store.has(y.y, c), y.mainTerm);
    }
    return y.indexTerms;
  }

  private buildSearch(y: IcdYear): SearchIndex {
    const indexTerms = this.indexTerms(y.meta.effectiveFrom);
    return new SearchIndex(
      searchDocs({
        entries: this.store.entries(y.y),
        titleOf: (c) => this.store.get(y.y, c)?.[1],
        inclusionTerms: this.notesOf()?.inclusionTerms() ?? [],
        indexTerms,
        mainTerm: y.mainTerm ?? [],
        hcpcs: this.hcpcsOf().allCodes(),
      }),
    );
  }

  /** The Alphabetic Index as a tree, for matchers that resolve only the entries a note needs. */
  indexTree(): IndexTree | undefined {
    return this.treeOf();
  }

  /** The matcher pack shipped for the year in effect, if any: the coding engine decides whether it still fits. */
  matcherPack(dateOfService?: string): Uint8Array | undefined {
    const year = this.icdYearFor(dateOfService);
    return year ? this.matchersOf.get(year)?.() : undefined;
  }

  // Engines look codes up thousands of times per note: the year for a date is remembered, and
  // "today" is re-read once a minute rather than per lookup.
  private readonly yearByDate = new Map<string, IcdYear | undefined>();
  private today = { until: 0, iso: '' };

  /** A view's own year, else the year for the date. */
  private yearOf(dateOfService?: string): IcdYear | undefined {
    return this.pinned ? this.pinned.year : this.pickYear(dateOfService);
  }

  /** A view's HCPCS quarter, resolved on first use (null, none loaded, is remembered too). */
  private static quarterOf(p: Pinned): string | null {
    if (p.quarter === undefined) p.quarter = p.base.pickQuarter(p.date);
    return p.quarter;
  }

  /** The one place a date picks the HCPCS quarter (its name): from the manifest when given, without parsing a release. */
  private pickQuarter(dateOfService?: string): string | null {
    if (this.hcpcsQuarters) return quarterIn(this.hcpcsQuarters, (q) => q.effectiveFrom, dateOfService)?.year ?? null;
    return this.hcpcsOf().quarterFor(dateOfService)?.meta.year ?? null;
  }

  /** The one place a date picks the ICD-10-CM year. */
  private pickYear(dateOfService?: string): IcdYear | undefined {
    if (this.years.length === 0) return undefined;
    let date = dateOfService;
    if (date === undefined) {
      const now = Date.now();
      if (now > this.today.until) this.today = { until: now + 60_000, iso: todayIso(new Date(now)) };
      date = this.today.iso;
    }
    if (this.yearByDate.has(date)) return this.yearByDate.get(date);
    const fy = icdFiscalYear(date);
    const year = this.years.find((y) => y.meta.year === fy) ?? (date < this.years[0]!.meta.effectiveFrom ? this.years[0] : this.years[this.years.length - 1]);
    if (this.yearByDate.size > 1000) this.yearByDate.clear();
    this.yearByDate.set(date, year);
    return year;
  }
}
