import { undotted } from '../format.ts';
import { CodeSetFileError } from '../errors.ts';
import type { CompiledTabular, NoteKind } from '../model.ts';
import { child, clean, walkXml, type XmlNode } from './xml-walk.ts';

const KINDS: Record<string, NoteKind> = {
  inclusionTerm: 'inclusionTerms',
  includes: 'includes',
  excludes1: 'excludes1',
  excludes2: 'excludes2',
  codeFirst: 'codeFirst',
  useAdditionalCode: 'useAdditional',
  codeAlso: 'codeAlso',
};
type Notes = CompiledTabular['notes'][string];

/**
 * Reads the CMS ICD-10-CM Tabular List XML into the instructional notes given at each node.
 * Chapter and section notes are kept under their range ("E08-E13") so they reach every code
 * inside. Only notes are taken: the tabular's own code list never adds or removes codes.
 */
export function readTabularXml(text: string, fileName: string): CompiledTabular {
  const notes: CompiledTabular['notes'] = {};
  let version = '';
  let diags = 0;
  const root = walkXml(text, fileName, new Set(['diag', 'section', 'chapter', 'version']), (node) => {
    if (node.name === 'version') version = clean(node.text);
    else if (node.name === 'diag') {
      const name = clean(child(node, 'name')?.text ?? '');
      if (!/^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(name)) {
        throw new CodeSetFileError(fileName, `line ${node.line}`, `<diag> without a valid <name> ("${name}")`);
      }
      diags++;
      addNotes(notes, undotted(name), node);
    } else if (node.name === 'section') {
      // "E08-E13", or one category ("B20"): kept as a range so it never mixes with the category's own notes.
      const id = (node.attrs.id ?? '').match(/^([A-Z]\d[0-9A-Z])(?:-([A-Z]\d[0-9A-Z]))?$/);
      if (id) addNotes(notes, `${id[1]}-${id[2] ?? id[1]}`, node);
    } else {
      const range = clean(child(node, 'desc')?.text ?? '').match(/\(([A-Z]\d[0-9A-Z]-[A-Z]\d[0-9A-Z])\)\s*$/);
      if (range) addNotes(notes, range[1]!, node);
    }
  });
  if (root !== 'ICD10CM.tabular') throw new CodeSetFileError(fileName, 'line 1', `root element is <${root}>, not <ICD10CM.tabular>`);
  if (diags === 0) throw new CodeSetFileError(fileName, 'line 1', 'no <diag> elements');
  return { format: 1, version: version || 'unknown', source: fileName.split(/[\\/]/).pop()!, notes };
}

function addNotes(all: CompiledTabular['notes'], key: string, node: XmlNode): void {
  const out: Notes = {};
  for (const c of node.children) {
    const kind = KINDS[c.name];
    if (kind) {
      const texts = c.children
        .filter((n) => n.name === 'note')
        .map((n) => clean(n.text))
        .filter(Boolean);
      if (texts.length) (out[kind] ??= []).push(...texts);
    } else if (c.name === 'sevenChrDef') {
      out.sevenChr = c.children.filter((n) => n.name === 'extension' && n.attrs.char).map((n) => [n.attrs.char!, clean(n.text)] as [string, string]);
    }
  }
  if (Object.keys(out).length) all[key] = out;
}
