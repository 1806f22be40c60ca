import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { kitCodeSets } from '../../../test/support/coding-kit.ts';
import { codeListItems } from './list-items.ts';
import { codeStatement } from './statement.ts';

describe('codeListItems: a statement written as a list', () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['I10', true, 'Essential (primary) hypertension'],
        ['E03.9', true, 'Hypothyroidism, unspecified'],
        ['H66.91', true, 'Otitis media, unspecified, right ear'],
        ['H93.91', true, 'Unspecified disorder of right ear'],
        ['G20.C', true, 'Parkinsonism, unspecified'],
        ['T69.9XXA', true, 'Effect of reduced temperature, unspecified, initial encounter'],
        ['R41.0', true, 'Disorientation, unspecified'],
        ['F90.9', true, 'Attention-deficit hyperactivity disorder, unspecified type'],
        ['E83.42', true, 'Hypomagnesemia'],
        ['E83.39', true, 'Other disorders of phosphorus metabolism'],
      ],
      index: [
        { path: ['Hypertension'], code: 'I10' },
        { path: ['Hypothyroidism'], code: 'E03.9' },
        { path: ['Otitis', 'media'], code: 'H66.91' },
        { path: ['Parkinsonism'], code: 'G20.C' },
        { path: ['Freezing'], code: 'T69.9XXA' },
        { path: ['Delirium'], code: 'R41.0' },
        { path: ['Hyperactive'], code: 'F90.9' },
        { path: ['Hypomagnesemia'], code: 'E83.42' },
        { path: ['Hypophosphatemia'], code: 'E83.39' },
      ],
    },
    { tree: true },
  );
  const items = (stmt: string) => {
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    return [...hits, ...codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits)].map((h) => h.code);
  };

  it.each([
    ['each item that names a condition is coded', 'HTN, hypothyroidism', ['E039', 'I10']],
    ['a qualifier item adds no code of its own', 'Otitis media, right ear', ['H6691']],
    ['a list inside parentheses is an aside, not items', 'Parkinsonism (wearing-off, freezing)', ['G20C']],
    ['a statement without separators is left to the statement matcher', 'Hypertension', ['I10']],
    ["an item's status or severity the code has no axis for describes it", 'HTN, stable severe hypothyroidism', ['E039', 'I10']],
    // DSM-5's delirium specifier, read away by the lexicon in the whole statement, is no item of its own.
    ['a word the lexicon reads away in context is no item', 'Delirium, hyperactive, superimposed on dementia', ['R410']],
    // Two conditions of one category are two codes; one condition is one ("Otitis media, right ear" above).
    ['each condition of a shared category is coded', 'Hypomagnesemia, hypophosphatemia', ['E8339', 'E8342']],
  ])('%s: %s', (_, stmt, want) => {
    expect(items(stmt).sort()).toEqual([...want].sort());
  });
});

describe.skipIf(!codeSetsBuilt)('list items over the compiled code sets', () => {
  const built = builtCodeSets();
  it('refines an item by the site the Neoplasm Table nests its word in, as a whole statement is ("sigmoid diverticulosis")', () => {
    const cs = built();
    const stmt = 'Two colon polyps removed by cold snare; sigmoid diverticulosis; grade I internal hemorrhoids.';
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    const codes = [...hits, ...codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits)].map((h) => h.code);
    expect(codes).toContain('K5730');
  });

  it("reads an item's status or severity the code has no axis for as its description (J43.9 beside J96.11)", () => {
    const cs = built();
    const stmt = 'stable severe emphysema without exacerbation, chronic hypoxemic respiratory failure, and OSA on CPAP';
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    const codes = [...hits, ...codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits)].map((h) => h.code);
    expect(codes).toEqual(expect.arrayContaining(['J439', 'J9611', 'G4733']));
  });

  it('reads an item\'s words in its code\'s own title as the code\'s ("essential" of I10, reached by the Index\'s "Hypertension")', () => {
    const cs = built();
    const stmt = 'frequent PVCs with preserved LV function, and essential hypertension that is mildly above goal';
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    expect(codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits).map((h) => h.code)).toEqual(['I10']);
  });

  it('reads an item that is only a side as the side of the item before it (I.B.13: "Femoral neck fracture, left, osteoporotic")', () => {
    const cs = built();
    const stmt = 'Femoral neck fracture, left, osteoporotic';
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    expect(codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits).map((h) => h.code)).toContain('S72002A');
  });

  it('reads " + " between two conditions as a list joiner, as clinicians write "and" (N95.1 beside N95.2)', () => {
    const cs = built();
    const stmt = 'Menopausal vasomotor symptoms + genitourinary syndrome of menopause (vulvovaginal atrophy)';
    const hits = codeStatement(cs, undefined, stmt, 0, stmt.length);
    const codes = [...hits, ...codeListItems(cs, undefined, stmt, 0, stmt.length, undefined, hits)].map((h) => h.code);
    expect(codes.sort()).toEqual(['N951', 'N952']);
  });
});
