import type { CodeSets } from '../../codes/code-sets.ts';
import type { IndexTree } from '../../codes/index-tree.ts';
import { indexTree } from '../matcher/index-source.ts';
import { tokenize } from '../text/tokens.ts';

/** The Neoplasm Table's column headings, as its indexHeading names them. */
export const columns = ['Malignant Primary', 'Malignant Secondary', 'Ca in situ', 'Benign', 'Uncertain Behavior', 'Unspecified Behavior'] as const;
export type Column = (typeof columns)[number];

/** One row of the Table: a site subterm, its words and its cells (column -> code as written). */
export interface Row {
  node: number;
  parent: number; // row index, -1 under the Table's own term
  title: string;
  words: string[];
  cells: Map<Column, string>;
}

export interface NeoplasmTable {
  rows: Row[];
  /** Rows by each word of their own title (a statement reads only the rows its words name). */
  byWord: Map<string, number[]>;
  /** The unspecified-site row ("Neoplasm, neoplastic"): the code each column gives with no site. */
  root: Map<Column, string>;
  /** The title of each site the Table lists as a row of its own ("colon", "jaw"), lower-cased. */
  sites: Set<string>;
  /** A site's listed forms, each to its head word ("uteri" -> uterus; "cervical" -> cervix, from "cervix (cervical)"). */
  formOf: Map<string, string>;
}

/** Sides are read for completion (I.B.13), never as a site on their own. */
const sideWords = new Set(['right', 'left', 'unilateral', 'bilateral']);

const made = new WeakMap<IndexTree, NeoplasmTable | null>();

/**
 * The Table as merged into the compiled index (readers/alpha-index.ts): the main term whose
 * first subterms are cells named by the column headings. Read once per index: its rows are one
 * contiguous run of terms (a subterm follows its parent), so only that run is decoded.
 */
export function neoplasmTable(codeSets: CodeSets): NeoplasmTable | null {
  const tree = indexTree(codeSets);
  if (!tree) return null;
  let t = made.get(tree);
  if (t === undefined) made.set(tree, (t = readTable(tree)));
  return t;
}

function readTable(tree: IndexTree): NeoplasmTable | null {
  const heads = new Set<string>(columns);
  let rootNode = -1;
  for (let n = 0; n + 1 < tree.nodes && rootNode < 0; n++) {
    if (tree.parent(n) < 0 && tree.parent(n + 1) === n && heads.has(tree.title(n + 1)) && /^neoplasm\b/i.test(tree.title(n))) rootNode = n;
  }
  if (rootNode < 0) return null;
  const cellsOf = new Map<number, Map<Column, string>>();
  const rowOf = new Map<number, number>([[rootNode, -1]]);
  const rows: Row[] = [];
  const root = new Map<Column, string>();
  const cellNodes = new Map<number, [Map<Column, string>, Column]>();
  const formOf = new Map<string, string>();
  for (let n = rootNode + 1; n < tree.nodes; n++) {
    const p = tree.parent(n);
    if (!rowOf.has(p)) break;
    const title = tree.title(n);
    if (heads.has(title)) {
      const cells = p === rootNode ? root : cellsOf.get(p)!;
      cells.set(title as Column, '');
      cellNodes.set(n, [cells, title as Column]);
      rowOf.set(n, -2);
      continue;
    }
    const cells = new Map<Column, string>();
    cellsOf.set(n, cells);
    rowOf.set(n, rows.length);
    // A site lists its forms as a main term does ("uterus, uteri, uterine"; "cervix (cervical) (uteri)"): any one names it.
    const [head, ...rest] = title.split(', ');
    const formsOf = (parts: string[]) => parts.filter((f) => /^[a-z]+$/i.test(f) && f.slice(0, 4).toLowerCase() === head!.slice(0, 4).toLowerCase());
    const forms = formsOf(rest);
    const headStem = tokenize(head!)[0]?.stem;
    for (const f of [...forms, ...formsOf(tree.nemod(n).match(/[a-z]+/gi) ?? [])]) {
      const stem = tokenize(f)[0]?.stem;
      if (headStem && stem && stem !== headStem && !formOf.has(stem)) formOf.set(stem, headStem);
    }
    const words = tokenize([head, ...rest.filter((r) => !forms.includes(r))].join(', '))
      .map((t) => t.stem)
      .filter((w) => w !== 'nec' && w !== 'nos');
    rows.push({ node: n, parent: rowOf.get(p)!, title, words, cells });
  }
  // Codes of the cells (refs are listed by term; the Table's run is contiguous in them).
  for (let r = 0; r < tree.refs; r++) {
    const c = cellNodes.get(tree.refNode(r));
    if (c) c[0].set(c[1], tree.refCode(r));
  }
  const byWord = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const w of new Set(r.words)) {
      let l = byWord.get(w);
      if (!l) byWord.set(w, (l = []));
      l.push(i);
    }
  });
  const sites = new Set(rows.filter((r) => r.parent === -1).map((r) => r.title.toLowerCase()));
  return { rows, byWord, root, sites, formOf };
}

