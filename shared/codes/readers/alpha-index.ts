import { CodeSetFileError } from '../errors.ts';
import type { CompiledIndex } from '../model.ts';
import { clean, walkXml, type XmlNode } from './xml-walk.ts';

const CODE = /^[A-Z]\d[0-9A-Z](\.?[0-9A-Z]{0,4})?-?$/;

/**
 * Reads the ICD-10-CM Alphabetic Index XML (main terms, nested subterms with nonessential
 * modifiers, code and manifestation references, see / see also) into a term tree with the
 * code references of each term. A "see X" whose target term carries a code gives the referring
 * term that code too, so "Abdominalgia" reaches what "Pain, abdominal" gives.
 */
export function readIndexXml(text: string, fileName: string): CompiledIndex {
  const out: CompiledIndex = { format: 2, version: 'unknown', source: fileName.split(/[\\/]/).pop()!, titles: [], parents: [], nemods: {}, refs: [] };
  const sees: [number, string][] = [];
  const codesOf = new Map<number, string[]>();
  const root = walkXml(text, fileName, new Set(['mainTerm', 'version']), (node) => {
    if (node.name === 'version') out.version = clean(node.text) || 'unknown';
    else addTerm(node, -1, out, sees, codesOf, fileName);
  });
  if (root !== 'ICD10CM.index') throw new CodeSetFileError(fileName, 'line 1', `root element is <${root}>, not <ICD10CM.index>`);
  if (out.titles.length === 0) throw new CodeSetFileError(fileName, 'line 1', 'no <mainTerm> elements');
  followSees(out, sees, codesOf);
  return out;
}

function addTerm(node: XmlNode, parent: number, out: CompiledIndex, sees: [number, string][], codesOf: Map<number, string[]>, file: string): void {
  const titleNode = node.children.find((c) => c.name === 'title');
  const nemod = clean(titleNode?.children.find((c) => c.name === 'nemod')?.text ?? '');
  // A subterm may be only a nonessential modifier ("electric" > "(taser)"): it names itself.
  const title = clean(titleNode?.text ?? '') || nemod;
  if (!title) throw new CodeSetFileError(file, `line ${node.line}`, `<${node.name}> without a <title>`);
  const id = out.titles.length;
  out.titles.push(title);
  out.parents.push(parent);
  if (nemod && nemod !== title) out.nemods[id] = nemod;
  for (const c of node.children) {
    if (c.name === 'see') sees.push([id, clean(c.text)]);
    if (c.name !== 'code' && c.name !== 'manif') continue;
    const code = clean(c.text).toUpperCase();
    if (!CODE.test(code)) throw new CodeSetFileError(file, `line ${c.line}`, `<${c.name}> is not an ICD-10-CM code ("${code}")`);
    out.refs.push(id, code);
    codesOf.set(id, [...(codesOf.get(id) ?? []), code]);
  }
  for (const c of node.children) if (c.name === 'term') addTerm(c, id, out, sees, codesOf, file);
}

/**
 * "Pain, abdominal" -> main term "Pain", subterm "abdominal". Main terms may hold commas and are
 * also cited by their first word ("Disease, Alzheimer's" for main term "Disease, diseased"). A
 * target that itself only says "see" is followed in a later pass (up to three hops).
 */
function followSees(out: CompiledIndex, sees: [number, string][], codesOf: Map<number, string[]>): void {
  const children = new Map<number, Map<string, number>>();
  const add = (parent: number, key: string, id: number): void => {
    let m = children.get(parent);
    if (!m) children.set(parent, (m = new Map()));
    if (!m.has(key)) m.set(key, id);
  };
  out.parents.forEach((p, id) => add(p, out.titles[id]!.toLowerCase(), id));
  out.parents.forEach((p, id) => {
    if (p < 0) add(p, out.titles[id]!.toLowerCase().split(',')[0]!.trim(), id);
  });
  const targets = sees.map(([from, target]) => [from, resolve(children, target)] as const);
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
}

function resolve(children: Map<number, Map<string, number>>, target: string): number | undefined {
  const parts = target.replace(/\s*-\s*see\b.*$/i, '').split(/,\s*/).map((s) => s.toLowerCase());
  for (let n = parts.length; n >= 1; n--) {
    let at = children.get(-1)?.get(parts.slice(0, n).join(', '));
    for (const part of parts.slice(n)) at = at === undefined ? undefined : children.get(at)?.get(part);
    if (at !== undefined) return at;
  }
  return undefined;
}
