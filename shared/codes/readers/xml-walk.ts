import { SaxesParser } from 'saxes';
import { CodeSetFileError } from '../errors.ts';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string; // own text, children excluded
  children: XmlNode[];
  line: number;
}

/**
 * Streams an XML document and hands each element named in `emit` (a whole subtree) to `onNode`
 * as soon as it closes, so a 9 MB file never becomes one big tree. Malformed XML throws a
 * CodeSetFileError naming the line; an unclosed document (truncated file) too.
 */
export function walkXml(text: string, fileName: string, emit: Set<string>, onNode: (n: XmlNode, path: XmlNode[]) => void): string {
  const parser = new SaxesParser({ position: true });
  const stack: XmlNode[] = [];
  let root = '';
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const node: XmlNode = { name: tag.name, attrs, text: '', children: [], line: parser.line };
    if (stack.length === 0) root = tag.name;
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop()!;
    if (emit.has(node.name)) {
      onNode(node, stack);
      // Emitted subtrees are done with: drop them so memory stays flat.
      const parent = stack[stack.length - 1];
      if (parent) parent.children = parent.children.filter((c) => c !== node);
    }
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof CodeSetFileError) throw e;
    throw new CodeSetFileError(fileName, `line ${parser.line}`, `malformed XML (${(e as Error).message.split('\n')[0]})`);
  }
  if (stack.length > 0)
    throw new CodeSetFileError(fileName, `line ${parser.line}`, `element <${stack[stack.length - 1]!.name}> never closed (truncated file?)`);
  return root;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
