import { CodeSetFileError } from '../errors.ts';
import type { CompiledIndex } from '../model.ts';
import { clean, walkXml, type XmlNode } from './xml-walk.ts';

/**
 * Reads the ICD-10-CM Alphabetic Index XML into one row per code reference: the path of
 * titles from the main term down ("Diabetes, diabetic, with, chronic kidney disease"), the
 * code as written and the nonessential modifiers met on the way. Manifestation codes ([N18.-])
 * give a row of their own. See / see-also cross references are followed at compile time.
 */
export function readIndexXml(text: string, fileName: string): CompiledIndex {
  const terms: CompiledIndex['terms'] = [];
  let version = '';
  let mainTerms = 0;
  const root = walkXml(text, fileName, new Set(['mainTerm', 'version']), (node) => {
    if (node.name === 'version') version = clean(node.text);
    else {
      mainTerms++;
      walkTerm(node, [], [], terms, fileName);
    }
  });
  if (root !== 'ICD10CM.index') throw new CodeSetFileError(fileName, 'line 1', `root element is <${root}>, not <ICD10CM.index>`);
  if (mainTerms === 0) throw new CodeSetFileError(fileName, 'line 1', 'no <mainTerm> elements');
  return { format: 1, version: version || 'unknown', source: fileName.split(/[\\/]/).pop()!, terms };
}

function walkTerm(node: XmlNode, path: string[], nemods: string[], out: CompiledIndex['terms'], file: string): void {
  const titleNode = node.children.find((c) => c.name === 'title');
  const nemod = clean(titleNode?.children.find((c) => c.name === 'nemod')?.text ?? '');
  // A subterm may be only a nonessential modifier ("electric" > "(taser)"): it names itself.
  const title = clean(titleNode?.text ?? '') || nemod;
  if (!title) throw new CodeSetFileError(file, `line ${node.line}`, `<${node.name}> without a <title>`);
  const here = [...path, title];
  const mods = nemod ? [...nemods, nemod] : nemods;
  const term = here.join(', ');
  for (const c of node.children) {
    if (c.name !== 'code' && c.name !== 'manif') continue;
    const code = clean(c.text).toUpperCase();
    if (!/^[A-Z]\d[0-9A-Z](\.?[0-9A-Z]{0,4})?-?$/.test(code)) {
      throw new CodeSetFileError(file, `line ${c.line}`, `<${c.name}> is not an ICD-10-CM code ("${code}")`);
    }
    out.push(mods.length ? [term, code, mods.join(' ')] : [term, code]);
  }
  for (const c of node.children) if (c.name === 'term') walkTerm(c, here, mods, out, file);
}
