import { describe, expect, it } from 'vitest';
import { CodeSets } from './code-sets.ts';
import type { CompiledIcdYear } from './model.ts';

const year = (y: string, from: string, to: string, entries: CompiledIcdYear['entries']): CompiledIcdYear => ({
  format: 1,
  system: 'icd10cm',
  year: y,
  effectiveFrom: from,
  effectiveTo: to,
  source: 'test',
  entries,
});

describe('icdEntriesUnder: one category without decoding the year', () => {
  const cs = new CodeSets([
    year('FY2026', '2025-10-01', '2026-09-30', [
      ['Z95', 0, 'Presence of cardiac and vascular implants and grafts'],
      ['Z950', 1, 'Presence of cardiac pacemaker'],
      ['Z955', 1, 'Presence of coronary angioplasty implant and graft'],
      ['Z960', 1, 'Presence of urogenital implants'],
      ['Z9911', 1, 'Dependence on respirator [ventilator] status'],
    ]),
    year('FY2027', '2026-10-01', '2027-09-30', [
      ['Z95', 0, 'Presence of cardiac and vascular implants and grafts'],
      ['Z955', 1, 'Presence of coronary angioplasty implant and graft'],
      ['Z9911', 1, 'Dependence on respirator [ventilator] status'],
    ]),
  ]);

  it.each([
    ['Z95', '2026-03-01', ['Z95', 'Z950', 'Z955']],
    ['Z95', '2026-11-01', ['Z95', 'Z955']],
    ['Z99.1', '2026-03-01', ['Z9911']],
    ['Z97', '2026-03-01', []],
  ])('%s on %s -> %j', (prefix, dos, want) => {
    expect(cs.icdEntriesUnder(prefix, dos).map(([c]) => c)).toEqual(want);
  });

  it('agrees with the whole year read in full', () => {
    const all = cs.icdEntries('2026-03-01').filter(([c]) => c.startsWith('Z95'));
    expect(cs.icdEntriesUnder('Z95', '2026-03-01')).toEqual(all);
  });
});
