import { describe, expect, it, vi } from 'vitest';
import type { ClinicalDocument } from '../contracts/suggestion.ts';
import { suggest } from '../coding/suggest.ts';
import { CodeSets } from './code-sets.ts';
import type { CompiledHcpcs, CompiledIcdYear } from './model.ts';
import { baseOf, isYearView, yearView } from './year-view.ts';

// Two hand-written ICD-10-CM years: the later one adds a code (as FY2025 added E11.A), so a
// note's codes depend on which year its date of service falls in (ICD-10-CM years start October 1).
const common: CompiledIcdYear['entries'] = [
  ['E11', 0, 'Type 2 diabetes mellitus'],
  ['E119', 1, 'Type 2 diabetes mellitus without complications'],
  ['I10', 1, 'Essential (primary) hypertension'],
];
const year = (fy: number, entries: CompiledIcdYear['entries']): CompiledIcdYear => ({
  format: 1,
  system: 'icd10cm',
  year: `FY${fy}`,
  effectiveFrom: `${fy - 1}-10-01`,
  effectiveTo: `${fy}-09-30`,
  source: 'test',
  entries,
});
const hcpcs = (q: string, from: string, title: string): CompiledHcpcs => ({
  format: 1,
  year: q,
  effectiveFrom: from,
  source: 'test',
  codes: [['G0439', title, 'AWV subsequent', '', '']],
  modifiers: [],
});

function codeSets(): CodeSets {
  return new CodeSets([year(2026, common), year(2027, [...common, ['E11A', 1, 'Type 2 diabetes mellitus without complications in remission']])], {
    hcpcs: [
      hcpcs('2026-Q1', '2026-01-01', 'Annual wellness visit, subsequent (Q1 release)'),
      hcpcs('2026-Q2', '2026-04-01', 'Annual wellness visit, subsequent (Q2 release)'),
    ],
  });
}

/** Counts each time a date is resolved to a year or quarter (the two resolvers behind every dated lookup). */
function countResolutions(cs: CodeSets): { icd: () => number; hcpcs: () => number } {
  const resolvers = cs as unknown as { pickYear(date?: string): unknown; pickQuarter(date?: string): unknown };
  const icd = vi.spyOn(resolvers, 'pickYear');
  const hcpcs = vi.spyOn(resolvers, 'pickQuarter');
  return { icd: () => icd.mock.calls.length, hcpcs: () => hcpcs.mock.calls.length };
}

const note = (dateOfService: string): ClinicalDocument => ({
  text: 'Medicare annual wellness visit.\nAssessment:\n1. Type 2 diabetes mellitus without complications in remission.\n2. Essential hypertension.',
  setting: 'office',
  patient: { age: 70 },
  dateOfService,
});
const icdCodes = (r: ReturnType<typeof suggest>) => r.suggestions.filter((s) => s.system === 'ICD-10-CM').map((s) => s.code);

describe('suggest resolves the code-set year once per note', () => {
  it.each([
    ['cold (first note builds the matcher)', 1],
    ['warm (later notes)', 3],
  ])('%s: one ICD-10-CM year and one HCPCS quarter per note', (_, notes) => {
    const cs = codeSets();
    const count = countResolutions(cs);
    for (let i = 0; i < notes; i++) suggest(note('2026-11-02'), cs);
    expect(count.icd()).toBe(notes);
    expect(count.hcpcs()).toBe(notes);
  });

  it.each([
    ['2026-09-30', 'FY2026', ['E11.9', 'I10']],
    ['2026-10-01', 'FY2027', ['E11.A', 'I10']],
  ])('a note dated %s is coded from %s', (date, fy, codes) => {
    const cs = codeSets();
    // Both years through one instance, in either order: the shared matcher cache is per year.
    suggest(note(date === '2026-09-30' ? '2026-10-01' : '2026-09-30'), cs);
    const r = suggest(note(date), cs);
    expect(r.codeSet.icd10cm).toBe(fy);
    expect(icdCodes(r)).toEqual(codes);
  });

  it('picks the HCPCS quarter in effect on the date', () => {
    const cs = codeSets();
    for (const [date, q] of [
      ['2026-03-31', 'Q1'],
      ['2026-04-01', 'Q2'],
    ] as const) {
      const r = suggest(note(date), cs);
      expect(r.codeSet.hcpcs).toBe(`2026-${q}`);
      expect(r.suggestions.find((s) => s.code === 'G0439')?.title).toContain(`(${q} release)`);
    }
  });
});

describe('a year view', () => {
  it('answers every lookup from its own year, whatever date a caller passes, without resolving again', () => {
    const cs = codeSets();
    const view = cs.forDate('2026-10-01');
    const count = countResolutions(cs);
    expect(view.dateOfService).toBe('2026-10-01');
    expect(view.icdYearFor('2026-01-01')).toBe('FY2027');
    expect(view.icd('E11.A', '2026-01-01')?.year).toBe('FY2027');
    expect(view.icdEntries('2026-01-01').map((e) => e[0])).toContain('E11A');
    expect(view.hcpcsYearFor('2026-01-15')).toBe('2026-Q2');
    expect(view.hcpcs('G0439', '2026-01-15')?.year).toBe('2026-Q2');
    expect(count.icd()).toBe(0);
    expect(count.hcpcs()).toBe(1);
    // The code sets themselves still answer by the date each lookup passes.
    expect(cs.icd('E11.A', '2026-01-01')).toBeNull();
    expect(cs.hcpcs('G0439', '2026-01-15')?.year).toBe('2026-Q1');
  });

  it('shares its base, and a view for another date is a new view of the same base', () => {
    const cs = codeSets();
    const view = yearView(cs, '2026-01-15');
    expect(isYearView(view) && !isYearView(cs)).toBe(true);
    expect(baseOf(view)).toBe(cs);
    expect(yearView(view, '2026-01-15')).toBe(view);
    const later = yearView(view, '2026-10-01');
    expect([baseOf(later) === cs, later.icdYearFor()]).toEqual([true, 'FY2027']);
  });

  it('keeps what a test overrode on the instance it was made from', () => {
    const cs = Object.assign(codeSets(), { icd: () => null });
    expect(cs.forDate('2026-01-15').icd('E11.9')).toBeNull();
  });

  it('leaves a stand-in without views as it is', () => {
    const standIn = { icd: () => null } as unknown as CodeSets;
    expect(yearView(standIn, '2026-01-15')).toBe(standIn);
    expect(baseOf(standIn)).toBe(standIn);
  });
});
