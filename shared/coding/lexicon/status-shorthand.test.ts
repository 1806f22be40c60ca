import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandStatus, statusShorthand } from './status-shorthand.ts';

const listDir = join(import.meta.dirname, '../../../../shared/lexicon/medical-abbreviations');

/** Abbreviation -> meanings, from the list's CSV files (Abbreviation/Shorthand,Meaning,More Info). */
function abbreviationList(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(listDir).filter((n) => n.endsWith('.csv'))) {
    for (const line of readFileSync(join(listDir, f), 'utf8').split(/\r?\n/).slice(1)) {
      const [abbr, meaning] = line.split(',');
      if (!abbr || !meaning) continue;
      const k = abbr.replace(/"/g, '').trim().toLowerCase();
      out.set(k, [...(out.get(k) ?? []), meaning.toLowerCase()]);
    }
  }
  return out;
}

describe('status shorthand (context-resolved abbreviations for status statements)', () => {
  it.each(statusShorthand.map((s) => [s.said.source, s.source]))('%s cites a general source', (_said, source) => {
    expect(source).toMatch(/^(?:abbr: |Index: |Tabular)/);
  });

  // Every abbreviation is in the shared list; one the list gives several meanings carries the context that picks this one.
  const cited = statusShorthand.filter((s) => s.source.startsWith('abbr: '));
  it.skipIf(!existsSync(listDir)).each(cited.map((s) => [s.source, s]))('%s is in the medical-abbreviations list', (_src, s) => {
    const list = abbreviationList();
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
    ['ICD in situ', 'automatic implantable cardiac defibrillator in situ'],
    // Without its context an abbreviation of several meanings is not used.
    ['LAD in the neck', '  in the neck'],
    ['Huntington disease (HD)', 'Huntington disease ( )'],
    ['ICD-10 codes', '  codes'],
  ])('"%s" -> "%s"', (said, want) => expect(expandStatus(said).replace(/ +/g, ' ')).toBe(want.replace(/ +/g, ' ')));
});
