import { dotted, undotted } from './format.ts';
import type { CodeRef } from './model.ts';

// Codes are only read inside parentheses: note text such as "vitamin B12 deficiency" must not
// be taken for a code. A range is tried before a trailing "-" so "E08-E13" is not "E08-".
const CODE = '[A-Z]\\d[0-9A-Z](?:\\.[0-9A-Z]{1,4})?';
const REF = new RegExp(`(${CODE})(?:\\s*-\\s*(${CODE})(?:\\.?-)?|(\\.?-))?`, 'g');

/** The code references of one instructional note: "(E08.-)", "(E08-E13)", "(Z79.4, Z79.84)". */
export function parseNoteRefs(text: string): CodeRef[] {
  const refs: CodeRef[] = [];
  for (const group of text.matchAll(/\(([^()]*)\)/g)) {
    for (const m of group[1]!.matchAll(REF)) {
      const code = dotted(m[1]!);
      if (m[2]) refs.push({ code, range: dotted(m[2]), subdivisions: true, text });
      else refs.push({ code, subdivisions: Boolean(m[3]), text });
    }
  }
  return refs;
}

/**
 * Whether a note's reference names `code`: the code itself, a code below it (a reference to
 * a category covers what is under it, dash or not), or a code inside its range.
 */
export function refNames(ref: CodeRef, code: string): boolean {
  const c = undotted(code);
  const start = undotted(ref.code);
  if (!ref.range) return c.startsWith(start);
  const end = undotted(ref.range);
  return c.slice(0, start.length) >= start && c.slice(0, end.length) <= end;
}
