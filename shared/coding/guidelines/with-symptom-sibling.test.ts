import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { notePhrase, withSymptomSibling } from './with-symptom-sibling.ts';

// FY2026 titles of N40 and the FY2021 tabular's "use additional code for associated symptoms" at N40.1.
const cs = kitCodeSets({
  titles: [
    ['N40.0', true, 'Benign prostatic hyperplasia without lower urinary tract symptoms'],
    ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
    ['R35.1', true, 'Nocturia'],
    ['I10', true, 'Essential (primary) hypertension'],
  ],
  notes: { 'N40.1': { useAdditional: ['nocturia (R35.1)', 'urinary frequency (R35.0)', 'weak urinary stream (R39.12)'] } },
});

describe('withSymptomSibling (I.A.13)', () => {
  it.each([
    [['N40.0'], 'BPH w/ nocturia', ['N40.1']],
    [['N40.0'], 'BPH, weak urinary stream', ['N40.1']],
    // No symptom of the sibling's list: the code stays; a denied one is not documented.
    [['N40.0'], 'BPH - asymptomatic, PSA stable', ['N40.0']],
    [['N40.0'], 'BPH, no nocturia', ['N40.0']],
    [['I10'], 'HTN w/ nocturia', ['I10']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(runRule(withSymptomSibling, codes, text, cs)).toEqual(want));

  it('reads the condition a note names right before its code', () => {
    expect(notePhrase('Use additional code for associated symptoms, when specified: nocturia (R35.1)')).toEqual({
      phrase: 'nocturia',
      words: ['nocturia'],
    });
  });
});
