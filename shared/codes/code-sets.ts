import { icdFiscalYear, todayIso } from './fiscal-year.ts';
import { dotted, undotted } from './format.ts';
import type { CompiledIcdYear, IcdHit } from './model.ts';

interface IcdYear {
  meta: CompiledIcdYear;
  byCode: Map<string, number>;
}

/**
 * The code sets the engines ask: every lookup takes a date of service and answers from the
 * year in effect on it (today when none is given). Pure: the caller loads the compiled
 * artifacts (Node reads files, the extension fetches them) and hands them in.
 */
export class CodeSets {
  private readonly years: IcdYear[];

  constructor(icdYears: CompiledIcdYear[]) {
    this.years = [...icdYears]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((meta) => ({ meta, byCode: new Map(meta.entries.map((e, i) => [e[0], i])) }));
  }

  get icdYears(): string[] {
    return this.years.map((y) => y.meta.year);
  }

  /**
   * The year in effect on the date; outside every loaded year, the nearest one, so a
   * lookup never silently answers from nothing.
   */
  icdYearFor(dateOfService?: string): string | null {
    const y = this.pickYear(dateOfService);
    return y ? y.meta.year : null;
  }

  /** ICD-10-CM lookup with or without the dot; null when the code is not in that year. */
  icd(code: string, dateOfService?: string): IcdHit | null {
    const y = this.pickYear(dateOfService);
    if (!y) return null;
    const i = y.byCode.get(undotted(code));
    if (i === undefined) return null;
    const [c, billable, title] = y.meta.entries[i]!;
    return { system: 'ICD-10-CM', code: dotted(c), title, billable: billable === 1, year: y.meta.year };
  }

  /** Every code of the year (undotted), in tabular order: for matchers that index titles. */
  icdEntries(dateOfService?: string): CompiledIcdYear['entries'] {
    return this.pickYear(dateOfService)?.meta.entries ?? [];
  }

  icdStats(): { year: string; entries: number; billable: number }[] {
    return this.years.map(({ meta }) => ({
      year: meta.year,
      entries: meta.entries.length,
      billable: meta.entries.reduce((n, e) => n + e[1], 0),
    }));
  }

  private pickYear(dateOfService?: string): IcdYear | undefined {
    if (this.years.length === 0) return undefined;
    const fy = icdFiscalYear(dateOfService ?? todayIso());
    const exact = this.years.find((y) => y.meta.year === fy);
    if (exact) return exact;
    const date = dateOfService ?? todayIso();
    return date < this.years[0]!.meta.effectiveFrom ? this.years[0] : this.years[this.years.length - 1];
  }
}
