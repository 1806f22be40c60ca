import { describe, expect, it } from 'vitest';
import { claimOf, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { sideOfTitle } from '../lib/laterality.ts';
import { lateralityConflict } from './laterality-conflict.ts';

const codes: FakeCodes = {
  icd: {
    'M17.12': ['Unilateral primary osteoarthritis, left knee'],
    'M17.11': ['Unilateral primary osteoarthritis, right knee'],
    'H61.23': ['Impacted cerumen, bilateral'],
    'H61.21': ['Impacted cerumen, right ear'],
    'M17.10': ['Unilateral primary osteoarthritis, unspecified knee'],
    'I50.1': ['Left ventricular failure, unspecified'],
  },
};

describe('laterality-conflict', () => {
  it('reads sides from titles, not heart anatomy', () => {
    expect(sideOfTitle('Pain in left knee')).toBe('left');
    expect(sideOfTitle('Impacted cerumen, bilateral')).toBe('bilateral');
    expect(sideOfTitle('Left ventricular failure, unspecified')).toBe('none');
  });
  const cases: [string, string[], string[], number[], string[]][] = [
    ['RT on a left-knee diagnosis', ['M17.12'], ['RT'], [1], ['lines[0].modifiers']],
    ['LT on a right-ear diagnosis', ['H61.21'], ['LT'], [1], ['lines[0].modifiers']],
    ['LT matches', ['M17.12'], ['LT'], [1], []],
    ['bilateral diagnosis', ['H61.23'], ['RT'], [1], []],
    ['unspecified side', ['M17.10'], ['LT'], [1], []],
    ['one of two pointed diagnoses agrees', ['M17.12', 'M17.11'], ['RT'], [1, 2], []],
    ['side-free diagnosis among those pointed', ['M17.12', 'I10'], ['RT'], [1, 2], []],
    ['heart anatomy is not a side', ['I50.1'], ['RT'], [1], []],
  ];
  it.each(cases)('%s', (_n, dx, mods, ptr, want) => {
    const claim = claimOf((c) => {
      c.diagnoses = dx;
      Object.assign(c.lines[0], { code: '20610', modifiers: mods, diagnosisPointers: ptr });
    });
    expect(fields(run(lateralityConflict, claim, { codes }))).toEqual(want);
  });
});
