import { CodeSetFileError } from '../errors.ts';
import type { CompiledIndex } from '../model.ts';
import { graftBySite } from './by-site-grafts.ts';
import { graftSees, wordForm } from './see-grafts.ts';
import { linkTableSees } from './table-sees.ts';
import { clean, walkXml, type XmlNode } from './xml-walk.ts';

const CODE = /^[A-Z]\d[0-9A-Z](\.?[0-9A-Z]{0,4})?-?$/;

/**
 * Reads an ICD-10-CM index XML (main terms, nested subterms with nonessential modifiers, code
 * and manifestation references, see / see also) into a term tree with the code references of
 * each term. A "see X" whose target term carries a code gives the referring term that code too,
 * so "Abdominalgia" reaches what "Pain, abdominal" gives. The Neoplasm Table and the Table of
 * Drugs and Chemicals use the same schema with `cell` columns: each cell becomes a subterm
 * named by its column heading ("Neoplasm, neoplastic, breast, Malignant Primary").
 */
export function readIndexXml(text: string, fileName: string): CompiledIndex {
  const out: CompiledIndex = { format: 2, version: 'unknown', source: fileName.split(/[\\/]/).pop()!, titles: [], parents: [], nemods: {}, refs: [] };
  const sees: [number, string][] = [];
  const seeAlsos: [number, string][] = [];
  const codesOf = new Map<number, string[]>();
  const heads = new Map<string, string>();
  const root = walkXml(text, fileName, new Set(['mainTerm', 'version', 'indexHeading']), (node) => {
    if (node.name === 'version') out.version = clean(node.text) || 'unknown';
    else if (node.name === 'indexHeading') for (const h of node.children) heads.set(h.attrs.col ?? '', clean(h.text));
    else addTerm(node, -1, { out, sees, seeAlsos, codesOf, heads, file: fileName });
  });
  if (root !== 'ICD10CM.index') throw new CodeSetFileError(fileName, 'line 1', `root element is <${root}>, not <ICD10CM.index>`);
  if (out.titles.length === 0) throw new CodeSetFileError(fileName, 'line 1', 'no <mainTerm> elements');
  // A "see also" is the only route from a term with no code of its own ("Coagulopathy - see also
  // Defect, coagulation"): the bare term reads as the target, as a "see" does (I.A.12.b), when the
  // target names one condition by its subterm, or a subterm's target is a whole main term ("Loss, memory - see also
  // Amnesia" R41.3; "Loss, hearing - see also Deafness"). A main term's ("Abnormal - see also Anomaly", "Necrosis -
  // see also Gangrene") is a further place to look, not the word's meaning; so is one the term's own subterms name as
  // a case apart ("Elevated, blood pressure - see also Hypertension; reading ..., no diagnosis of hypertension" R03.0).
  const uncoded = seeAlsos.filter(
    ([from, target]) => !codesOf.has(from) && (target.includes(',') || (out.parents[from]! >= 0 && !subtermsName(out, from, target))),
  );
  // A "see" ending "by site" ("see Complications, joint prosthesis, mechanical, loosening, by site") cites the term whose
  // subterms are the sites: the term before it, carried with them. (A "see also" so cited stays a further place to look.)
  const own = sees
    .filter(([from, target]) => !invertedName(out, from, target))
    .map(([from, target]) => [from, target.replace(/,\s*by site$/i, '')] as [number, string]);
  const coded = new Set(codesOf.keys());
  const terms = followSees(out, [...own, ...uncoded], codesOf);
  const links = [...own.map((l) => [...l, false] as const), ...seeAlsos.map((l) => [...l, true] as const)].flatMap(([from, target, also]) => {
    const at = resolve(terms, target, mainOf(out, from));
    const main = mainOf(out, from);
    const form = !target.includes(',') && (main === from || (!coded.has(from) && !also)) && wordForm(out.titles[main]!, target);
    return at === undefined ? [] : [[from, at, form, also && codesOf.has(from)] as const];
  });
  graftSees(out, links);
  graftBySite(out, [...sees, ...seeAlsos], (target, from) => resolve(terms, target, mainOf(out, from)));
  const toTable = [...sees.map(([f, t]) => [f, t, false] as const), ...seeAlsos.map(([f, t]) => [f, t, true] as const)].filter(([, t]) =>
    /^neoplasm\b/i.test(t),
  );
  if (toTable.length) tableSees.set(out, toTable);
  return out;
}

/** Whether a term's own subterms name a see-also target's main word ("reading ..., no diagnosis of hypertension"). */
function subtermsName(out: CompiledIndex, from: number, target: string): boolean {
  const word = new RegExp(`\\b${target.split(/[\s,(]/)[0]!.toLowerCase()}`, 'i');
  return out.parents.some((p, id) => p === from && word.test(out.titles[id]!));
}

