import { describe, expect, it } from 'vitest';
import { claimOf, fakeCodeSets, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { dxExcludes1 } from './dx-excludes1.ts';

const codes: FakeCodes = {
  icd: { 'R50.9': ['Fever, unspecified'], 'R68.83': ['Chills (without fever)'], 'E11.65': ['T2DM with hyperglycemia'], 'R73.03': ['Prediabetes'] },
  excludes1: [
    ['R68.83', 'R50.9'],
    ['R73.03', 'E11.65'],
  ],
};

describe('dx-excludes1', () => {
  const cases: [string, string[], string[]][] = [
    ['note on the later code', ['R50.9', 'R68.83'], ['diagnoses[1]']],
    ['note on the earlier code still names the later one', ['R68.83', 'R50.9'], ['diagnoses[1]']],
    ['diabetes with prediabetes', ['E11.65', 'I10', 'R73.03'], ['diagnoses[2]']],
    ['unrelated codes', ['E11.65', 'I10'], []],
  ];
  it.each(cases)('%s', (_n, dx, want) =>
    expect(
      fields(
        run(
          dxExcludes1,
          claimOf((c) => (c.diagnoses = dx)),
          { codes },
        ),
      ),
    ).toEqual(want),
  );
  it('honours "with .42" qualifiers on a range', () => {
    const codeSets = fakeCodeSets({
      icd: { G63: ['Polyneuropathy in diseases classified elsewhere'], 'E11.40': ['T2DM with neuropathy'], 'E11.42': ['T2DM with polyneuropathy'] },
    });
    const note = { code: 'E08', text: 'diabetes mellitus (E08-E13 with .42)' };
    Object.assign(codeSets, { excludes1Conflict: (a: string, b: string) => ([a, b].includes('G63') ? note : null) });
    expect(
      fields(
        run(
          dxExcludes1,
          claimOf((c) => (c.diagnoses = ['E11.42', 'G63'])),
          { codeSets },
        ),
      ),
    ).toEqual(['diagnoses[1]']);
    expect(
      fields(
        run(
          dxExcludes1,
          claimOf((c) => (c.diagnoses = ['E11.40', 'G63'])),
          { codeSets },
        ),
      ),
    ).toEqual([]);
  });
  it('stays silent without tabular notes', () => {
    expect(
      run(
        dxExcludes1,
        claimOf((c) => (c.diagnoses = ['R50.9', 'R68.83'])),
        { codeSets: fakeCodeSets(codes, false) },
      ),
    ).toEqual([]);
  });
});
