import type { StatementHit } from './statement.ts';

/**
 * ICD-10-CM I.A.9.b and I.B: "Infection" alone is the Index's B99.9 "Unspecified infectious disease". Beside a code of
 * the same statement ("COVID-19 infection": U07.1; "HIV infection": B20; "Influenza A infection": J10.1) the word is
 * that condition's own, not an infection of unknown kind.
 */
export function withoutUnspecifiedInfection(hits: StatementHit[]): StatementHit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h) => h.code !== 'B999' || !hits.some((o) => o !== h && o.code !== 'B999'));
}
