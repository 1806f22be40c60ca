import type { CodeSets, YearView } from './code-sets.ts';

export type { YearView } from './code-sets.ts';

/** Code sets as an engine may be handed them: the class, or a test's stand-in with only some methods. */
type Maybe = Partial<Pick<CodeSets, 'forDate' | 'base'>> & { dateOfService?: string };

/**
 * The code sets for one date of service, the year resolved once (see `CodeSets.forDate`); a view
 * already made for that date is itself. A stand-in without views (tests) answers for itself.
 */
export function yearView(codeSets: CodeSets, dateOfService?: string): CodeSets {
  const cs = codeSets as Maybe;
  if (isYearView(codeSets) && (dateOfService === undefined || dateOfService === codeSets.dateOfService)) return codeSets;
  return typeof cs.forDate === 'function' ? cs.forDate(dateOfService) : codeSets;
}

export function isYearView(codeSets: CodeSets): codeSets is YearView {
  return typeof (codeSets as Maybe).dateOfService === 'string';
}

/** What caches shared by every note key on: the code sets a view was made from (a stand-in: itself). */
export function baseOf(codeSets: CodeSets): CodeSets {
  return (codeSets as Maybe).base ?? codeSets;
}
