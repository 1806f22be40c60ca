import { CodeSets } from '../../shared/codes/code-sets.ts';
import type { CompiledIcdYear, CompiledIndex, CompiledTabular } from '../../shared/codes/model.ts';
import { packMatcher } from '../../shared/coding/matcher/matcher-pack.ts';
import { buildTitleIndex, optionalWords } from '../../shared/coding/matcher/title-index.ts';

/**
 * The coding engine's matcher for each year, built once here instead of on every cold start
 * (tokenizing ~75k titles and grouping ~140k index entries costs a service worker ~0.5 s).
 * The engine re-checks a pack on restore and rebuilds when it no longer fits (matcher-pack.ts).
 */
export function buildMatcherPacks(
  years: CompiledIcdYear[],
  index: CompiledIndex | undefined,
  tabular: CompiledTabular | undefined,
): { year: string; file: string; bytes: Uint8Array }[] {
  // The matcher reads titles, index paths and inclusion terms: the rest of the code sets is not needed here.
  const codeSets = new CodeSets(years, { ...(index && { index }), ...(tabular && { tabular }) });
  return years.map((y) => ({
    year: y.year,
    file: `matcher-${y.year}.bin`,
    bytes: packMatcher(codeSets, y.effectiveFrom, buildTitleIndex(codeSets, y.effectiveFrom), optionalWords),
  }));
}
