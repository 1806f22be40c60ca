import { dotted } from './format.ts';
import type { CompiledIndex, IndexTerm } from './model.ts';

/**
 * The index is older than the code sets, so each reference is checked against the year: a
 * code that still exists (as a code or as a header whose subdivisions now carry the detail) is
 * kept, written with its dot; a trailing "-" (more characters needed) leaves the header; a
 * code the year does not have is dropped, never suggested.
 */
export function resolveIndexTerms(index: CompiledIndex, exists: (undottedCode: string) => boolean): IndexTerm[] {
  const out: IndexTerm[] = [];
  for (const [term, raw, nemod] of index.terms) {
    const code = raw.replace(/[.-]+$/, '').replace(/\./g, '');
    if (!exists(code)) continue;
    out.push(nemod ? { term, code: dotted(code), nemod } : { term, code: dotted(code) });
  }
  return out;
}
