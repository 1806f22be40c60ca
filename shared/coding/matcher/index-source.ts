import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { firstKey, secondKey } from './first-key.ts';
import { phraseTerm } from './phrase-term.ts';
import { tokenize } from '../text/tokens.ts';

/** One Alphabetic Index path with its code, as the matcher reads it (`node`: its tree term, when from a tree). */
export interface IndexPath {
  term: string;
  code: string;
  nemod?: string;
  node?: number;
}

/** Groups larger than this (Neoplasm: ~9k paths with the table) are split on their second word. */
export const splitAbove = 600;

/**
 * Index paths grouped by their first required word (ids are the source's own numbers); a
 * group's paths are produced on first ask. A big group is also split by its second word.
 */
export interface IndexSource {
  keys(): Map<string, ArrayLike<number>>;
  split(key: string, ids: ArrayLike<number>): Map<string, ArrayLike<number>>;
  paths(ids: ArrayLike<number>): IndexPath[];
}

/** Code sets without the tree method (test stand-ins) still offer resolved index terms. */
type MaybeTree = { indexTree?: () => IndexTree | undefined };

export function indexTree(codeSets: CodeSets): IndexTree | undefined {
  return (codeSets as unknown as MaybeTree).indexTree?.();
}

/**
 * With the tree, a cold start walks integer parent links only and resolves the paths of a group
 * (string joins, code checks against the year) when a note first names its main term; without
 * it, the code sets' fully resolved path list is grouped instead.
 */
export function indexSource(codeSets: CodeSets, dos: string | undefined): IndexSource {
  const tree = indexTree(codeSets);
  if (tree) return treeSource(codeSets, dos, tree);
  const terms: IndexPath[] = typeof codeSets.indexTerms === 'function' ? codeSets.indexTerms(dos) : [];
  return {
    keys: () => group(terms.length, (i) => firstKey(terms[i]!.term)),
    split: (key, ids) => splitBy(ids, (i) => secondKey(phraseTerm(terms[i]!.term), key)),
    paths: (ids) => Array.from(ids, (i) => terms[i]!),
  };
}

/** The group key of a tree node, walked without the memo (for a node listed before its parent). */
export function treeNodeKey(tree: IndexTree, id: number): string | undefined {
  const p = tree.parent(id);
  return (p >= 0 ? treeNodeKey(tree, p) : undefined) ?? firstKey(tree.title(id));
}

/** Nonessential modifiers along a node's path, main term first. */
export function treeNemod(tree: IndexTree, id: number): string {
  const own = tree.nemod(id);
  const p = tree.parent(id);
  const up = p < 0 ? '' : treeNemod(tree, p);
  return own && up ? `${up} ${own}` : own || up;
}

/** The full path of a tree node ("Diabetes, type 2, with, chronic kidney disease"). */
export function treePath(tree: IndexTree, id: number, leaf = true): string {
  const p = tree.parent(id);
  if (p < 0) return mainTermForms(tree.title(id));
  const up = treePath(tree, p, false);
  // "Pregnancy, complicated by, elderly, primigravida": the heading joins the pregnancy to what
  // complicates it, as "with" does (I.A.15); a note says "elderly primigravida", not the heading.
  // A subterm lists its forms as a main term does ("Herpes, genital, genitalis"): one of them names it.
  // "Carrier, streptococci, group B, complicating pregnancy or delivery": "complicating" is the same heading before the
  // state it complicates (I.C.15.a.1: a condition in a pregnancy complicates it unless the provider says otherwise).
  const title = impliedAsides(tree, id).replace(/^complicating (?=\S)/, '(complicating) ');
  return !leaf && tree.title(id) === 'complicated by' ? up : `${up}, ${mainTermForms(title)}`;
}

/**
 * I.A.7: a main term's nonessential modifiers ("Cirrhosis, cirrhotic (hepatic) (liver)") stay
 * nonessential where a subterm of another main term names it ("Varix, esophagus, in, cirrhosis of
 * liver"): "varices in cirrhosis" need not repeat "liver". The subterm's own main term is left as
 * it is ("Acidosis, metabolic, with respiratory acidosis" names a second acidosis).
 */
