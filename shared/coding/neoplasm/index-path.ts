import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { indexTree } from '../matcher/index-source.ts';
import { tokenize } from '../text/tokens.ts';

const roots = new WeakMap<IndexTree, Map<string, number>>();

/** A term's title as the Index cites it: main terms also by their first word ("History" for "History, family"). */
const keys = (title: string): string[] => [title.toLowerCase(), title.toLowerCase().split(',')[0]!.trim()];

/**
 * The codes of an Index path given by its terms' titles, each matched by its words before a
 * trailing NEC / NOS ("History", "family", "malignant neoplasm", "specified site"). Main terms are
 * read once per index (on first ask); subterms are looked up below their parent, which they follow.
 */
export function indexPathCodes(codeSets: CodeSets, path: string[]): string[] {
  const tree = indexTree(codeSets);
  const at = tree ? nodeAt(tree, path) : undefined;
  return tree && at !== undefined ? codesOf(tree, at) : [];
}

/**
 * Below an Index path, the subterm the statement's words name ("History, personal, malignant
 * neoplasm" + "bladder" -> Z85.51): every word of its own title said; the words of the subterms
 * above it count when said ("skin NEC, melanoma" for "melanoma"). Most words said wins, then fewest
 * unsaid above it. [] when no subterm is named.
 */
export function subtermCodes(codeSets: CodeSets, path: string[], said: Set<string>): string[] {
  const tree = indexTree(codeSets);
  const top = tree ? nodeAt(tree, path) : undefined;
  if (!tree || top === undefined) return [];
  const words = new Map<number, string[]>([[top, []]]);
  let best: { n: number; matched: number; missing: number } | undefined;
  for (let n = top + 1; n < tree.nodes; n++) {
    const p = tree.parent(n);
    if (!words.has(p)) break;
    const own = tokenize(tree.title(n))
      .map((t) => t.stem)
      .filter((w) => w !== 'nec' && w !== 'nos');
    words.set(n, own);
    if (own.length === 0 || !own.every((w) => said.has(w))) continue;
    let matched = own.length;
    let missing = 0;
    for (let a = p; a !== top; a = tree.parent(a)) for (const w of words.get(a)!) said.has(w) ? matched++ : missing++;
    if (codesOf(tree, n).length === 0) continue;
    if (!best || matched > best.matched || (matched === best.matched && missing < best.missing)) best = { n, matched, missing };
  }
  return best ? codesOf(tree, best.n) : [];
}

function nodeAt(tree: IndexTree, path: string[]): number | undefined {
  let m = roots.get(tree);
  if (!m) {
    m = new Map();
    for (let n = 0; n < tree.nodes; n++) if (tree.parent(n) < 0) for (const k of keys(tree.title(n))) if (!m.has(k)) m.set(k, n);
    roots.set(tree, m);
  }
  let at = m.get(path[0]!.toLowerCase());
  for (const part of path.slice(1)) {
    if (at === undefined) return undefined;
    const want = part.toLowerCase();
    let next: number | undefined;
    // Subterms follow their parent in the tree: scan its run until the run ends.
    for (let n = at + 1; n < tree.nodes && next === undefined; n++) {
      const p = tree.parent(n);
      if (p < at) break;
      if (
        p === at &&
        tree
          .title(n)
          .toLowerCase()
          .replace(/\s+(?:nec|nos)$/, '') === want
      )
        next = n;
    }
    at = next;
  }
  return at;
}

const codeMemo = new WeakMap<IndexTree, Map<number, string[]>>();

/** A term's codes (its references are found by one scan, then kept: a warm note pays a lookup). */
function codesOf(tree: IndexTree, at: number): string[] {
  let memo = codeMemo.get(tree);
  if (!memo) codeMemo.set(tree, (memo = new Map()));
  let out = memo.get(at);
  if (out) return out;
  out = [];
  for (let r = 0; r < tree.refs; r++) if (tree.refNode(r) === at) out.push(tree.refCode(r));
  memo.set(at, out);
  return out;
}
