import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { injuryAftercare } from './injury-aftercare.ts';

describe('injuryAftercare (I.C.21.c.7: no aftercare Z code for an injury)', () => {
  it.each([
    [['Z48.02', 'S51.812D'], ['S51.812D']],
    [['Z47.89', 'S52.501D'], ['S52.501D']],
    // Burns are injuries too (T20-T32).
    [['Z48.00', 'T22.212D'], ['T22.212D']],
    // No injury: the aftercare code stands.
    [
      ['Z48.02', 'L03.115'],
      ['Z48.02', 'L03.115'],
    ],
    [
      ['Z47.1', 'Z96.641'],
      ['Z47.1', 'Z96.641'],
    ],
    // A poisoning (T36-T65) is no injury whose aftercare this is.
    [
      ['Z48.815', 'T39.1X1A'],
      ['Z48.815', 'T39.1X1A'],
    ],
  ])('%j -> %j', (codes, want) => {
    const ctx = kitContext(standInCodeSets, codes, 'Assessment: see codes.');
    injuryAftercare(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });
});
