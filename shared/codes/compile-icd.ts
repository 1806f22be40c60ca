import { fiscalYearEnd, fiscalYearStart } from './fiscal-year.ts';
import type { CompiledIcdYear, IcdEntry } from './model.ts';

export function compileIcdYear(year: string, entries: IcdEntry[], source: string): CompiledIcdYear {
  return {
    format: 1,
    system: 'icd10cm',
    year,
    effectiveFrom: fiscalYearStart(year),
    effectiveTo: fiscalYearEnd(year),
    source,
    entries: entries.map((e) => [e.code, e.billable ? 1 : 0, e.title]),
  };
}
