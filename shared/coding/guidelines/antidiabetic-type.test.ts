import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { activeCodes, kitContext } from '../../../test/support/coding-kit.ts';
import { antidiabeticType } from './antidiabetic-type.ts';

describe.skipIf(!codeSetsBuilt)('antidiabeticType (I.C.4.a.3, Tabular "use additional code" at E11, not E10)', () => {
  const codeSets = builtCodeSets();
  it.each([
    // Type 1 alone: the Tabular gives E10 no "use additional code" for insulin (inherent).
    [['E10.65', 'Z79.4'], ['E10.65']],
    [
      ['E10.42', 'E10.649', 'Z79.4', 'Z96.41'],
      ['E10.42', 'E10.649', 'Z96.41'],
    ],
    // Type 2, other specified, or due to an underlying condition: instructed, kept.
    [
      ['E11.65', 'Z79.4', 'Z79.84'],
      ['E11.65', 'Z79.4', 'Z79.84'],
    ],
    [
      ['E13.9', 'Z79.4'],
      ['E13.9', 'Z79.4'],
    ],
    [
      ['E08.9', 'Z79.84'],
      ['E08.9', 'Z79.84'],
    ],
    // No diabetes reported: this rule decides nothing.
    [
      ['I48.0', 'Z79.4'],
      ['I48.0', 'Z79.4'],
    ],
  ])('%j -> %j', (codes, want) => {
    const ctx = kitContext(codeSets(), codes, 'Assessment:\n1. Diabetes.');
    antidiabeticType(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });
});
