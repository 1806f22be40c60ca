import type { CodeSets } from '../../codes/code-sets.ts';
import type { CompiledIndex } from '../../codes/model.ts';
import { firstKey } from './first-key.ts';

/** One Alphabetic Index path with its code, as the matcher reads it. */
export interface IndexPath { term: string; code: string; nemod?: string }

/** Index paths grouped by their first required word; a group's paths are produced on first ask. */
export interface IndexSource {
  keys(): Map<string, number[]>;
  paths(ids: number[]): IndexPath[];
}

/** An optional accessor for the raw Alphabetic Index tree (see the engine's report): lets groups resolve lazily. */
type WithTree = { alphabeticIndex?: () => CompiledIndex | undefined };

/**
 * With the raw tree, a cold start walks integer parent links only and resolves the paths of a
 * group (string joins, code checks against the year) when a note first names its main term;
 * without it, the code sets' fully resolved path list is grouped instead.
 */
export function indexSource(codeSets: CodeSets, dos: string | undefined): IndexSource {
  const tree = (codeSets as unknown as WithTree).alphabeticIndex?.();
  if (tree) return treeSource(codeSets, dos, tree);
  const terms: IndexPath[] = typeof codeSets.indexTerms === 'function' ? codeSets.indexTerms(dos) : [];
  return {
    keys: () => group(terms.length, (i) => firstKey(terms[i]!.term)),
    paths: (ids) => ids.map((i) => terms[i]!),
  };
}

function group(n: number, keyOf: (i: number) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = keyOf(i);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  return groups;
}

function treeSource(codeSets: CodeSets, dos: string | undefined, ix: CompiledIndex): IndexSource {
  const { titles, parents, refs, nemods } = ix;
  const pathOf = (id: number): string => (parents[id]! < 0 ? titles[id]! : `${pathOf(parents[id]!)}, ${titles[id]!}`);
  const modOf = (id: number): string => {
    const own = nemods[id] ?? '';
    const up = parents[id]! < 0 ? '' : modOf(parents[id]!);
    return own && up ? `${up} ${own}` : own || up;
  };
  // First required word along a node's path, memoized per node: a main term of stop words only
  // ("Disease, diseased") hands the key down to its subterms.
  // One forward pass when parents precede their subterms (as the compiler writes them): most
  // nodes inherit their main term's key without scanning their own title.
  let keyOf: (string | undefined)[] | undefined;
  const nodeKey = (id: number): string | undefined => {
    if (!keyOf) {
      keyOf = new Array<string | undefined>(titles.length).fill(undefined);
      for (let n = 0; n < titles.length; n++) {
        const p = parents[n]!;
        const up = p >= 0 ? (p < n ? keyOf[p] : slowKey(p)) : undefined;
        keyOf[n] = up ?? firstKey(titles[n]!);
      }
    }
    return keyOf[id];
  };
  const slowKey = (id: number): string | undefined => {
    const p = parents[id]!;
    return (p >= 0 ? slowKey(p) : undefined) ?? firstKey(titles[id]!);
  };
  const exists = new Map<string, boolean>();
  return {
    keys: () => group(refs.length >> 1, (r) => nodeKey(refs[2 * r] as number)),
    paths: (ids) => {
      const out: IndexPath[] = [];
      const seen = new Set<string>();
      for (const r of ids) {
        const id = refs[2 * r] as number;
        const code = (refs[2 * r + 1] as string).replace(/[.-]+$/, '').replace('.', '');
        let ok = exists.get(code);
        if (ok === undefined) exists.set(code, (ok = codeSets.icd(code, dos) !== null));
        if (!ok || seen.has(`${id} ${code}`)) continue;
        seen.add(`${id} ${code}`);
        const nemod = modOf(id);
        out.push(nemod ? { term: pathOf(id), code, nemod } : { term: pathOf(id), code });
      }
      return out;
    },
  };
}