/**
 * A main term that only turns its target's name about ("Mellitus, diabetes - see Diabetes", where
 * "mellitus" is a nonessential modifier of "Diabetes, diabetic (mellitus) (sugar)"): the target's own
 * terms already read those words, so it adds no path of its own to compete with them.
 */
function invertedName(out: CompiledIndex, from: number, target: string): boolean {
  // Only the inverted form "X, Y" (a single word "Labor - see Delivery" is a synonym whose subterms it carries).
  if (out.parents[from] !== -1 || target.includes(',') || !out.titles[from]!.includes(',')) return false;
  // The target as the Index titles it with its forms ("Diabetes, diabetic").
  const main = out.titles.findIndex((t, i) => out.parents[i] === -1 && t.split(',')[0]!.toLowerCase() === target.toLowerCase());
  if (main < 0) return false;
  const words = (t: string) => t.toLowerCase().match(/[a-z]+/g) ?? [];
  const known = new Set([...words(out.titles[main]!), ...words(out.nemods[main] ?? '')]);
  return words(out.titles[from]!).every((w) => known.has(w));
}

/** References into the Neoplasm Table, resolved once the Table is merged in (table-sees.ts). */
const tableSees = new WeakMap<CompiledIndex, (readonly [number, string, boolean])[]>();

interface Ctx {
  out: CompiledIndex;
  sees: [number, string][];
  seeAlsos: [number, string][];
  codesOf: Map<number, string[]>;
  heads: Map<string, string>;
  file: string;
}

function addTerm(node: XmlNode, parent: number, ctx: Ctx): void {
  const { out, sees, seeAlsos, codesOf, file } = ctx;
  const titleNode = node.children.find((c) => c.name === 'title');
  const [nemod, essential] = splitNemod(clean(titleNode?.children.find((c) => c.name === 'nemod')?.text ?? ''));
  // A subterm may be only a nonessential modifier ("electric" > "(taser)"): it names itself.
  const title = [clean(titleNode?.text ?? ''), essential].filter(Boolean).join(' ') || nemod;
  if (!title) throw new CodeSetFileError(file, `line ${node.line}`, `<${node.name}> without a <title>`);
  const id = out.titles.length;
  out.titles.push(title);
  out.parents.push(parent);
  if (nemod && nemod !== title) out.nemods[id] = nemod;
  for (const c of node.children) {
    if (c.name === 'see') sees.push([id, clean(c.text)]);
    if (c.name === 'seeAlso') seeAlsos.push([id, clean(c.text)]);
    if (c.name !== 'code' && c.name !== 'manif') continue;
    const code = clean(c.text).toUpperCase();
    // The FY2025 neoplasm table once uses <manif> for words ("ventral surface of tongue…"):
    // a worded manif is a note, not a code; a worded <code> is a broken file.
    if (c.name === 'manif' && !/\d/.test(code)) continue;
    if (!CODE.test(code)) throw new CodeSetFileError(file, `line ${c.line}`, `<${c.name}> is not an ICD-10-CM code ("${code}")`);
    out.refs.push(id, code);
    codesOf.set(id, [...(codesOf.get(id) ?? []), code]);
  }
  for (const c of node.children) if (c.name === 'cell') addCell(c, id, ctx);
  for (const c of node.children) if (c.name === 'term') addTerm(c, id, ctx);
}

/**
 * I.A.7: only words in parentheses are nonessential. A <nemod> element that also holds a stated link outside its
 * parentheses ("Normocytic anemia" + "(infectional) due to blood loss (chronic)") keeps that link essential: it is
 * read as the title's, the parenthesised words as its modifiers.
 */
function splitNemod(nemod: string): [nonessential: string, essential: string] {
  let outside = nemod;
  for (let prev = ''; prev !== outside; ) {
    prev = outside;
    outside = outside.replace(/\([^()]*\)/g, ' ');
  }
  outside = outside.replace(/\s+/g, ' ').trim();
  // Only a stated link is read so ("due to", "with", "without": I.A.15); the words an eponym or a main term's
  // phrase continues with ("drug therapy" of "Long-term (current) drug therapy") stay as the Index's layout reads them.
  if (!/^(?:due to|with|without)\b/i.test(outside) || outside.includes('(') || outside.includes(')')) return [nemod, ''];
  const inside = nemod.match(/\((?:[^()]|\([^()]*\))*\)/g)?.join(' ') ?? '';
  return [inside, outside];
}

