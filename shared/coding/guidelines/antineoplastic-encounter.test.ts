import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { suggest } from '../suggest.ts';

// Against the code sets compiled from the official files: the drug's class comes from the Table of Drugs.
describe.skipIf(!codeSetsBuilt)('antineoplasticEncounter (I.C.2.e.2)', () => {
  const cs = builtCodeSets();
  const icd = (text: string, setting: 'procedure' | 'telehealth' = 'procedure') =>
    suggest({ text, setting, patient: {} }, cs())
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code);

  it.each([
    ['INFUSION CENTER\nRegimen: pembrolizumab 200 mg IV q3wk - Cycle 6 Day 1\nDx: adenocarcinoma of sigmoid colon', 'Z51.12'],
    ['CHEMOTHERAPY VISIT\nFOLFOX C3D1: oxaliplatin, leucovorin, fluorouracil\nDx: adenocarcinoma of sigmoid colon', 'Z51.11'],
    // A cycle line naming no drug takes the drugs the administration record gives with a dose.
    ['CHEMOTHERAPY ADMINISTRATION RECORD\nToday: C2D1.\n0940 doxorubicin 108 mg slow IV push\nDx: adenocarcinoma of sigmoid colon', 'Z51.11'],
  ])('a treatment cycle is listed first: %s', (text, code) => {
    const codes = icd(text);
    expect(codes[0]).toBe(code);
    expect(codes).toContain('C18.7');
  });

  it.each([
    'Assessment: adenocarcinoma of sigmoid colon - plan FOLFOX after port placement.',
    // A cycle due later is not given at this follow-up visit.
    'Now on maintenance pembrolizumab 200 mg every 3 weeks, cycle 12 due next week.\nAssessment: adenocarcinoma of sigmoid colon.',
    'Pembrolizumab cycle 7 scheduled 5/2.\nAssessment: adenocarcinoma of sigmoid colon.',
    // A cycle given before this visit, dated or named as past.
    'Carboplatin/pemetrexed C3D1 on 11/24. Admitted w/ fever.\nAssessment: adenocarcinoma of sigmoid colon.',
    'Last cycle of FOLFOX (C6D1) 10 days ago.\nAssessment: adenocarcinoma of sigmoid colon.',
    'On pembrolizumab q3wk, last infusion 01/20/2026, cycle 6.\nAssessment: adenocarcinoma of sigmoid colon.',
    // A drug's dose named with another drug on the line is not the antineoplastic one given.
    'Now on FOLFOX cycle 9.\nAssessment: adenocarcinoma of sigmoid colon. Oxaliplatin neuropathy - reduce oxaliplatin next cycle; start duloxetine 30 mg daily.',
  ])('a drug planned, with no cycle given, is no treatment encounter: %s', (text) => {
    expect(icd(text).some((c) => c.startsWith('Z51.1'))).toBe(false);
  });

  it('a telehealth visit administers no cycle', () => {
    const text = 'Regimen: pembrolizumab 200 mg IV q3wk - Cycle 6 Day 1\nDx: adenocarcinoma of sigmoid colon';
    expect(icd(text)[0]).toBe('Z51.12');
    expect(icd(text, 'telehealth').some((c) => c.startsWith('Z51.1'))).toBe(false);
  });
});