function impliedAsides(tree: IndexTree, id: number): string {
  const title = tree.title(id);
  const mods = mainTermModifiers(tree);
  let main = id;
  while (tree.parent(main) >= 0) main = tree.parent(main);
  const own = headWord(tree.title(main));
  const words: string[] = title.toLowerCase().match(/[a-z]+/g) ?? [];
  const implied = new Set(words.flatMap((w) => (w === own ? [] : [...(mods.get(w) ?? [])].filter((v) => v !== w && v !== own && words.includes(v)))));
  return implied.size === 0 ? title : title.replace(/[A-Za-z]+/g, (w) => (implied.has(w.toLowerCase()) ? `(${w})` : w));
}

const headWord = (title: string): string => title.split(',')[0]!.trim().toLowerCase();
const linkWords = new Set(['of', 'the', 'and', 'or', 'in', 'with', 'without', 'due', 'to', 'by', 'for', 'nos', 'nec']);
const modifiersOf = new WeakMap<IndexTree, Map<string, Set<string>>>();

/** Each one-word main term's nonessential modifiers ("cirrhosis" -> hepatic, liver). */
function mainTermModifiers(tree: IndexTree): Map<string, Set<string>> {
  let out = modifiersOf.get(tree);
  if (out) return out;
  modifiersOf.set(tree, (out = new Map()));
  for (let n = 0; n < tree.nodes; n++) {
    if (tree.parent(n) >= 0) continue;
    const head = headWord(tree.title(n));
    const words =
      (tree.nemod(n) ?? '')
        .toLowerCase()
        .match(/[a-z]+/g)
        ?.filter((w) => !linkWords.has(w)) ?? [];
    if (/^[a-z]+$/.test(head) && words.length) out.set(head, new Set([...(out.get(head) ?? []), ...words]));
  }
  return out;
}

/** Names joined by hyphens, then the kind of condition ("Budd-Chiari syndrome", "Guillain-Barré disease or syndrome"). */
const hyphenatedNames = /^((?:[A-Z][^\s,-]+-)+[A-Z][^\s,-]+) (disease|syndrome)(?: or (disease|syndrome))?$/;

/**
 * A main term lists its word forms beside it ("Ulcer, ulcerated, ulcerating, ulceration",
 * "Hernia, hernial", "Calculus, calculous"): any one of them names the term, so the forms are
 * written as asides ("Ulcer (ulcerated) (ulcerating) (ulceration)"), which a note need not say.
 * A piece that is no form of the head ("Fibroadenosis, breast") stays a word to match.
 */
export function mainTermForms(title: string): string {
  // A named condition listed with the other nouns it goes by ("Ménière's disease, syndrome or vertigo",
  // "Charcot-Marie-Tooth disease, paralysis or syndrome"), or names joined by hyphens and the kind of condition
  // ("Budd-Chiari syndrome", "Guillain-Barré disease or syndrome"): the name is the term, as notes say it
  // ("Guillain-Barre"), and the nouns are asides; a hyphenated name's parts are no words of their own
  // ("Wolff-Parkinson-White" is no Parkinson's disease: its three names outweigh one).
  const named = /^(.+) (disease|syndrome), ((?:[a-z]+, )*[a-z]+ or [a-z]+)$/.exec(title) ?? hyphenatedNames.exec(title);
  if (named) return `${named[1]}${[named[2]!, ...(named[3]?.split(/, | or /) ?? [])].map((w) => ` (${w})`).join('')}`;
  const { head, forms, others } = listedForms(title);
  if (forms.length === 0) return title;
  return [`${head}${forms.map((f) => ` (${f})`).join('')}`, ...others].join(', ');
}

function listedForms(title: string): { head: string; forms: string[]; others: string[] } {
  if (!title.includes(', ')) return { head: title, forms: [], others: [] };
  const [head, ...rest] = title.split(', ');
  const stem = head!.toLowerCase().slice(0, 4);
  // A hyphenated form counts too ("Alcohol, alcoholic, alcohol-induced").
  const forms = rest.filter((p) => /^[A-Za-z]+(?:-[A-Za-z]+)?$/.test(p) && p.toLowerCase().slice(0, 4) === stem);
  return { head: head!, forms, others: rest.filter((p) => !forms.includes(p)) };
}

