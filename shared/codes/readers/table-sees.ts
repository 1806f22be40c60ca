import type { CompiledIndex } from '../model.ts';

/**
 * The Index's wording of a behaviour -> the Neoplasm Table's column heading. The Index sends a
 * morphology term to a column ("Adenocarcinoma - see also Neoplasm, malignant, by site",
 * "Adenoma, tubular - see Neoplasm, benign, by site", "Carcinoma in situ - see Neoplasm, in situ,
 * by site", "Metastasis, metastatic, deposits - see Neoplasm, secondary, by site"; ICD-10-CM
 * I.C.2 general guidelines and the Table's introduction); the Table names its columns "Malignant
 * Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior", "Unspecified
 * Behavior".
 */
const columns: [RegExp, string][] = [
  [/^malignant$/, 'Malignant Primary'],
  [/^secondary$/, 'Malignant Secondary'],
  [/^(?:ca )?in situ$/, 'Ca in situ'],
  [/^benign$/, 'Benign'],
  [/^uncertain behaviou?r$/, 'Uncertain Behavior'],
  [/^unspecified behaviou?r$/, 'Unspecified Behavior'],
];

/** "by site": the site is the note's, read later in the Table (coding/neoplasm/). */
const bySite = /^by site$/;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A term's keys: its title, its first comma piece, and the title without a trailing NEC / NOS. */
const keysOf = (title: string): string[] => {
  const t = norm(title);
  return [...new Set([t, t.split(',')[0]!.trim(), t.replace(/\s+(?:nec|nos)$/, '')])];
};

/**
 * Gives each morphology term of the main Index that says "see (also) Neoplasm, <behaviour>[, site]"
 * the code of that column in the Table's row: the unspecified-site row ("Neoplasm, neoplastic":
 * C80.1, C79.9, D09.9, D36.9, D48.9, D49.9) for "by site", the named row for a named site
 * ("Neoplasm, skin, malignant"). The code is the term's behaviour as the Table writes it; the
 * coding engine reads the note's site in the Table with it. Run on the merged index (the Table is
 * another file than the main Index). A "see also" is left alone where the term has a code of its own.
 */
export function linkTableSees(out: CompiledIndex, sees: readonly (readonly [from: number, target: string, also: boolean])[]): number {
  const heads = new Set(columns.map(([, h]) => h));
  const kids = new Map<number, Map<string, number>>();
  const tableRoots = new Map<string, number>();
  for (let id = 0; id < out.titles.length; id++) {
    const p = out.parents[id]!;
    if (p >= 0 && heads.has(out.titles[id]!) && out.parents[p]! < 0) {
      for (const k of keysOf(out.titles[p]!)) if (!tableRoots.has(k)) tableRoots.set(k, p);
    }
    let m = kids.get(p);
    if (!m) kids.set(p, (m = new Map()));
    for (const k of keysOf(out.titles[id]!)) if (!m.has(k)) m.set(k, id);
  }
  const coded = new Set<number>();
  const refsOf = new Map<number, Set<string>>();
  for (let i = 0; i + 1 < out.refs.length; i += 2) {
    const id = out.refs[i] as number;
    coded.add(id);
    let s = refsOf.get(id);
    if (!s) refsOf.set(id, (s = new Set()));
    s.add(out.refs[i + 1] as string);
  }
  let linked = 0;
  for (const [from, target, also] of sees) {
    if (also && coded.has(from)) continue;
    const [head, ...rest] = target.split(',').map(norm);
    const root = tableRoots.get(head ?? '');
    if (root === undefined) continue;
    let column: string | undefined;
    let at: number | undefined = root;
    for (const part of rest) {
      const col = columns.find(([re]) => re.test(part));
      if (col) column = col[1];
      else if (!bySite.test(part)) at = at === undefined ? undefined : kids.get(at)?.get(part);
    }
    if (!column || at === undefined) continue;
    const cell = kids.get(at)?.get(norm(column));
    const code = cell === undefined ? undefined : (refsOf.get(cell)?.values().next().value as string | undefined);
    if (!code || refsOf.get(from)?.has(code)) continue;
    out.refs.push(from, code);
    linked++;
  }
  return linked;
}
