import { dotted } from './format.ts';
import type { IndexTree } from './index-tree.ts';
import type { IndexTerm } from './model.ts';

/**
 * Index paths with their codes, checked against one year. The index is older than the code
 * sets: a code that still exists (as a code, or as a header whose subdivisions now carry the
 * detail) is kept with its dot; a trailing "-" (more characters needed) leaves the header;
 * a code the year does not have is dropped, never suggested. `mainTerm`, when given, is filled
 * with whether each row is a main term's own (default) code.
 */
export function resolveIndexTerms(index: IndexTree, exists: (undottedCode: string) => boolean, mainTerm?: boolean[]): IndexTerm[] {
  // Dense, pre-filled arrays: filling a sparse array out of order makes V8 fall back to a slow dictionary.
  const n = index.nodes;
  const paths = new Array<string>(n).fill('');
  const mods = new Array<string>(n).fill('');
  const done = new Uint8Array(n);
  const pathOf = (id: number): string => {
    if (!done[id]) {
      done[id] = 1;
      const p = index.parent(id);
      paths[id] = p < 0 ? index.title(id) : `${pathOf(p)}, ${index.title(id)}`;
      const own = index.nemod(id);
      const up = p < 0 ? '' : (pathOf(p), mods[p]!);
      mods[id] = own ? (up ? `${up} ${own}` : own) : up;
    }
    return paths[id]!;
  };
  const out: IndexTerm[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < index.refs; r++) {
    const id = index.refNode(r);
    const code = index
      .refCode(r)
      .replace(/[.-]+$/, '')
      .replace(/\./g, '');
    if (!exists(code)) continue;
    const term = pathOf(id);
    // The same term may reach a code twice (its own code and a see target): keep one row.
    const key = `${id} ${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const nemod = mods[id];
    mainTerm?.push(index.parent(id) < 0);
    out.push(nemod ? { term, code: dotted(code), nemod } : { term, code: dotted(code) });
  }
  return out;
}
