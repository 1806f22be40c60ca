import { show, X12Error } from './x12-error.ts';

export interface Separators {
  element: string;
  component: string;
  terminator: string;
}

/** Characters that may not serve as a delimiter (X12.5 basic character set letters, digits, space). */
const bad = (c: string) => c === '' || /[A-Za-z0-9 ]/.test(c);

/**
 * Reads the separators from the fixed-width ISA (X12.5 interchange control header, 106
 * characters: element separator at 3, ISA16 component separator at 104, terminator at 105).
 * `text` starts at the ISA.
 */
export function readSeparators(text: string): Separators {
  if (!text.startsWith('ISA')) {
    const first = text.slice(0, text.search(/[^A-Za-z0-9]|$/)) || text.slice(0, 8);
    throw new X12Error('ISA', 1, `missing: the file must start with an ISA segment, found ${show(first)}`);
  }
  const element = text.charAt(3);
  if (bad(element)) throw new X12Error('ISA', 1, `element separator ${show(element)} is a letter, digit or space`);
  let at = 3;
  for (let n = 1; n < 16; n++) {
    at = text.indexOf(element, at + 1);
    if (at === -1) throw new X12Error('ISA', 1, `has ${n} elements, needs 16 (element separator ${show(element)})`);
  }
  if (at !== 103) throw new X12Error('ISA', 1, `is not 106 characters (ISA16 starts at column ${at + 2}, not 105): the separators cannot be read`);
  const component = text.charAt(104);
  const terminator = text.charAt(105);
  if (bad(component) || component === element) throw new X12Error('ISA', 1, `ISA16 component separator ${show(component)} is not a separator character`);
  if (bad(terminator) || terminator === component || terminator === element) {
    throw new X12Error('ISA', 1, `segment terminator ${show(terminator)} after ISA16 is missing or clashes with the other separators`);
  }
  return { element, component, terminator };
}
