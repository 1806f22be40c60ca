import type { CodeSets } from '../../codes/code-sets.ts';
import { baseOf } from '../../codes/year-view.ts';
import { firstKey } from './first-key.ts';
import { indexTree } from './index-source.ts';
import { ordinals } from './injury-words.ts';

const cache = new WeakMap<CodeSets, Set<string>>();

/**
 * Words that name a condition: the words of every Alphabetic Index main term that carries a code
 * of its own ("Anxiety F41.9", "Pain R52", "Calculus, calculous"). The Index is arranged by
 * condition (ICD-10-CM I.B.1, and the Index's own "Lip - see condition", "Breast - see also
 * condition"), so a site or modifier ("breast", "eye", "cystic", "blood") is not one: a title
 * such as "Disorder of breast, unspecified" is not reached by the site alone.
 * Null when the code sets have no such index (then nothing is gated).
 */
export function conditionKeys(codeSets: CodeSets, dos: string | undefined): Set<string> | null {
  let keys = cache.get(baseOf(codeSets));
  if (keys) return keys;
  const tree = indexTree(codeSets);
  keys = new Set<string>();
  if (tree) {
    const seen = new Set<number>();
    for (let r = 0; r < tree.refs; r++) {
      const node = tree.refNode(r);
      if (tree.parent(node) >= 0 || seen.has(node)) continue;
      seen.add(node);
      addHead(keys, tree.title(node));
    }
  } else {
    const terms = typeof codeSets.indexTerms === 'function' ? codeSets.indexTerms(dos) : [];
    if (terms.length === 0) return null;
    // Resolved paths: a main term's own code is a path without a subterm.
    for (const t of terms) if (!t.term.includes(', ')) addHead(keys, t.term);
  }
  // An index whose main terms carry no code of their own (a test's few paths) says nothing about which words are conditions.
  if (keys.size === 0) return null;
  cache.set(baseOf(codeSets), keys);
  return keys;
}

const sides = new Set(['right', 'left', 'bilateral', 'unilateral']);

/**
 * A main term's head word and the forms it lists beside it ("Calculus, calculous", "Hernia,
 * hernial"): "Caked breast" names caking, not the breast.
 */
function addHead(keys: Set<string>, title: string): void {
  const pieces = title.split(', ');
  const head = firstKey(pieces[0]!);
  // A side opens a few main terms ("Right middle lobe syndrome") but is an axis of a code (I.B.13), never a condition;
  // so is an ordinal, named with its noun ("fifth disease"), never alone ("5th and 6th rib fractures").
  if (!head || sides.has(head) || ordinals.includes(head)) return;
  keys.add(head);
  for (const p of pieces.slice(1)) {
    const k = firstKey(p);
    if (k && k.slice(0, 5) === head.slice(0, 5)) keys.add(k);
  }
}

/** The condition words a shipped matcher pack carries for these code sets (read at build time). */
export function shipConditionKeys(codeSets: CodeSets, keys: Set<string>): void {
  if (!cache.has(baseOf(codeSets))) cache.set(baseOf(codeSets), keys);
}
