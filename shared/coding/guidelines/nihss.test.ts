import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { nihss } from './nihss.ts';

const run = (codes: string[], text: string) => {
  const ctx = kitContext(standInCodeSets, codes, text);
  nihss(ctx);
  return activeCodes(ctx);
};

describe('nihss (I.C.18.i: R29.7- after the acute stroke, the initial score)', () => {
  it.each([
    [['I63.412'], 'Exam: NIHSS 8.', ['I63.412', 'R29.708']],
    [['I61.0'], 'NIHSS score of 14 on arrival; repeat NIHSS 10.', ['I61.0', 'R29.714']],
    // The transferring facility's score is not this record's initial one.
    [['I63.412'], 'At OSH: NIHSS 11, alteplase given.\nOn arrival here NIHSS 8.', ['I63.412', 'R29.708']],
    // No acute stroke coded: no scale code (a stroke's sequela, I69, is no acute stroke).
    [['I69.351'], 'NIHSS 2.', ['I69.351']],
    [['I63.412'], 'Neuro exam nonfocal.', ['I63.412']],
  ])('%j %j -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
