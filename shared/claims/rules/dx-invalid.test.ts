import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { dxInvalid } from './dx-invalid.ts';

const codes = { icd: { 'K21.9': ['GERD'] as [string], 'N18.31': ['CKD 3a', true, ['FY2027']] as [string, boolean, string[]] } };

describe('dx-invalid', () => {
  const cases: [string, string[], string, string[]][] = [
    ['valid codes', ['I10', 'K21.9'], '2026-03-03', []],
    ['without the dot', ['K219'], '2026-03-03', []],
    ['made-up extension', ['I10', 'K21.90'], '2026-03-03', ['diagnoses[1]']],
    ['ICD-9 code', ['250.00'], '2026-03-03', ['diagnoses[0]']],
    ['code not yet in the year of the date of service', ['N18.31'], '2026-09-30', ['diagnoses[0]']],
    ['same code once its year is in effect', ['N18.31'], '2026-10-01', []],
    ['a header is dx-not-billable, not invalid', ['E11'], '2026-03-03', []],
  ];
  it.each(cases)('%s', (_n, dx, dos, want) => {
    const claim = claimOf((c) => {
      c.diagnoses = dx;
      c.lines[0].dateOfService = dos;
      c.submissionDate = dos;
    });
    expect(fields(run(dxInvalid, claim, { codes }))).toEqual(want);
  });
});
