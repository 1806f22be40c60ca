import { describe, expect, it } from 'vitest';
import { parseNoteRefs, refNames } from './note-refs.ts';

describe('instructional note references', () => {
  it('reads subdivisions, ranges and lists, only inside parentheses', () => {
    const refs = (t: string) => parseNoteRefs(t).map(({ text: _t, ...r }) => r);
    expect(refs('type 1 diabetes mellitus (E10.-)')).toEqual([{ code: 'E10', subdivisions: true }]);
    expect(refs('gestational diabetes (O24.4-)')).toEqual([{ code: 'O24.4', subdivisions: true }]);
    expect(refs('newborn disorders (P70-P74)')).toEqual([{ code: 'P70', range: 'P74', subdivisions: true }]);
    expect(refs('insulin (Z79.4) or drugs (Z79.84, Z79.85)')).toEqual([
      { code: 'Z79.4', subdivisions: false },
      { code: 'Z79.84', subdivisions: false },
      { code: 'Z79.85', subdivisions: false },
    ]);
    expect(refs('vitamin B12 deficiency anemia')).toEqual([]);
  });

  it('names a code, what is below it, or what a range holds', () => {
    const [e10] = parseNoteRefs('(E10.-)');
    const [range] = parseNoteRefs('(E08-E09)');
    const [z794] = parseNoteRefs('(Z79.4)');
    expect(refNames(e10!, 'E10.9')).toBe(true);
    expect(refNames(e10!, 'E11.9')).toBe(false);
    expect(refNames(range!, 'E09.65')).toBe(true);
    expect(refNames(range!, 'E10.9')).toBe(false);
    expect(refNames(range!, 'E07.9')).toBe(false);
    // A note naming a code that later became a header names its subdivisions too.
    expect(refNames(z794!, 'Z79.41')).toBe(true);
    expect(refNames(z794!, 'Z79.5')).toBe(false);
  });
});
