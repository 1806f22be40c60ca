import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { indexTree } from './index-source.ts';

/**
 * The Alphabetic Index tree with subterm lists and each term's first code, read once per tree for
 * navigation from main terms found by title. Integer arrays only: titles and codes are decoded
 * when a walk reads them (a cold start must not decode the whole index).
 */
export interface Tree {
  tree: IndexTree;
  kids(node: number): Int32Array;
  /** The term's first code as the Index writes it, or undefined. */
  code(node: number): string | undefined;
  /** Main terms with this exact title. */
  mains(title: string): number[];
}
const trees = new WeakMap<IndexTree, Tree>();

export function treeOf(codeSets: CodeSets): Tree | undefined {
  const tree = indexTree(codeSets);
  if (!tree) return undefined;
  let t = trees.get(tree);
  if (t) return t;
  const n = tree.nodes;
  // Subterms as one array with offsets per parent (index n stands for the main terms).
  const count = new Int32Array(n + 2);
  for (let id = 0; id < n; id++) {
    const p = tree.parent(id);
    count[(p < 0 ? n : p) + 1]!++;
  }
  for (let i = 1; i < n + 2; i++) count[i]! += count[i - 1]!;
  const at = count.slice();
  const list = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    const p = tree.parent(id);
    list[at[p < 0 ? n : p]!++] = id;
  }
  const firstRef = new Int32Array(n).fill(-1);
  for (let r = 0; r < tree.refs; r++) {
    const node = tree.refNode(r);
    if (firstRef[node]! < 0) firstRef[node] = r;
  }
  const kids = (node: number) => list.subarray(count[node]!, count[node + 1]!);
  let byTitle: Map<string, number[]> | undefined;
  const mains = (title: string) => {
    if (!byTitle) {
      byTitle = new Map();
      for (const id of kids(n)) {
        const k = tree.title(id);
        byTitle.set(k, [...(byTitle.get(k) ?? []), id]);
      }
    }
    return byTitle.get(title) ?? [];
  };
  t = { tree, kids, code: (node) => (firstRef[node]! < 0 ? undefined : tree.refCode(firstRef[node]!)), mains };
  trees.set(tree, t);
  return t;
}
