import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { dxNotBillable } from './dx-not-billable.ts';

const codes = { icd: { 'N18.3': ['CKD stage 3', false], 'N18.30': ['CKD stage 3 unspecified'] } as Record<string, [string, boolean?]> };

describe('dx-not-billable', () => {
  const cases: [string, string[], string[]][] = [
    ['billable codes', ['I10', 'N18.30'], []],
    ['three-character category', ['E11', 'I10'], ['diagnoses[0]']],
    ['subcategory needing a fifth character', ['I10', 'N18.3'], ['diagnoses[1]']],
    ['unknown code is dx-invalid, not this rule', ['Q99.99'], []],
  ];
  it.each(cases)('%s', (_n, dx, want) => {
    const flags = run(
      dxNotBillable,
      claimOf((c) => (c.diagnoses = dx)),
      { codes },
    );
    expect(fields(flags)).toEqual(want);
    if (want.length) expect(flags[0]!.fix).toMatch(/complete code/);
  });
});
