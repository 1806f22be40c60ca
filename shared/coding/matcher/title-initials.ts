import type { CodeSets } from '../../codes/code-sets.ts';
import { baseOf } from '../../codes/year-view.ts';

/** Initials -> the one billable title they spell, per code-set year (null: several titles share them). */
const cache = new WeakMap<CodeSets, Map<string, Map<string, string | null>>>();

/** A title's words, hyphenated words split ("Relapsing-remitting multiple sclerosis" -> 4 words). */
const words = (title: string) => title.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w));

/**
 * ICD-10-CM issue #24 item 2 (a current-year code absent from the FY2017 Index is reached through its
 * own title): a capitalised shorthand that spells the initials of exactly one billable title of the
 * year, every word of it and nothing else ("RRMS": "Relapsing-remitting multiple sclerosis", G35.A
 * since FY2026), stands for that title. Shorthand the vocabulary already knows never gets here, and
 * initials two titles share name neither. Built on first need, once per year.
 */
export function titleOfInitials(codeSets: CodeSets, dos: string | undefined, shorthand: string): string | null {
  if (!/^[A-Z]{4,6}$/.test(shorthand)) return null;
  let years = cache.get(baseOf(codeSets));
  if (!years) cache.set(baseOf(codeSets), (years = new Map()));
  const year = codeSets.icdYearFor(dos) ?? '';
  let map = years.get(year);
  if (!map) {
    map = new Map();
    for (const [, billable, title] of codeSets.icdEntries(dos)) {
      if (!billable || title.includes(',')) continue;
      const w = words(title);
      if (w.length < 4 || w.length > 6) continue;
      const key = w.map((x) => x[0]!.toUpperCase()).join('');
      map.set(key, map.has(key) && map.get(key) !== title ? null : title);
    }
    years.set(year, map);
  }
  return map.get(shorthand) ?? null;
}
