import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { runDrugRules } from '../../../test/support/drug-kit.ts';
import { venom } from './venom.ts';

const run = (items: string) => runDrugRules([venom], `Assessment:\n${items}\n`, 'urgent-care');

describe('venom (Index: Sting - see Table of Drugs; Table: Venom, <animal>, by intent)', () => {
  it.each([
    ['1. Local reaction to bee sting, R forearm', ['T63.441A']],
    // A honeybee is a bee (drug-classes.ts: Table of Drugs, Venom, bee).
    ['1. Local reaction to honeybee sting, R forearm', ['T63.441A']],
    ['1. Bee sting, subsequent encounter', ['T63.441D']],
    // A bite from an animal the Venom row names is a venom; a plain or nonvenomous bite is a wound.
    ['1. Black widow spider bite', ['T63.311A']],
    ['1. Snake bite, nonvenomous', []],
    ['1. Dog bite to R hand', []],
  ])('%s -> %j', (items, want) => {
    expect(run(items).filter((c) => c.startsWith('T'))).toEqual(want);
  });
});

describe.skipIf(!codeSetsBuilt)('venom over the compiled code sets', () => {
  const codes = icdCodesOfOfficeNote();
  // Index: Allergy, allergic (reaction), bee sting - see Toxicity, venom, arthropod, bee: the allergy is the venom's code,
  // no "Allergy, unspecified" (T78.40) beside it; its named manifestation stays.
  it.each([
    ['1. Allergic reaction to bee sting', ['T63.441A']],
    ['1. Allergic reaction to wasp sting with hives', ['T63.461A', 'L50.9']],
  ])('%s -> %j', (items, want) => expect(codes(`Assessment:\n${items}\n`)).toEqual(want));
});
