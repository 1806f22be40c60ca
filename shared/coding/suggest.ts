import type { ClinicalDocument, SuggestResult, Suggestion, Suppressed } from '../contracts/suggestion.ts';
import type { CodeSets } from '../codes/code-sets.ts';
import { findingContext } from './context.ts';
import { findConcepts } from './lexicon.ts';

/**
 * Text -> suggestions. Every suggestion carries the exact span it came from; every finding the
 * context says must not be coded goes to `suppressed` with its reason.
 */
export function suggest(doc: ClinicalDocument, codeSets: CodeSets): SuggestResult {
  const dos = doc.dateOfService;
  const suggestions = new Map<string, Suggestion>();
  const suppressed: Suppressed[] = [];
  for (const hit of findConcepts(doc.text)) {
    const entry = codeSets.icd(hit.code, dos);
    if (!entry) continue; // never suggest a code the year in effect does not have
    const evidence = { start: hit.start, end: hit.end, text: doc.text.slice(hit.start, hit.end) };
    const ctx = findingContext(doc.text, hit.start, hit.end, doc.setting);
    if (ctx) {
      suppressed.push({ system: 'ICD-10-CM', code: entry.code, reason: ctx.reason, evidence: [evidence], why: ctx.why });
      continue;
    }
    const existing = suggestions.get(entry.code);
    if (existing) {
      existing.evidence.push(evidence);
      continue;
    }
    suggestions.set(entry.code, {
      system: 'ICD-10-CM', code: entry.code, title: entry.title, recommended: true,
      confidence: 0.8, first: false, evidence: [evidence], why: [hit.why],
    });
  }
  const list = [...suggestions.values()];
  if (list[0]) list[0].first = true;
  return {
    codeSet: { icd10cm: codeSets.icdYearFor(dos) ?? 'none', hcpcs: 'none', cpt: 'none' },
    suggestions: list,
    suppressed: suppressed.filter((s) => !suggestions.has(s.code)),
    queries: [],
  };
}
