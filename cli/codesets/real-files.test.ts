import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { titleIndex } from '../../shared/coding/matcher/title-index.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { buildCodeSets } from './build.ts';
import { loadCodeSets } from './load.ts';
import { findSourceDir } from './paths.ts';

// Against the official release files (../shared/codesets or CHARTSIDE_CODESETS), compiled into
// a scratch folder so the test never depends on, or disturbs, generated/.
const source = findSourceDir();
const out = mkdtempSync(join(tmpdir(), 'codesets-'));
let cs: CodeSets;

describe.skipIf(!source)('code sets from the official files', () => {
  beforeAll(async () => {
    buildCodeSets(source!, () => {}, out);
    cs = await loadCodeSets(out);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('counts every ICD-10-CM year and the HCPCS quarter', () => {
    expect(cs.icdStats()).toEqual([
      { year: 'FY2026', entries: 98186, billable: 74719 },
      { year: 'FY2027', entries: 98403, billable: 74879 },
    ]);
    expect(cs.hcpcsStats()).toEqual([{ year: '2026-Q1', codes: 8623, modifiers: 383 }]);
  });

  it('answers deleted and added codes by date of service', () => {
    const y26 = new Set(cs.icdEntries('2026-09-30').map((e) => e[0]));
    const y27 = new Set(cs.icdEntries('2026-10-01').map((e) => e[0]));
    const deleted = [...y26].find((c) => !y27.has(c))!;
    const added = [...y27].find((c) => !y26.has(c))!;
    expect(deleted && added).toBeTruthy();
    expect(cs.icd(deleted, '2026-09-30')).not.toBeNull();
    expect(cs.icd(deleted, '2026-10-01')).toBeNull();
    expect(cs.icd(added, '2026-09-30')).toBeNull();
    expect(cs.icd(added, '2026-10-01')?.year).toBe('FY2027');
  });

  it('reads Excludes1, 7th characters and Code first from the tabular', () => {
    expect(cs.icdNotes('E11').excludes1.map((r) => r.code)).toContain('E10');
    expect(cs.excludes1Conflict('E11.9', 'E10.9', '2026-01-15')?.code).toBe('E10');
    expect(cs.excludes1Conflict('E10.9', 'E11.65', '2026-01-15')?.code).toBe('E11');
    expect(cs.excludes1Conflict('E11.9', 'I10', '2026-01-15')).toBeNull();
    const seventh = cs.icdNotes('S52.521', '2026-01-15').sevenChr.map((s) => s.char);
    expect(seventh).toEqual(['A', 'D', 'G', 'K', 'P', 'S']);
    for (const c of seventh) expect(cs.icd(`S52.521${c}`, '2026-01-15')).not.toBeNull();
    expect(cs.mce('F02.80').manifestation).toBe(true);
    expect(cs.icdNotes('F02.80', '2026-01-15').codeFirst.map((r) => r.code)).toContain('G30');
  });

  it('looks up HCPCS codes and modifiers, and MCE lists', () => {
    expect(cs.hcpcs('a0021', '2026-02-01')?.title).toMatch(/ambulance/i);
    expect(cs.hcpcsModifier('rt')?.title).toMatch(/right side/i);
    expect(cs.mceAgeRange('pediatric')).toEqual({ min: 0, max: 17 });
    expect(cs.mce('O80').age).toBe('maternity');
  });

  it('searches with typos and gives index paths valid in the year', () => {
    expect(cs.search('diabetis mellitus type 2 with chronic kidney', { limit: 5 }).map((h) => h.code)).toContain('E11.22');
    const terms = cs.indexTerms('2026-01-15');
    expect(terms.find((t) => /^Diabetes, diabetic, type 2, with, chronic kidney disease$/.test(t.term))?.code).toBe('E11.22');
    expect(terms.every((t) => cs.icd(t.code, '2026-01-15') !== null)).toBe(true);
  });

  it('ships a matcher per year that codes the development notes exactly as one built on the spot', () => {
    const dir = join(import.meta.dirname, '../../../shared/eval/notes');
    const notes = readdirSync(dir)
      .filter((f) => /^n\d+\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    // The same code sets without their packs: the matcher is built from the titles and index here.
    const unpacked = Object.assign(Object.create(cs) as CodeSets, { matcherPack: () => undefined });
    for (const year of ['2026-01-15', '2026-11-01']) {
      // Restored lists hold typed arrays; titles, index paths and inclusion terms all come from the pack.
      const shipped = titleIndex(cs, year);
      expect([shipped.titles, shipped.phrases.list, shipped.inclusions.list].map((l) => l.reqAt instanceof Int32Array)).toEqual([true, true, true]);
      expect(titleIndex(unpacked, year).titles.reqAt).toBeInstanceOf(Array);
    }
    expect(notes.length).toBeGreaterThan(10);
    // Whatever the pack, index and guideline modules look up, a note's date picks its year once (issue #24 item 8).
    const resolutions = vi.spyOn(cs as unknown as { pickYear(date?: string): unknown }, 'pickYear');
    for (const n of notes) {
      const doc = { text: n.text, setting: n.setting ?? 'office', patient: n.patient ?? {}, ...(n.dateOfService && { dateOfService: n.dateOfService }) };
      resolutions.mockClear();
      const shipped = suggest(doc, cs);
      expect(resolutions).toHaveBeenCalledTimes(1);
      expect(shipped).toEqual(suggest(doc, unpacked));
    }
    resolutions.mockRestore();
  }, 60_000);
});