/** A table cell: "-" / "--" mean no code for that column. */
function addCell(cell: XmlNode, parent: number, { out, heads, file }: Ctx): void {
  const code = clean(cell.text).toUpperCase();
  if (/^-+$/.test(code) || code === '') return;
  if (!CODE.test(code)) throw new CodeSetFileError(file, `line ${cell.line}`, `<cell> is not an ICD-10-CM code ("${code}")`);
  const head = heads.get(cell.attrs.col ?? '');
  if (!head) throw new CodeSetFileError(file, `line ${cell.line}`, `<cell col="${cell.attrs.col ?? ''}"> has no column heading`);
  const id = out.titles.length;
  out.titles.push(head);
  out.parents.push(parent);
  out.refs.push(id, code);
}

/** Several index files (main index, external cause index, tables) as one tree. */
export function mergeIndexes(parts: CompiledIndex[]): CompiledIndex {
  const out: CompiledIndex = {
    format: 2,
    version: parts.map((p) => `${p.source} ${p.version}`).join('; '),
    source: parts.map((p) => p.source).join(', '),
    titles: [],
    parents: [],
    nemods: {},
    refs: [],
  };
  const toTable: (readonly [number, string, boolean])[] = [];
  for (const p of parts) {
    const base = out.titles.length;
    for (const [from, target, also] of tableSees.get(p) ?? []) toTable.push([from + base, target, also]);
    for (const t of p.titles) out.titles.push(t);
    for (const parent of p.parents) out.parents.push(parent < 0 ? -1 : parent + base);
    for (const [id, nemod] of Object.entries(p.nemods)) out.nemods[Number(id) + base] = nemod;
    for (let i = 0; i + 1 < p.refs.length; i += 2) out.refs.push((p.refs[i] as number) + base, p.refs[i + 1]!);
  }
  linkTableSees(out, toTable);
  return out;
}

/** A main term as references cite it: its first form, without a trailing "NOS" ("Conjunctivitis NOS" -> "conjunctivitis"). */
function citedName(title: string): string {
  return title
    .toLowerCase()
    .split(',')[0]!
    .replace(/\s+nos$/, '')
    .trim();
}

/**
 * "Pain, abdominal" -> main term "Pain", subterm "abdominal". Main terms may hold commas and are
 * also cited by their first word ("Disease, Alzheimer's" for main term "Disease, diseased"). A
 * target that itself only says "see" is followed in a later pass (up to three hops).
 */
