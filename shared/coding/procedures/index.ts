import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';

/** CPT and HCPCS suggestions (E/M level, documented procedures, drugs with units). */
export function procedures(_doc: ClinicalDocument, _codeSets: CodeSets, _icd: Suggestion[]): { suggestions: Suggestion[]; hcpcsYear: string } {
  return { suggestions: [], hcpcsYear: 'none' };
}
