import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { lookupOne } from '../commands/codes.ts';
import { buildCodeSets } from './build.ts';
import { loadCodeSets } from './load.ts';
import { repoRoot } from './paths.ts';

// Small files written in the official formats (shared/codes/fixtures): every reader, the
// packing of two years into one artifact and every CodeSets answer, end to end.
const fixtures = resolve(repoRoot, 'shared/codes/fixtures');
const out = mkdtempSync(join(tmpdir(), 'codesets-fx-'));
let cs: CodeSets;
const progress: string[] = [];

beforeAll(async () => {
  buildCodeSets(fixtures, (m) => progress.push(m), out);
  cs = await loadCodeSets(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('ICD-10-CM years', () => {
  it('reports progress and counts per year', () => {
    expect(progress.some((m) => m.includes('FY2027'))).toBe(true);
    expect(cs.icdStats()).toEqual([
      { year: 'FY2026', entries: 24, billable: 12 },
      { year: 'FY2027', entries: 24, billable: 12 },
    ]);
  });

  it('answers by the fiscal year of the date of service', () => {
    expect(cs.icd('Z79.84', '2026-09-30')?.year).toBe('FY2026');
    expect(cs.icd('Z79.84', '2026-10-01')).toBeNull();
    expect(cs.icd('E11.29', '2026-09-30')).toBeNull();
    expect(cs.icd('e1129', '2026-10-01')?.billable).toBe(true);
    expect(cs.icd('E11.9', '2026-01-01')?.title).toBe('Type 2 diabetes mellitus without complications');
    expect(cs.icd('E11.9', '2027-01-01')?.title).toMatch(/\(revised\)$/);
    expect(cs.icd('S52.521A', '2026-01-01')?.title).toBe('Torus fracture of lower end of right radius, initial encounter for closed fracture');
  });

  it('lists entries in tabular order, not sorted order', () => {
    const codes = cs.icdEntries('2027-01-01').map((e) => e[0]);
    expect(codes.indexOf('E1129')).toBe(codes.indexOf('E1122') + 1);
    expect(codes.indexOf('S52521D')).toBeLessThan(codes.indexOf('R10'));
  });
});

describe('tabular notes', () => {
  it('inherits chapter, section and category notes and keeps inclusion terms to their code', () => {
    const n = cs.icdNotes('E11.21', '2026-01-01');
    expect(n.excludes1.map((r) => r.code)).toEqual(['P70', 'E10']);
    expect(n.excludes1[0]).toMatchObject({ range: 'P74', subdivisions: true });
    expect(n.includes).toEqual(['diabetes NOS']);
    expect(n.useAdditional.map((r) => r.code)).toEqual(['Z79.4', 'Z79.84']);
    expect(n.inclusionTerms).toEqual(['Type 2 diabetes mellitus with Kimmelstiel-Wilson disease']);
    expect(cs.icdNotes('E11.22', '2026-01-01').inclusionTerms).toEqual([]);
  });

  it('takes 7th characters from the nearest node that defines them', () => {
    expect(cs.icdNotes('S52.521', '2026-01-01').sevenChr.map((s) => s.char)).toEqual(['A', 'D', 'S']);
    expect(cs.icdNotes('S52.521A', '2026-01-01').sevenChr).toHaveLength(3);
  });

  it('reads Code first of a manifestation code', () => {
    expect(cs.icdNotes('F02.80', '2026-01-01').codeFirst).toEqual([
      { code: 'G30', subdivisions: true, text: "the underlying physiological condition, such as: Alzheimer's (G30.-)" },
    ]);
  });

  it('never answers for a code the year lacks, even if the tabular has it', () => {
    expect(cs.icdNotes('E11.23', '2026-01-01').inclusionTerms).toEqual([]);
    expect(cs.search('phantom inclusion').map((h) => h.code)).not.toContain('E11.23');
  });

  it('finds Excludes1 conflicts both ways, by subdivision and by range', () => {
    expect(cs.excludes1Conflict('E11.9', 'E10.9', '2026-01-01')?.code).toBe('E10');
    expect(cs.excludes1Conflict('E10.9', 'E11.22', '2026-01-01')?.code).toBe('E11');
    expect(cs.excludes1Conflict('E08.9', 'E10.9', '2026-01-01')).toMatchObject({ code: 'E08', range: 'E09' });
    expect(cs.excludes1Conflict('E11.9', 'Z79.4', '2026-01-01')).toBeNull();
  });
});

describe('HCPCS, MCE', () => {
  it('honours each code added and termination date', () => {
    expect(cs.hcpcs('G0001', '2024-12-31')?.title).toMatch(/fixture code that is valid$/);
    expect(cs.hcpcs('G0001', '2025-01-01')).toBeNull();
    expect(cs.hcpcs('K0001', '2025-12-31')).toBeNull();
    expect(cs.hcpcs('k0001', '2026-01-02')).toMatchObject({ effective: '2026-01-01', year: '2026-Q1' });
    expect(cs.hcpcsModifier('rt')?.title).toBe('Right side (used to identify procedures performed on the right side of the body)');
    expect(cs.hcpcsStats()).toEqual([{ year: '2026-Q1', codes: 4, modifiers: 2 }]);
  });

  it('reads the MCE lists, a category entry covering its codes', () => {
    expect(cs.mce('F02.80')).toEqual({ manifestation: true, unacceptableFirst: false });
    expect(cs.mce('S52.521A').age).toBe('pediatric');
    expect(cs.mce('E11.22').age).toBe('adult');
    expect(cs.mce('Z79.4').unacceptableFirst).toBe(true);
    expect(cs.mceAgeRange('maternity')).toEqual({ min: 9, max: 64 });
  });
});

describe('alphabetic index and search', () => {
  it('gives index paths whose codes exist that year, following see references', () => {
    const t26 = cs.indexTerms('2026-01-01');
    const t27 = cs.indexTerms('2027-01-01');
    const find = (terms: typeof t26, term: string) => terms.filter((t) => t.term === term).map((t) => t.code);
    expect(find(t26, 'Diabetes, diabetic, type 2, with, chronic kidney disease')).toEqual(['E11.22']);
    expect(find(t26, 'Diabetes, diabetic, type 2, with, oral hypoglycemic drug use')).toEqual(['Z79.84']);
    expect(find(t27, 'Diabetes, diabetic, type 2, with, oral hypoglycemic drug use')).toEqual([]);
    expect(find(t26, 'Diabetes, diabetic, type 2, with, kidney complications NEC')).toEqual([]);
    expect(find(t27, 'Diabetes, diabetic, type 2, with, kidney complications NEC')).toEqual(['E11.29']);
    // Two hops: Dementia, in, Alzheimer's disease -> Alzheimer's disease or sclerosis -> Disease, Alzheimer's.
    expect(find(t26, "Dementia, in, Alzheimer's disease")).toEqual(['G30.9', 'F02.80']);
    expect(find(t26, 'Abdominalgia')).toEqual(['R10.9']);
    // "see Disease, Alzheimer's" names main term "Disease, diseased" by its first word.
    expect(find(t26, "Alzheimer's disease or sclerosis")).toEqual(['G30.9', 'F02.80']);
    expect(find(t26, 'Fracture, traumatic, radius, torus, (right)')).toEqual(['S52.52']);
    expect(t26.find((t) => t.code === 'E11.22')?.nemod).toBe('(mellitus) (sugar)');
  });

  it('ranks, tolerates typos and filters by system', () => {
    expect(cs.search('diabetes chronic kidney', { dos: '2026-01-01' })[0]?.code).toBe('E11.22');
    expect(cs.search('diabetis type 2 nephropathy', { dos: '2026-01-01' })[0]?.code).toBe('E11.21');
    expect(cs.search('kimmelstiel wilson')[0]).toMatchObject({ code: 'E11.21', matched: 'Type 2 diabetes mellitus with Kimmelstiel-Wilson disease' });
    expect(cs.search('abdominalgia', { dos: '2026-01-01' })[0]?.code).toBe('R10.9');
    expect(cs.search('wheelchair', { dos: '2026-02-01', system: 'HCPCS' })[0]?.code).toBe('K0001');
    expect(cs.search('wheelchair', { dos: '2026-02-01', system: 'ICD-10-CM' })).toEqual([]);
    expect(cs.search('cane', { limit: 1 })).toHaveLength(1);
    // One search index serves the year; HCPCS dates are checked per query, in either order.
    expect(cs.search('venipuncture', { dos: '2026-02-01' })).toEqual([]);
    expect(cs.search('venipuncture', { dos: '2024-06-01' })[0]?.code).toBe('G0001');
    expect(cs.search('venipuncture', { dos: '2026-02-01' })).toEqual([]);
  });
});

describe('codes lookup', () => {
  it('answers ICD-10-CM with or without the dot, HCPCS codes and modifiers', () => {
    expect(lookupOne(cs, 'E1122', '2026-01-01')).toMatchObject({ system: 'ICD-10-CM', code: 'E11.22', billable: true, year: 'FY2026' });
    expect(lookupOne(cs, 'e11.22', '2026-01-01')).toMatchObject({ code: 'E11.22' });
    expect(lookupOne(cs, 'A0021', '2026-01-01')).toMatchObject({ system: 'HCPCS', code: 'A0021' });
    expect(lookupOne(cs, 'lt')).toMatchObject({ system: 'HCPCS-modifier', code: 'LT' });
    expect(lookupOne(cs, 'Z79.84', '2026-10-01')).toEqual({ code: 'Z79.84', found: false });
    expect(lookupOne(cs, 'A00.21', '2026-01-01')).toEqual({ code: 'A00.21', found: false }); // a dot means ICD-10-CM
    expect(lookupOne(cs, 'E1122', '2026-01-01', 'HCPCS')).toEqual({ code: 'E1122', found: false });
    expect(lookupOne(cs, 'A0021', '2026-01-01', 'ICD-10-CM')).toEqual({ code: 'A0021', found: false });
  });
});
