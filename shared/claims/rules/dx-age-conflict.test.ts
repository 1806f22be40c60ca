import { describe, expect, it } from 'vitest';
import { claimOf, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { dxAgeConflict } from './dx-age-conflict.ts';

const codes: FakeCodes = {
  icd: {
    'Z38.00': ['Single liveborn, born in hospital'],
    'Z34.82': ['Normal pregnancy, second trimester'],
    'Z00.110': ['Newborn check under 8 days'],
    'Z00.121': ['Child check'],
  },
  mce: { 'Z38.00': { age: 'newborn' }, 'Z00.110': { age: 'newborn' }, 'Z34.82': { age: 'maternity' }, 'Z00.121': { age: 'pediatric' } },
};

describe('dx-age-conflict', () => {
  const cases: [string, string, string[], string[]][] = [
    ['maternity code at 29', '1997-01-10', ['Z34.82'], []],
    ['newborn code on a 3-day-old', '2026-02-28', ['Z00.110'], []],
    ['newborn code on the mother (29)', '1997-01-10', ['Z34.82', 'Z38.00'], ['diagnoses[1]']],
    ['maternity code at 67', '1958-08-21', ['Z34.82'], ['diagnoses[0]']],
    ['pediatric code the day before the 18th birthday', '2008-03-04', ['Z00.121'], []],
    ['pediatric code on the 18th birthday', '2008-03-03', ['Z00.121'], ['diagnoses[0]']],
    ['no age category', '1950-01-01', ['I10'], []],
  ];
  it.each(cases)('%s', (_n, dob, dx, want) => {
    const claim = claimOf((c) => {
      c.patient.dob = dob;
      c.diagnoses = dx;
      c.lines[0].diagnosisPointers = dx.map((_d, i) => i + 1);
    });
    const flags = run(dxAgeConflict, claim, { codes });
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('9');
  });
});
