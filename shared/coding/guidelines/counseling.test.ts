import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { counseling } from './counseling.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['Z71.3', true, 'Dietary counseling and surveillance'],
    ['Z71.82', true, 'Exercise counseling'],
    ['Z00.01', true, 'Encounter for general adult medical examination with abnormal findings'],
    ['E66.9', true, 'Obesity, unspecified'],
  ],
});
const run = (codes: string[]) => {
  const ctx = kitContext(cs, codes);
  counseling(ctx);
  return active(ctx).map((f) => f.code);
};

describe('counseling (I.C.21.c.10: counseling integral to the care of a coded condition)', () => {
  it.each([
    [['Z00.01', 'Z71.82'], ['Z00.01']],
    [['E66.9', 'Z71.3', 'Z71.82'], ['E66.9']],
    // A visit that is counseling alone keeps it.
    [['Z71.3'], ['Z71.3']],
    [
      ['Z71.3', 'Z71.82'],
      ['Z71.3', 'Z71.82'],
    ],
  ])('%j -> %j', (codes, want) => expect(run(codes)).toEqual(want));
});