function followSees(out: CompiledIndex, sees: [number, string][], codesOf: Map<number, string[]>): Terms {
  const children = new Map<number, Map<string, number>>();
  const add = (parent: number, key: string, id: number): void => {
    let m = children.get(parent);
    if (!m) children.set(parent, (m = new Map()));
    if (!m.has(key)) m.set(key, id);
  };
  out.parents.forEach((p, id) => add(p, out.titles[id]!.toLowerCase(), id));
  // A term listing its forms is cited by its first ("Disease, Alzheimer's" for "Disease, diseased";
  // "see Fracture, femur, neck" for the subterm "femur, femoral").
  out.parents.forEach((p, id) => add(p, out.titles[id]!.toLowerCase().split(',')[0]!.trim(), id));
  // A main term titled with "NOS" ("Conjunctivitis NOS") is cited without it ("see Conjunctivitis, acute, mucopurulent");
  // a subterm's "NOS" row ("skin NOS") stays apart from the subterm of that name that holds the children.
  out.parents.forEach((p, id) => {
    if (p === -1) add(p, citedName(out.titles[id]!), id);
  });
  // A title that holds its plural apart ("Complication(s)") is cited in the plural ("see Complications, vaccination").
  out.parents.forEach((p, id) => {
    if (/^\(s\)/.test(out.nemods[id] ?? '')) add(p, `${citedName(out.titles[id]!)}s`, id);
  });
  // A subterm is cited with its first nonessential modifier ("see Injury, spinal cord" for the subterm "spinal (cord)").
  out.parents.forEach((p, id) => {
    const first = /^\(([^()]+)\)/.exec(out.nemods[id] ?? '')?.[1];
    if (p >= 0 && first) add(p, `${out.titles[id]!.toLowerCase()} ${first.toLowerCase()}`, id);
  });
  // Several main terms share a first word ("Fracture, burst" ... "Fracture, traumatic"): a
  // reference cited by that word ("see Fracture, ankle, bimalleolar") is read under each in turn.
  const heads = new Map<string, number[]>();
  out.parents.forEach((p, id) => {
    if (p >= 0) return;
    const w = citedName(out.titles[id]!);
    heads.set(w, [...(heads.get(w) ?? []), id]);
  });
  const terms: Terms = { children, heads };
  const targets = sees.map(([from, target]) => [from, sameWordBelow(out, terms, from, resolve(terms, target, mainOf(out, from)))] as const);
  let pending = targets.filter(([, at]) => at !== undefined);
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    const next: typeof pending = [];
    for (const [from, at] of pending) {
      const codes = codesOf.get(at!);
      if (!codes) {
        next.push([from, at]);
        continue;
      }
      for (const code of codes) out.refs.push(from, code);
      if (!codesOf.has(from)) codesOf.set(from, codes);
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  return terms;
}

/**
 * A reference to a term whose subterms list the referring word again ("Ulcer, heel - see Ulcer, lower limb", whose
 * subterm "heel" is L97.40-) sends the reader on to that subterm: the word that led to the reference is the one to
 * look up at its target, not a detail the target leaves unsaid (I.A.12.a "see": go to the other term and follow it).
 */
function sameWordBelow(out: CompiledIndex, { children }: Terms, from: number, at: number | undefined): number | undefined {
  if (at === undefined || out.parents[from]! < 0) return at;
  return children.get(at)?.get(out.titles[from]!.toLowerCase().split(',')[0]!.trim()) ?? at;
}

/** The main term a term stands under. */
function mainOf(out: CompiledIndex, id: number): number {
  let at = id;
  while (out.parents[at]! >= 0) at = out.parents[at]!;
  return at;
}

/**
 * A target's term; cited by a first word several main terms share, the referring term's own main term is read first.
 * A reference may cite a term with its nonessential modifiers ("see Hyperthyroidism, with, goiter (diffuse)"),
 * which the term's title holds apart: read without them when the words as cited name no term.
 */
function resolve(terms: Terms, target: string, from = -1): number | undefined {
  const bare = target.replace(/\s+\([^()]*\)/g, '');
  return resolveParts(terms, target, from) ?? (bare === target ? undefined : resolveParts(terms, bare, from));
}

function resolveParts({ children, heads: byWord }: Terms, target: string, from: number): number | undefined {
  const parts = target
    .replace(/\s*-\s*see\b.*$/i, '')
    .split(/,\s*/)
    .map((s) => s.toLowerCase());
  for (let n = parts.length; n >= 1; n--) {
    const shared = n === 1 ? (byWord.get(parts[0]!) ?? []) : [];
    const heads = shared.includes(from) ? [from, ...shared.filter((h) => h !== from)] : shared;
    for (const head of [children.get(-1)?.get(parts.slice(0, n).join(', ')), ...heads]) {
      const at = walk(children, head, parts.slice(n), !/^neoplasm\b/.test(parts[0]!));
      if (at !== undefined) return at;
    }
  }
  return undefined;
}

/**
 * The subterm a reference's remaining parts name below `at`. A reference may cite two levels where
 * the Index has one subterm of both words: "see Diverticulosis, intestine, large" for the subterm
 * "large intestine"; and may leave out the "NEC" of a residual subterm.
 */
function walk(children: Terms['children'], at: number | undefined, parts: string[], loose: boolean): number | undefined {
  for (let i = 0; i < parts.length && at !== undefined; i++) {
    const kids = children.get(at);
    const next = parts[i + 1];
    // The Index titles a residual subterm "drug NEC"; its references cite it on the way to a subterm below
    // it as "Dependence, drug, nicotine". A reference ending at a term means that term, not its residual row.
    const residual = kids?.get(`${parts[i]} nec`) ?? kids?.get(`${parts[i]} nos`);
    const direct = kids?.get(parts[i]!) ?? (next !== undefined ? residual : undefined);
    const joined = direct === undefined && next !== undefined ? (kids?.get(`${next} ${parts[i]}`) ?? kids?.get(`${parts[i]} ${next}`)) : undefined;
    // The Neoplasm Table's own references ("see also Neoplasm, skin, face") keep to their rows as written: its "NOS" rows
    // list the kinds of every site below them, which a looser reading would lend to sites that list their own.
    const last = direct ?? joined ?? (loose && kids ? (residual ?? firstWords(kids, parts[i]!)) : undefined);
    if (joined !== undefined) i++;
    at = last;
  }
  return at;
}

/**
 * A reference's last resort at one level: the only subterm whose title begins with the cited words ("see Injury,
 * intracranial, focal" for "focal brain injury"); a residual "NEC" row cited bare is taken above, where no other term has the name.
 */
function firstWords(kids: Map<string, number>, part: string): number | undefined {
  const ids = new Set<number>();
  for (const [key, id] of kids) if (key.startsWith(`${part} `)) ids.add(id);
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The index's terms by parent and title, and main terms by their first word. */
interface Terms {
  children: Map<number, Map<string, number>>;
  heads: Map<string, number[]>;
}
