import { tokenize } from '../text/tokens.ts';
import type { StatementHit } from './statement.ts';

/**
 * ICD-10-CM I.B (code to the highest degree of specificity documented): a condition at "unspecified
 * site" beside a code of the same statement that names the condition at a site ("Primary
 * osteoarthritis, right knee": M17.11, not also M19.91) is that code's words, not a second code.
 */
export function withoutUnspecifiedSite(hits: StatementHit[]): StatementHit[] {
  return hits.filter((h) => {
    if (!/,? unspecified site$/i.test(h.title)) return true;
    const words = tokenize(h.title.replace(/,? unspecified site$/i, '')).map((t) => t.stem);
    return !hits.some((o) => o !== h && !/\bunspecified\b/i.test(o.title) && words.every((w) => tokenize(o.title).some((t) => t.stem === w)));
  });
}
