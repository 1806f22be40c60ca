import type { CompiledIcdYear, PackedIcd } from './model.ts';
import { packIcdYears } from './pack-icd.ts';
import { sortedIndexOf } from './sorted.ts';

export type IcdYearMeta = Omit<PackedIcd['years'][number], 'status' | 'revised'>;

/**
 * Every ICD-10-CM year over one shared, sorted code list: a lookup is a binary search plus one
 * character of the year's status string. Loading only splits two strings; titles that extend
 * their parent's are expanded when first read, and per-year entry lists when first asked for.
 */
export class IcdStore {
  readonly years: IcdYearMeta[];
  private readonly codes: string[];
  private readonly titles: string[];
  private readonly order: number[];
  private readonly status: string[];
  private readonly revised: Record<string, string>[];
  private readonly entryCache = new Map<number, CompiledIcdYear['entries']>();

  static fromYears(years: CompiledIcdYear[]): IcdStore {
    return new IcdStore(packIcdYears(years));
  }

  constructor(packed: PackedIcd) {
    this.codes = packed.codes ? packed.codes.split(' ') : [];
    this.titles = packed.titles.split('\n');
    this.order = packed.order;
    const sorted = [...packed.years].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    this.years = sorted.map(({ status: _s, revised: _r, ...meta }) => meta);
    this.status = sorted.map((y) => y.status);
    this.revised = sorted.map((y) => y.revised);
  }

  /** [billable, title] of the code (undotted) in year `y` (index into `years`), or null if absent. */
  get(y: number, code: string): [0 | 1, string] | null {
    const i = this.find(code);
    if (i < 0) return null;
    const s = this.status[y]!.charCodeAt(i) - 48;
    if (s <= 0) return null;
    return [s === 2 ? 1 : 0, this.revised[y]![i] ?? this.title(i)];
  }

  has(y: number, code: string): boolean {
    const i = this.find(code);
    return i >= 0 && this.status[y]!.charCodeAt(i) > 48;
  }

  /** The year's entries in tabular order. */
  entries(y: number): CompiledIcdYear['entries'] {
    let out = this.entryCache.get(y);
    if (!out) {
      out = [];
      const status = this.status[y]!;
      for (let r = 0; r + 1 < this.order.length; r += 2) {
        for (let i = this.order[r]!, end = i + this.order[r + 1]!; i < end; i++) {
          const s = status.charCodeAt(i) - 48;
          if (s > 0) out.push([this.codes[i]!, s === 2 ? 1 : 0, this.revised[y]![i] ?? this.title(i)]);
        }
      }
      this.entryCache.set(y, out);
    }
    return out;
  }

  /** The year's entries whose code starts with `prefix` (undotted), in code order: a category without decoding the year. */
  under(y: number, prefix: string): CompiledIcdYear['entries'] {
    const out: CompiledIcdYear['entries'] = [];
    const status = this.status[y]!;
    let lo = 0,
      hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.codes[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.codes.length && this.codes[i]!.startsWith(prefix); i++) {
      const s = status.charCodeAt(i) - 48;
      if (s > 0) out.push([this.codes[i]!, s === 2 ? 1 : 0, this.revised[y]![i] ?? this.title(i)]);
    }
    return out;
  }

  private title(i: number): string {
    const t = this.titles[i]!;
    if (t.charCodeAt(0) !== 1) return t;
    const p = this.find(this.codes[i]!.slice(0, -1));
    const full = (p >= 0 ? this.title(p) : '') + t.slice(1);
    this.titles[i] = full;
    return full;
  }

  private find(code: string): number {
    return sortedIndexOf(this.codes, code);
  }
}
