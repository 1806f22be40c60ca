import { describe, expect, it } from 'vitest';
import { claimOf, fakeCodeSets, fields, run, type FakeCodes } from '../../../test/support/claim-kit.ts';
import { dxManifestationFirst } from './dx-manifestation-first.ts';

const codes: FakeCodes = {
  icd: {
    'F02.80': ['Dementia in other diseases classified elsewhere, unspecified severity'],
    'G30.1': ["Alzheimer's disease with late onset"],
    'D63.1': ['Anemia in chronic kidney disease'],
    'N18.6': ['End stage renal disease'],
  },
  mce: { 'F02.80': { manifestation: true }, 'D63.1': { manifestation: true } },
};

describe('dx-manifestation-first', () => {
  const cases: [string, string[], string[]][] = [
    ['dementia before its etiology', ['F02.80', 'G30.1'], ['diagnoses[0]']],
    ['anemia in CKD first', ['D63.1', 'N18.6'], ['diagnoses[0]']],
    ['etiology first', ['G30.1', 'F02.80'], []],
    ['no manifestation', ['I10'], []],
  ];
  it.each(cases)('%s', (_n, dx, want) => {
    const flags = run(
      dxManifestationFirst,
      claimOf((c) => (c.diagnoses = dx)),
      { codes },
    );
    expect(fields(flags)).toEqual(want);
    if (want.length) expect(flags[0]!.fix).toContain(dx[1]!);
  });
  it('falls back to the tabular wording without MCE data', () => {
    const codeSets = fakeCodeSets(codes, false);
    expect(
      fields(
        run(
          dxManifestationFirst,
          claimOf((c) => (c.diagnoses = ['F02.80', 'G30.1'])),
          { codeSets },
        ),
      ),
    ).toEqual(['diagnoses[0]']);
    expect(
      run(
        dxManifestationFirst,
        claimOf((c) => (c.diagnoses = ['D63.1'])),
        { codeSets },
      ),
    ).toEqual([]);
  });
});
