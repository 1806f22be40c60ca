import { describe, expect, it } from 'vitest';
import { claimOf, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { sexOfDiagnosis } from '../lib/sex-specific.ts';
import { dxSexConflict } from './dx-sex-conflict.ts';

const codes: FakeCodes = {
  icd: {
    'D25.9': ['Leiomyoma of uterus, unspecified'],
    'N95.1': ['Menopausal and female climacteric states'],
    'N40.0': ['Benign prostatic hyperplasia without lower urinary tract symptoms'],
    O80: ['Encounter for full-term uncomplicated delivery'],
    'C50.921': ['Malignant neoplasm of unspecified site of right male breast'],
    'F64.0': ['Transsexualism'],
  },
};

describe('dx-sex-conflict', () => {
  it('derives sex from structure and titles', () => {
    expect(sexOfDiagnosis('O80', undefined)).toBe('F');
    expect(sexOfDiagnosis('Z3A.22', undefined)).toBe('F');
    expect(sexOfDiagnosis('N52.9', undefined)).toBe('M');
    expect(sexOfDiagnosis('C50.921', 'Malignant neoplasm of unspecified site of right male breast')).toBe('M');
    expect(sexOfDiagnosis('I10', 'Essential (primary) hypertension')).toBeNull();
  });
  const cases: [string, string, string[], string[]][] = [
    ['uterine leiomyoma on a male', 'M', ['I10', 'D25.9'], ['diagnoses[1]']],
    ['menopause on a male', 'M', ['N95.1'], ['diagnoses[0]']],
    ['prostate on a female', 'F', ['N40.0'], ['diagnoses[0]']],
    ['male breast title on a female', 'F', ['C50.921'], ['diagnoses[0]']],
    ['delivery on a female', 'F', ['O80'], []],
    ['prostate on a male', 'M', ['N40.0'], []],
    ['sex unknown', 'U', ['D25.9'], []],
    ['identity code names no sex', 'M', ['F64.0'], []],
  ];
  it.each(cases)('%s', (_n, sex, dx, want) => {
    const flags = run(
      dxSexConflict,
      claimOf((c) => Object.assign(c, { diagnoses: dx, patient: { ...c.patient, sex } })),
      { codes },
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect([f.severity, f.carc]).toEqual(['warning', '10']);
  });
});
