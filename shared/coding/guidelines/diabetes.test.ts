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

describe('diabetesCombination: the link is not presumed when the note states another cause or denies it (I.A.15)', () => {
  const codes = (text: string) => {
    const ctx = kitContext(codeSets, ['E11.9', 'N18.4'], text);
    diabetesCombination(ctx);
    return active(ctx)
      .map((f) => f.code)
      .sort();
  };
  it.each([
    ['CKD stage 4', ['E11.22', 'N18.4']],
    ['CKD stage 4 due to diabetes', ['E11.22', 'N18.4']],
    ['CKD stage 4 secondary to T2DM and hypertension', ['E11.22', 'N18.4']],
    ['CKD stage 4 due to hypertensive nephrosclerosis (per nephrology)', ['E11.9', 'N18.4']],
    ['CKD stage 4 - Not diabetic nephropathy per nephro', ['E11.9', 'N18.4']],
    ['CKD stage 4, unrelated to his diabetes', ['E11.9', 'N18.4']],
  ])('"%s" -> %j', (text, want) => expect(codes(text)).toEqual(want));
});
