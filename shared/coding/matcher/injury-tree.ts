import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { indexTree } from './index-source.ts';

/**
 * The Alphabetic Index tree with subterm lists and each term's first code, read once per tree for
 * navigation from main terms found by title.
 */
export interface Tree {
  tree: IndexTree;
  kids: Map<number, number[]>;
  codes: Map<number, string>;
  mains: Map<string, number[]>;
}
const trees = new WeakMap<IndexTree, Tree>();

export function treeOf(codeSets: CodeSets): Tree | undefined {
  const tree = indexTree(codeSets);
  if (!tree) return undefined;
  let t = trees.get(tree);
  if (t) return t;
  const kids = new Map<number, number[]>();
  const mains = new Map<string, number[]>();
  for (let n = 0; n < tree.nodes; n++) {
    const p = tree.parent(n);
    if (p < 0) {
      const title = tree.title(n);
      mains.set(title, [...(mains.get(title) ?? []), n]);
      continue;
    }
    let k = kids.get(p);
    if (!k) kids.set(p, (k = []));
    k.push(n);
  }
  const codes = new Map<number, string>();
  for (let r = 0; r < tree.refs; r++) if (!codes.has(tree.refNode(r))) codes.set(tree.refNode(r), tree.refCode(r));
  trees.set(tree, (t = { tree, kids, codes, mains }));
  return t;
}
