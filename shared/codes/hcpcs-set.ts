import { todayIso } from './fiscal-year.ts';
import type { CompiledHcpcs, HcpcsHit } from './model.ts';

interface Quarter {
  meta: CompiledHcpcs;
  byCode: Map<string, number>;
  modifiers: Map<string, string>;
}

/** The newest release in effect on the date (the oldest when the date precedes them all); releases sorted by start. */
export function quarterIn<Q>(sorted: Q[], startOf: (q: Q) => string, dateOfService?: string): Q | undefined {
  const date = dateOfService ?? todayIso();
  let pick = sorted[0];
  for (const q of sorted) if (startOf(q) <= date) pick = q;
  return pick;
}

/** "20201231" -> "2020-12-31" */
const iso = (d: string): string | undefined => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined);

/**
 * HCPCS Level II by date of service: the newest quarterly release in effect on the date, then
 * each code's own added and termination dates (a quarter file keeps terminated codes).
 */
export class HcpcsSet {
  private readonly quarters: Quarter[];
  private readonly byYear: Map<string, Quarter>;

  constructor(releases: CompiledHcpcs[]) {
    this.quarters = [...releases]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .map((meta) => ({
        meta,
        byCode: new Map(meta.codes.map((c, i) => [c[0], i])),
        modifiers: new Map(meta.modifiers),
      }));
    this.byYear = new Map(this.quarters.map((q) => [q.meta.year, q]));
  }

  get years(): string[] {
    return this.quarters.map((q) => q.meta.year);
  }

  quarterFor(dateOfService?: string): Quarter | undefined {
    return quarterIn(this.quarters, (q) => q.meta.effectiveFrom, dateOfService);
  }

  /** `quarter`: the release already chosen for the date (a year view's), so the date is not resolved again. */
  lookup(code: string, dateOfService?: string, quarter?: string): HcpcsHit | null {
    const q = (quarter !== undefined && this.byYear.get(quarter)) || this.quarterFor(dateOfService);
    const i = q?.byCode.get(code.trim().toUpperCase());
    if (!q || i === undefined) return null;
    const [c, title, short, added, term] = q.meta.codes[i]!;
    const effective = iso(added);
    const termination = iso(term);
    const date = dateOfService ?? todayIso();
    if ((effective && date < effective) || (termination && date > termination)) return null;
    return { system: 'HCPCS', code: c, title, short, ...(effective && { effective }), ...(termination && { termination }), year: q.meta.year };
  }

  modifier(code: string): { code: string; title: string } | null {
    const c = code.trim().toUpperCase();
    for (let i = this.quarters.length - 1; i >= 0; i--) {
      const title = this.quarters[i]!.modifiers.get(c);
      if (title !== undefined) return { code: c, title };
    }
    return null;
  }

  stats(): { year: string; codes: number; modifiers: number }[] {
    return this.quarters.map(({ meta }) => ({ year: meta.year, codes: meta.codes.length, modifiers: meta.modifiers.length }));
  }

  /** Every code of every quarter (newest title wins), for search; validity is checked per hit. */
  *allCodes(): Generator<[string, string]> {
    const seen = new Set<string>();
    for (let i = this.quarters.length - 1; i >= 0; i--) {
      for (const [c, title] of this.quarters[i]!.meta.codes) {
        if (seen.has(c)) continue;
        seen.add(c);
        yield [c, title];
      }
    }
  }
}
