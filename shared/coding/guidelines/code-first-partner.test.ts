import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { suggest } from '../suggest.ts';

// I.A.13: K31.84 Gastroparesis says "Code first underlying disease, such as diabetes mellitus (E10.43, E11.43 ...)", and
// E11.43 includes "Type 2 diabetes mellitus with diabetic gastroparesis": the statement gets both, the combination first.
describe.skipIf(!codeSetsBuilt)('codeFirstPartner (real code sets)', () => {
  const cs = builtCodeSets();
  const codes = (item: string) =>
    suggest({ text: `Assessment:\n1. ${item}\n`, setting: 'office', patient: {} }, cs())
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code);

  it.each([
    ['Type 2 diabetes with gastroparesis', ['E11.43', 'K31.84']],
    ['Diabetic gastroparesis, type 1', ['E10.43', 'K31.84']],
    // Another inclusion's condition whose own code asks for nothing first: no further code.
    ['Type 2 diabetes with neuropathy', ['E11.40']],
    ['Type 2 diabetes, no gastroparesis', ['E11.9']],
  ])('%s -> %j', (item, want) => expect(codes(item)).toEqual(want));
});
