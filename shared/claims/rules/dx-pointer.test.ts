import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { dxPointer } from './dx-pointer.ts';

describe('dx-pointer', () => {
  const nine = ['I10', 'E11.9', 'I10', 'I10', 'I10', 'I10', 'I10', 'I10', 'I10'];
  const cases: [string, string[], unknown, string[]][] = [
    ['pointers within the list', ['I10', 'E11.9'], [1, 2], []],
    ['pointer to diagnosis 9 of 9', nine, [1, 2, 3, 9], []],
    ['CMS-1500 letters A and B', ['I10', 'E11.9'], ['A', 'B'], []],
    ['no pointer', ['I10'], [], ['lines[0].diagnosisPointers']],
    ['pointer past the list', ['I10', 'E11.9'], [3], ['lines[0].diagnosisPointers']],
    ['five pointers', nine, [1, 2, 3, 4, 5], ['lines[0].diagnosisPointers']],
  ];
  it.each(cases)('%s', (_n, dx, ptr, want) => {
    const claim = claimOf((c) => {
      c.diagnoses = dx;
      c.lines[0].diagnosisPointers = ptr;
    });
    expect(fields(run(dxPointer, claim))).toEqual(want);
  });
});
