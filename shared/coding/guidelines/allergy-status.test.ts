import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { addedCodes } from '../../../test/support/coding-kit.ts';
import { allergyStatus } from './allergy-status.ts';

describe.skipIf(!codeSetsBuilt)('allergyStatus (I.C.21.c.3 Z88 with IV.J) against the compiled Index', () => {
  const codeSets = builtCodeSets();
  const run = addedCodes(allergyStatus, codeSets);

  // The expected code is the Index's "History, personal, allergy (to)" subterm for the allergen's class.
  it.each([
    ['All: amoxicillin -> hives\n\nPlan: PCN allergy (hives) -> cefdinir 14 mg/kg/day BID x 10 d.', 'penicillin'],
    ['ALLERGIES: PENICILLIN - ANAPHYLAXIS\n\nPlan: Severe PCN allergy -> azithromycin x 5 d.', 'penicillin'],
    ['Allergies: SULFA (hives)\n\nPlan: nitrofurantoin x5d (TMP-SMX avoided d/t sulfa allergy).', 'sulfonamides'],
    ['Assessment:\n1. Back pain - codeine allergy, acetaminophen scheduled.', 'narcotic agent NEC'],
    ['Plan: azithromycin x 5 d, allergic to penicillin.', 'penicillin'],
    // The avoided drug's cue ("avoid") is not the allergy's, read from the reason it gives.
    ['A/P: Cystitis. Nitrofurantoin 100 mg BID (avoid TMP-SMX given sulfa allergy).', 'sulfonamides'],
  ])('"%s" -> Index allergy (to) %s', (text, sub) => {
    const want = indexCode(codeSets(), ['History', 'personal', 'allergy', sub]);
    expect(want).toBeDefined();
    expect(run(text)).toEqual([want]);
  });

  it.each([
    // Only on the allergy or past-history list: the visit did not take it into account.
    'Allergies: penicillin (hives)\n\nAssessment:\n1. Osteoporosis - continue alendronate.',
    'PMH:\n- Hx PCN allergy (hives as a child)\n\nAssessment:\n1. HTN.',
    // Denied, or a drug named with no allergy.
    'Plan: no known PCN allergy -> amoxicillin 90 mg/kg/day.',
    'Plan: amoxicillin 90 mg/kg/day divided BID x 10 d.',
    // The drug chosen because of the allergy is not the allergen.
    'Plan: azithromycin x 5 d given allergy history.',
    // An allergy to avoid is still hypothetical when no reason clause separates it.
    'Plan: avoid penicillin allergy triggers.',
  ])('"%s" -> no allergy status', (text) => expect(run(text)).toEqual([]));
});
