import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { organismWords } from './cause-clauses.ts';
import type { StatementHit } from './statement.ts';

/** Whether a statement names an organism the Tabular's B95-B97 agents name ("C. diff", "RSV": read as the lexicon spells them). */
export function namesOrganism(codeSets: CodeSets, dos: string | undefined, text: string, start: number, end: number): boolean {
  const organisms = organismWords(codeSets, dos);
  return expandTokens(text, start, end, codeSets.abbreviations?.().expand).some((t) => !t.neg && organisms.has(t.stem));
}

/**
 * ICD-10-CM I.A.9.b and I.B: "Infection" alone is the Index's B99.9 "Unspecified infectious disease". Beside a code of
 * the same statement ("COVID-19 infection": U07.1; "HIV infection": B20; "Influenza A infection": J10.1) the word is
 * that condition's own, not an infection of unknown kind.
 */
export function withoutUnspecifiedInfection(hits: StatementHit[], namesOrganism = false): StatementHit[] {
  // An organism named ("Clostridium difficile infection", "RSV infection") is no infection of unknown kind either: the
  // Index reads the infection by its organism ("Infection, Clostridium, difficile, ..."), never as B99.9.
  if (namesOrganism) return hits.filter((h) => h.code !== 'B999');
  if (hits.length < 2) return hits;
  return hits.filter((h) => h.code !== 'B999' || !hits.some((o) => o !== h && o.code !== 'B999'));
}
