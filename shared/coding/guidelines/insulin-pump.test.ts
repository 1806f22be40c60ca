import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { activeCodes, kitContext } from '../../../test/support/coding-kit.ts';
import { insulinPump } from './insulin-pump.ts';

describe.skipIf(!codeSetsBuilt)('insulinPump (I.C.4.a.5: complications due to insulin pump malfunction)', () => {
  const codeSets = builtCodeSets();
  it.each([
    // (a) underdose: the pump's mechanical complication first, then T38.3X6- with its 7th character, then the diabetes.
    [
      ['E10.10', 'T85.614A'],
      ['T85.614A', 'T38.3X6A', 'E10.10'],
    ],
    [
      ['E10.65', 'T85.633D'],
      ['T85.633D', 'T38.3X6D', 'E10.65'],
    ],
    // (b) overdose: diabetes with hypoglycemia says the pump gave too much: poisoning, accidental.
    [
      ['E10.649', 'T85.694A'],
      ['T85.694A', 'T38.3X1A', 'E10.649'],
    ],
    // No diabetes coded, or no pump complication: nothing to decide.
    [['T85.614A'], ['T85.614A']],
    [
      ['E10.10', 'T85.618A'],
      ['E10.10', 'T85.618A'],
    ],
  ])('%j -> %j', (codes, want) => {
    const ctx = kitContext(codeSets(), codes, 'Assessment:\n1. DKA due to insulin pump failure.');
    insulinPump(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });
});
