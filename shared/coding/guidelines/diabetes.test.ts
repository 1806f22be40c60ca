import { describe, expect, it } from 'vitest';
import { kitContext, runRule as run, standInCodeSets as codeSets } from '../../../test/support/coding-kit.ts';
import { diabetesCombination } from './diabetes.ts';
import { active } from './rule.ts';

describe('diabetesCombination (I.A.15 "with")', () => {
  it.each([
    [
      ['E11.9', 'N18.32'],
      ['E11.22', 'N18.32'],
    ],
    [
      ['E11.9', 'E78.5'],
      ['E11.9', 'E78.5'],
    ],
    [
      ['E11.9', 'M86.171'],
      ['E11.69', 'M86.171'],
    ],
  ])('%j -> %j', (input, expected) => expect(run(diabetesCombination, input)).toEqual(expected));
});

describe('diabetesCombination keeps the note order (IV.G)', () => {
  const order = (codes: string[]) => {
    const ctx = kitContext(codeSets, codes);
    diabetesCombination(ctx);
    return active(ctx)
      .sort((a, b) => a.order - b.order)
      .map((f) => f.code);
  };
  it.each([
    // The combination takes the plain diabetes statement's place.
    [
      ['E78.5', 'E11.9', 'N18.32'],
      ['E78.5', 'E11.22', 'N18.32'],
    ],
    // A diabetes already coded as another combination keeps its place ahead of a later one.
    [
      ['E11.649', 'N18.6'],
      ['E11.649', 'E11.22', 'N18.6'],
    ],
  ])('%j -> %j', (input, expected) => expect(order(input)).toEqual(expected));
});
