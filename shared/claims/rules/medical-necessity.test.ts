import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { medicalNecessity } from './medical-necessity.ts';

const profile = { id: 'acme', match: { payerId: 'ACME1' }, timelyFilingDays: 90, priorAuthRequired: [], coveredDiagnoses: { '82306': ['E55.9', 'M81.0'] } };

describe('medical-necessity', () => {
  const cases: [string, string[], number[], string[]][] = [
    ['covered diagnosis', ['E55.9'], [1], []],
    ['covered diagnosis written without its dot', ['E559'], [1], []],
    ['one of the pointed diagnoses is covered', ['Z13.21', 'M81.0'], [1, 2], []],
    ['screening only', ['Z13.21'], [1], ['lines[0].diagnosisPointers']],
    ['covered diagnosis on the claim but not pointed to', ['Z13.21', 'E55.9'], [1], ['lines[0].diagnosisPointers']],
  ];
  it.each(cases)('%s', (_n, dx, ptr, want) => {
    const claim = claimOf((c) => {
      c.diagnoses = dx;
      Object.assign(c.lines[0], { code: '82306', diagnosisPointers: ptr });
    });
    const flags = run(medicalNecessity, claim, { profiles: [profile] });
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('50');
  });
  it('codes without a covered list are not checked', () => {
    expect(
      run(
        medicalNecessity,
        claimOf((c) => (c.diagnoses = ['Z13.21'])),
        { profiles: [profile] },
      ),
    ).toEqual([]);
  });
});
