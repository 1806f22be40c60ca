import { describe, expect, it } from 'vitest';
import { claimOf, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { dxUnspecified } from './dx-unspecified.ts';

const codes: FakeCodes = {
  icd: {
    'M25.561': ['Pain in right knee'],
    'M25.562': ['Pain in left knee'],
    'M25.569': ['Pain in unspecified knee'],
    'M17.10': ['Unilateral primary osteoarthritis, unspecified knee'],
    'M17.11': ['Unilateral primary osteoarthritis, right knee'],
    'M17.12': ['Unilateral primary osteoarthritis, left knee'],
    'E78.5': ['Hyperlipidemia, unspecified'],
  },
};

describe('dx-unspecified', () => {
  const cases: [string, string[], string[], string[], string][] = [
    ['unspecified knee with LT', ['M25.569'], ['LT'], ['diagnoses[0]'], 'M25.562'],
    ['unspecified knee OA with RT', ['M17.10'], ['RT'], ['diagnoses[0]'], 'M17.11'],
    ['sided code with RT', ['M17.11'], ['RT'], [], ''],
    ['unspecified knee without a side modifier', ['M25.569'], [], [], ''],
    ['unspecified but not a side (lipids)', ['E78.5'], ['RT'], [], ''],
  ];
  it.each(cases)('%s', (_n, dx, mods, want, specific) => {
    const claim = claimOf((c) => {
      c.diagnoses = dx;
      Object.assign(c.lines[0], { code: '20610', modifiers: mods });
    });
    const flags = run(dxUnspecified, claim, { codes });
    expect(fields(flags)).toEqual(want);
    if (specific) expect(flags[0]!.fix).toContain(specific);
  });
});