/** Which column of the unspecified-site row a code is (C80.1 -> Malignant Primary), if any. */
export function rootColumn(table: NeoplasmTable, code: string): Column | undefined {
  const flat = code.replace('.', '');
  for (const [col, c] of table.root) if (c.replace(/[.-]/g, '') === flat) return col;
  return undefined;
}

export interface SiteHit {
  row: Row;
  code: string;
  /** The words of the statement the row's path matched. */
  matched: string[];
}

/** The Table's morphology subterms of a site (I.C.2: "skin, face, basal cell carcinoma", "eyelid, sebaceous cell"). */
const morphologyRow = /\b(?:carcinoma|melanoma|sebaceous cell|specified type NEC)\b/i;

/**
 * The Table row the statement's site words name, and its code in `column`. A row qualifies when
 * every word of its own title is said; its path's words above it count when said and cost a little
 * when not ("sigmoid colon" reaches "intestine, large, colon, sigmoid"). The row matching most of
 * the statement's words wins, then the one naming rarer words, then fewest unsaid words above it.
 * A row with "-" in the column is no answer for that behaviour (a row above it is another site).
 */
export function siteCode(table: NeoplasmTable, words: Set<string>, column: Column): SiteHit | null {
  const said = new Set([...words, ...[...words].flatMap((w) => table.formOf.get(w) ?? [])]);
  let best: (SiteHit & { missing: number; rare: number; siteWords: number }) | null = null;
  const candidates = new Set<number>();
  for (const w of said) for (const i of table.byWord.get(w) ?? []) candidates.add(i);
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const row = table.rows[i]!;
    // A row of cross-reference only ("gastric - see Neoplasm, stomach") has no cells: its target row is read instead.
    if (row.cells.size === 0 || row.words.length === 0 || !row.words.every((w) => said.has(w))) continue;
    const matched = new Set(row.words);
    // Words of the morphology rows on its path ("skin, limb, upper, squamous cell carcinoma"; "jaw, carcinoma"): a kind, no site.
    const kind = new Set(morphologyRow.test(row.title) ? row.words : []);
    let missing = 0;
    for (let p = row.parent; p >= 0; p = table.rows[p]!.parent) {
      if (morphologyRow.test(table.rows[p]!.title)) for (const w of table.rows[p]!.words) kind.add(w);
      for (const w of table.rows[p]!.words) {
        if (said.has(w)) matched.add(w);
        else missing++;
      }
    }
    // A subterm qualifies the site above it ("jaw, carcinoma", "cheek, external"): with none of that
    // site's words said, it names no site ("Hepatocellular carcinoma" is no neoplasm of the jaw). A subterm the
    // Table also lists as a site of its own ("colon", see also "intestine, large, colon") is that site.
    if (row.parent >= 0 && matched.size === row.words.length && !table.sites.has(row.title.toLowerCase())) continue;
    const m = [...matched].filter((w) => !sideWords.has(w));
    if (m.length === 0) continue;
    const code = row.cells.get(column);
    if (!code) continue;
    // The row naming more of the site said comes first: a morphology row's words name a kind, and "skin" a tissue any site
    // has ("Squamous cell carcinoma of lung, right upper lobe" is lung, upper lobe, not "skin, limb, upper, squamous cell
    // carcinoma"); then the row naming more words ("skin of cheek, SCC": "cheek, external, squamous cell carcinoma").
    const siteWords = m.filter((w) => !kind.has(w) && w !== 'skin').length;
    // Among rows naming as many words, the one naming the rarer (more specific) words: "skin of
    // cheek" is the Table's "cheek, external", not "skin" under another site.
    const rare = m.reduce((sum, w) => sum + 1 / (table.byWord.get(w)?.length ?? 1), 0);
    const better =
      !best ||
      siteWords > best.siteWords ||
      (siteWords === best.siteWords &&
        (m.length > best.matched.length ||
          (m.length === best.matched.length && (rare > best.rare + 1e-9 || (Math.abs(rare - best.rare) <= 1e-9 && missing < best.missing)))));
    if (better) best = { row, code, matched: m, missing, rare, siteWords };
  }
  return best && { row: best.row, code: best.code, matched: best.matched };
}
