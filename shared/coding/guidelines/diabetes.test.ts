import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, runRule as run, standInCodeSets as codeSets } from '../test-kit.ts';
import { diabetesCombination } from './diabetes.ts';

describe('diabetesCombination (I.A.15 "with")', () => {
  it.each([
    [['E11.9', 'N18.32'], ['E11.22', 'N18.32']],
    [['E11.9', 'E78.5'], ['E11.9', 'E78.5']],
    [['E11.9', 'M86.171'], ['E11.69', 'M86.171']],
  ])('%j -> %j', (input, expected) => expect(run(diabetesCombination, input)).toEqual(expected));
});
