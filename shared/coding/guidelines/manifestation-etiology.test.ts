import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';

describe.skipIf(!codeSetsBuilt)('manifestationEtiology over the compiled code sets (I.A.13)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // A long statement's further codes stop before the etiology: its "code first" note names it (G30.-).
    [
      'Assessment:\nAspiration pneumonia with acute hypoxic respiratory failure, in a patient with end-stage Alzheimer dementia and severe oropharyngeal dysphagia.',
      ['G30.9', 'F02.C0'],
    ],
    // Reported with its etiology already, nothing is added.
    ['Assessment:\n1. Alzheimer dementia, moderate.', ['G30.9', 'F02.B0']],
  ])('%s', (text, want) => {
    const got = codes(text);
    expect(got.filter((c) => /^(?:G30|F02)/.test(c)).sort()).toEqual([...want].sort());
  });
});
