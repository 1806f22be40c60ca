import { RemitError } from './remit-error.ts';

export interface Separators {
  element: string;
  component: string;
  terminator: string;
}

const segmentId = /^[A-Z][A-Z0-9]{1,2}$/;
const show = (s: string) => JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);

/**
 * Reads the separators from the fixed-width ISA (106 characters: element separator at 3,
 * component separator at 104, terminator at 105) and checks every segment id and the envelope
 * nesting before node-x12 builds its model: node-x12 trusts the envelope and fails with a
 * TypeError on, say, a GE without its GS, and it cannot tell which segment was at fault.
 */
export function readSeparators(text: string): Separators {
  if (!text.startsWith('ISA')) {
    const first = text.slice(0, text.search(/[^A-Za-z0-9]|$/)) || text.slice(0, 8);
    throw new RemitError('ISA', 1, `missing: the file must start with an ISA segment, found ${show(first)}`);
  }
  const element = text.charAt(3);
  if (/[A-Za-z0-9 ]/.test(element) || element === '') throw new RemitError('ISA', 1, `element separator ${show(element)} is a letter, digit or space`);
  let at = 3;
  for (let n = 1; n < 16; n++) {
    at = text.indexOf(element, at + 1);
    if (at === -1) throw new RemitError('ISA', 1, `has ${n} elements, needs 16 (element separator ${show(element)})`);
  }
  if (at !== 103) throw new RemitError('ISA', 1, `is not 106 characters (ISA16 starts at column ${at + 2}, not 105): the separators cannot be read`);
  const component = text.charAt(104);
  const terminator = text.charAt(105);
  const bad = (c: string) => c === '' || /[A-Za-z0-9 ]/.test(c) || c === element;
  if (bad(component)) throw new RemitError('ISA', 1, `ISA16 component separator ${show(component)} is not a separator character`);
  if (bad(terminator) || terminator === component) {
    throw new RemitError('ISA', 1, `segment terminator ${show(terminator)} after ISA16 is missing or clashes with the other separators`);
  }
  return { element, component, terminator };
}

/**
 * Ids of the segments in file order, checked for shape and for ISA/GS/ST ... SE/GE/IEA nesting.
 * Returns the number of segments.
 */
export function checkEnvelope(text: string, sep: Separators): number {
  const raw = text.split(sep.terminator);
  let depth = 0; // 0 outside, 1 in ISA, 2 in GS, 3 in ST
  let n = 0;
  let interchanges = 0;
  const opens: Record<string, [number, string]> = { ISA: [0, ''], GS: [1, 'ISA'], ST: [2, 'GS'] };
  const closes: Record<string, [number, string]> = { SE: [3, 'ST'], GE: [2, 'GS'], IEA: [1, 'ISA'] };
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i]!.trim();
    if (seg === '') continue;
    n++;
    const cut = seg.indexOf(sep.element);
    const id = cut === -1 ? seg : seg.slice(0, cut);
    if (!segmentId.test(id)) {
      throw new RemitError(id.slice(0, 3) || '?', n, `${show(seg)} does not start with a segment id followed by ${show(sep.element)}: delimiters differ from those the ISA declares (element ${show(sep.element)}, terminator ${show(sep.terminator)})`);
    }
    if (/[\r\n]/.test(seg)) {
      const next = /[\r\n]\s*([A-Z][A-Z0-9]{1,2})/.exec(seg)?.[1] ?? '';
      throw new RemitError(id, n, `holds a line break${next ? ` before ${show(next)}` : ''}: segments seem to end otherwise than with the terminator ${show(sep.terminator)} the ISA declares`);
    }
    // Whatever follows the last terminator is an unterminated segment, not whitespace.
    if (i === raw.length - 1) throw new RemitError(id, n, `is not ended by the terminator ${show(sep.terminator)}`);
    const open = opens[id];
    const close = closes[id];
    if (id === 'ISA' && ++interchanges > 1) throw new RemitError(id, n, 'a second interchange in one file: split it into one file per ISA/IEA');
    if (open) {
      if (depth !== open[0]) throw new RemitError(id, n, depth < open[0] ? `appears outside ${open[1]}` : `opens before the previous ${id === 'ISA' ? 'IEA' : id === 'GS' ? 'GE' : 'SE'}`);
      depth++;
    } else if (close) {
      if (depth !== close[0]) throw new RemitError(id, n, `has no open ${close[1]}`);
      depth--;
    } else if (depth !== 3) {
      throw new RemitError(id, n, 'appears outside a transaction set (between ST and SE)');
    }
  }
  if (depth === 3) throw new RemitError('SE', n + 1, 'missing: the file ends inside a transaction set');
  if (depth === 2) throw new RemitError('GE', n + 1, 'missing: the file ends inside a functional group');
  if (depth === 1) throw new RemitError('IEA', n + 1, 'missing: the file ends without IEA');
  return n;
}
