import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { cancerFollowUp } from './cancer-follow-up.ts';

const run = (codes: string[], text: string) => {
  const ctx = kitContext(standInCodeSets, codes, text);
  cancerFollowUp(ctx);
  return activeCodes(ctx);
};

describe('cancerFollowUp (I.C.21.c.8: Z08 after completed treatment of a malignancy)', () => {
  it.each([
    // Surveillance named as the visit's reason, the cancer reported as history: Z08 first.
    [
      ['I97.2', 'Z85.3'],
      'Survivorship Clinic\nVisit type: annual surveillance\nA/P:\n1. H/o L breast cancer, completed tx 2025 - NED.',
      ['Z08', 'I97.2', 'Z85.3'],
    ],
    [
      ['Z85.51', 'N40.0'],
      'Indication: Surveillance cystoscopy. H/o bladder carcinoma, BCG completed.\nFindings/Dx:\n- No recurrence',
      ['Z08', 'Z85.51', 'N40.0'],
    ],
    // Treatment not said to be over.
    [['Z85.3'], 'Reason for visit: oncology surveillance, h/o breast cancer', ['Z85.3']],
    // A current malignancy: the visit follows a disease still present.
    [['C50.912', 'Z85.3'], 'Reason for visit: surveillance\nA/P: L breast cancer on letrozole.', ['C50.912', 'Z85.3']],
    // No cancer history reported, or surveillance named only for a later visit.
    [['I10'], 'Reason for visit: surveillance of BP', ['I10']],
    [['Z85.3'], 'Reason for visit: hot flashes. Next surveillance mammogram due 6/2027.', ['Z85.3']],
    [['Z85.71', 'E04.1'], 'Risk factors: mantle-field XRT for Hodgkin lymphoma; completed 1996, discharged from survivorship clinic.', ['Z85.71', 'E04.1']],
    // Surveillance of another condition beside an old cancer.
    [['Z85.3', 'I71.40'], 'Reason for visit: AAA surveillance ultrasound\nA/P: AAA 3.9 cm; h/o breast cancer.', ['Z85.3', 'I71.40']],
    // Surveillance named only in the plan is not the reason for this visit.
    [['Z85.3', 'I10'], 'CC: HTN follow-up\nPlan: continue surveillance per oncology.', ['Z85.3', 'I10']],
  ] as [string[], string, string[]][])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