const headsOf = new WeakMap<IndexTree, Map<string, string>>();

/**
 * The main term each listed adjectival form names ("degenerative" -> degeneration, "perforated" -> perforation):
 * a note saying the form ("lumbar degenerative disc disease") reaches the term's paths, whose head
 * word is required ("Degeneration, intervertebral disc NOS, lumbar region"). Noun forms ("infarction"
 * of Infarct) and other adjectives ("ischemic") are left out: paths already say them in those forms,
 * and a second word at the same place would let a further code reuse the first one's words.
 */
export function formHeads(tree: IndexTree): Map<string, string> {
  let out = headsOf.get(tree);
  if (out) return out;
  headsOf.set(tree, (out = new Map()));
  for (let n = 0; n < tree.nodes; n++) {
    if (tree.parent(n) >= 0) continue;
    const { head, forms } = listedForms(tree.title(n));
    const key = tokenize(head);
    if (key.length !== 1) continue;
    for (const f of forms) {
      if (!/(?:ed|ive)$/i.test(f)) continue;
      const form = tokenize(f);
      if (form.length === 1 && form[0]!.stem !== key[0]!.stem && !out.has(form[0]!.stem)) out.set(form[0]!.stem, key[0]!.stem);
    }
  }
  return out;
}

/** Ids 0 .. n-1 bucketed by a key; ids without one are left out. */
function group(n: number, keyOf: (i: number) => string | undefined): Map<string, number[]> {
  return bucket(n, (j) => j, keyOf);
}

function splitBy(ids: ArrayLike<number>, keyOf: (i: number) => string | undefined): Map<string, number[]> {
  return bucket(ids.length, (j) => ids[j]!, keyOf);
}

function bucket(n: number, idAt: (j: number) => number, keyOf: (i: number) => string | undefined): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let j = 0; j < n; j++) {
    const i = idAt(j);
    const key = keyOf(i);
    if (key === undefined) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  return groups;
}

function treeSource(codeSets: CodeSets, dos: string | undefined, tree: IndexTree): IndexSource {
  // First required word along a node's path, memoized per node: a main term of stop words only
  // ("Disease, diseased") hands the key down to its subterms.
  // One forward pass when parents precede their subterms (as the compiler writes them): most
  // nodes inherit their main term's key without scanning their own title.
  let keyOf: (string | undefined)[] | undefined;
  const nodeKey = (id: number): string | undefined => {
    if (!keyOf) {
      keyOf = new Array<string | undefined>(tree.nodes).fill(undefined);
      for (let n = 0; n < tree.nodes; n++) {
        const p = tree.parent(n);
        const up = p >= 0 ? (p < n ? keyOf[p] : treeNodeKey(tree, p)) : undefined;
        keyOf[n] = up ?? firstKey(tree.title(n));
      }
    }
    return keyOf[id];
  };
  const splits = new Map<string, Map<string, ArrayLike<number>>>();
  const exists = new Map<string, boolean>();
  return {
    keys: () => group(tree.refs, (r) => nodeKey(tree.refNode(r))),
    split: (key, ids) => {
      let s = splits.get(key);
      // Paths with no second word go under '' (always read with the group).
      if (!s) splits.set(key, (s = splitBy(ids, (r) => secondKey(phraseTerm(treePath(tree, tree.refNode(r))), key) ?? '')));
      return s;
    },
    paths: (ids) => {
      const out: IndexPath[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < ids.length; i++) {
        const r = ids[i]!;
        const id = tree.refNode(r);
        const code = tree
          .refCode(r)
          .replace(/[.-]+$/, '')
          .replace('.', '');
        let ok = exists.get(code);
        if (ok === undefined) exists.set(code, (ok = codeSets.icd(code, dos) !== null));
        if (!ok || seen.has(`${id} ${code}`)) continue;
        seen.add(`${id} ${code}`);
        const nemod = treeNemod(tree, id);
        out.push(nemod ? { term: treePath(tree, id), code, nemod, node: id } : { term: treePath(tree, id), code, node: id });
      }
      return out;
    },
  };
}
