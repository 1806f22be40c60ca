import { describe, expect, it } from 'vitest';
import { abbreviationListPresent, abbreviationMeanings } from '../../../test/support/abbreviation-list.ts';
import { expandStatus, statusShorthand } from './status-shorthand.ts';

describe('status shorthand (context-resolved abbreviations for status statements)', () => {
  it.each(statusShorthand.map((s) => [s.said.source, s.source]))('%s cites a general source', (_said, source) => {
    expect(source).toMatch(/^(?:abbr: |Index: |Tabular)/);
  });

  // Every abbreviation is in the shared list; one the list gives several meanings carries the context that picks this one.
  const cited = statusShorthand.filter((s) => s.source.startsWith('abbr: '));
  it.skipIf(!abbreviationListPresent).each(cited.map((s) => [s.source, s]))('%s is in the medical-abbreviations list', (_src, s) => {
    const list = abbreviationMeanings();
    for (const a of s.source.slice('abbr: '.length).split(/,\s*/)) {
      expect(list.has(a.toLowerCase()), a).toBe(true);
      if ((list.get(a.toLowerCase())?.length ?? 0) > 1 && s.words.trim()) expect(s.when, `${a} has several meanings`).toBeDefined();
    }
  });

  it.each([
    [
      's/p PCI/DES to LAD',
      's/p percutaneous coronary intervention angioplasty/drug-eluting stent coronary angioplasty implant to left anterior descending coronary artery',
    ],
    ['ESRD on HD MWF', 'ESRD on hemodialysis dialysis MWF'],
    // A number after it is the hospital day.
    ['NEPHROLOGY CONSULT FOLLOW-UP (HD 2)', 'NEPHROLOGY CONSULT FOLLOW-UP (HD 2)'],
    ['ICD in situ', 'automatic implantable cardiac defibrillator in situ'],
    // Without its context an abbreviation of several meanings is not used.
    ['LAD in the neck', '  in the neck'],
    ['Huntington disease (HD)', 'Huntington disease ( )'],
    ['ICD-10 codes', '  codes'],
  ])('"%s" -> "%s"', (said, want) => expect(expandStatus(said).replace(/ +/g, ' ')).toBe(want.replace(/ +/g, ' ')));
});
