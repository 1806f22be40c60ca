import { dotted, undotted } from './format.ts';
import type { CompiledIcdYear, IndexTerm } from './model.ts';
import type { SearchDoc } from './search-index.ts';

export interface YearSources {
  entries: CompiledIcdYear['entries'];
  titleOf: (undottedCode: string) => string | undefined; // undefined: not in the year
  inclusionTerms: Iterable<[string, string]>; // [undotted code, term]
  indexTerms: IndexTerm[];
  mainTerm: boolean[]; // per index term: a main term's own code
  hcpcs: Iterable<[string, string]>; // [code, title]
}

/**
 * What one year's search indexes: every title, the tabular inclusion terms of codes the year
 * has, the index paths valid in it, and the HCPCS titles. Boosts break ties between equally
 * matching texts: billable codes a shade ahead of their headers, a main term's own code (the
 * index's default, "Pneumonia" -> J18.9) ahead of everything, deeper index paths last.
 */
export function searchDocs(src: YearSources): SearchDoc[] {
  const docs: SearchDoc[] = src.entries.map(([c, billable, title]) => ({
    system: 'ICD-10-CM',
    code: dotted(c),
    title,
    text: title,
    boost: billable ? 1.1 : 1.05,
  }));
  for (const [c, term] of src.inclusionTerms) {
    const title = src.titleOf(c);
    if (title) docs.push({ system: 'ICD-10-CM', code: dotted(c), title, text: term, boost: 1 });
  }
  src.indexTerms.forEach((t, i) => {
    const title = src.titleOf(undotted(t.code));
    if (title) docs.push({ system: 'ICD-10-CM', code: t.code, title, text: t.term, boost: src.mainTerm[i] ? 1.25 : 0.9 });
  });
  for (const [code, title] of src.hcpcs) docs.push({ system: 'HCPCS', code, title, text: title, boost: 1 });
  return docs;
}
