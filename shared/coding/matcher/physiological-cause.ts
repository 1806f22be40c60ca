import type { CodeSets } from '../../codes/code-sets.ts';
import { genericNouns, tokenize, type Token } from '../text/tokens.ts';
import { indexTree } from './index-source.ts';
import type { IndexTree } from '../../codes/index-tree.ts';

/** The Index's wording for any medical cause of a mental disorder (F01-F09 "due to known physiological conditions"). */
const anyCondition = /^(?:due to )?(?:general medical|known physiological) condition$/i;
const impliedWords: Token[] = tokenize('general medical known physiological condition').map((t) => ({ ...t, start: -1, end: -1 }));
const disordersOf = new WeakMap<IndexTree, string[][]>();

/**
 * Tabular F01-F09 and the Index subterms "due to general medical condition" / "due to known physiological
 * condition" (Delirium, due to, general medical condition F05; Disorder, anxiety, due to, general medical
 * condition F06.4): a note names the condition itself ("Delirium due to UTI"). When a statement's head says the
 * words of such a disorder and its stated cause names a condition, the subterm's words are implied (context
 * tokens, no place in the text); a cause the Index names on its own ("due to alcohol withdrawal" F10.231) still
 * reads more of the statement and wins.
 */
export function physiologicalCause(codeSets: CodeSets, head: Token[], cause: Token[], conditions: Set<string>): Token[] {
  const tree = indexTree(codeSets);
  if (!tree || !cause.some((t) => !t.neg && conditions.has(t.stem) && !genericNouns.has(t.stem))) return [];
  const said = new Set(head.filter((t) => !t.neg).map((t) => t.stem));
  return disorders(tree).some((words) => words.every((w) => said.has(w))) ? impliedWords : [];
}

/** The words of each Index path above such a subterm ("disorder anxiety", "delirium"). */
function disorders(tree: IndexTree): string[][] {
  let out = disordersOf.get(tree);
  if (out) return out;
  disordersOf.set(tree, (out = []));
  for (let n = 0; n < tree.nodes; n++) {
    if (!anyCondition.test(tree.title(n))) continue;
    const words: string[] = [];
    for (let p = tree.parent(n); p >= 0; p = tree.parent(p))
      if (tree.title(p) !== 'due to')
        words.push(
          ...tokenize(
            tree
              .title(p)
              .split(',')[0]!
              .replace(/\bdue to\b/i, ''),
          ).map((t) => t.stem),
        );
    if (words.length) out.push(words);
  }
  return out;
}
