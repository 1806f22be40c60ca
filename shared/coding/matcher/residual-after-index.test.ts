import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { suggest } from '../suggest.ts';

// I.A.9.a: a residual "Other" title documents no detail the Index's own code for the statement leaves out. A residual
// "not elsewhere classified" yields to the Index's code in another category, which the side then completes (I.B.13).
describe.skipIf(!codeSetsBuilt)('a residual title after the Index code (real code sets)', () => {
  const cs = builtCodeSets();
  const first = (item: string) =>
    suggest({ text: `Assessment:\n1. ${item}\n`, setting: 'office', patient: {} }, cs()).suggestions.find((s) => s.system === 'ICD-10-CM' && s.first)?.code;

  it.each([
    // Index: Bursitis, hip NEC M70.7- (not M71.55- "Other bursitis, not elsewhere classified, hip").
    ['Hip bursitis, right', 'M70.71'],
    // Index: Bursitis, elbow NEC M70.3-.
    ['Bursitis of left elbow', 'M70.32'],
    // Index: Osteoporosis M81.0 (not M81.8 "Other osteoporosis without current pathological fracture").
    ['Osteoporosis without fracture', 'M81.0'],
  ])('%s -> %s', (item, want) => expect(first(item)).toBe(want));
});
