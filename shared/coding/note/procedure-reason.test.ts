import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { procedureReason, procedureWords } from './procedure-reason.ts';

/** Findings at the first place each evidence text occurs. */
const at = (text: string, ...evidence: string[]) =>
  evidence.map((e) => ({ code: e, start: text.indexOf(e), end: text.indexOf(e) + e.length }) as unknown as Finding);

describe('procedureReason (IV.A.1: the reason for the procedure is listed first)', () => {
  it.each([
    // The procedure named after "Procedure -", up to its colon.
    [
      'Impression:\n1. Post-traumatic OA R radiocarpal jt\n2. R carpal tunnel syndrome, moderate\n\nProcedure - R carpal tunnel injection: After consent, 40 mg methylprednisolone injected.',
      ['Post-traumatic OA R radiocarpal jt', 'R carpal tunnel syndrome'],
      'R carpal tunnel syndrome',
    ],
    // The first line under a "Procedures:" heading.
    [
      'Skin check + new lesion.\nL nasal ala - basal cell carcinoma.\n\nProcedures:\n1) Shave biopsy L nasal ala: consent, time-out.\n2) Cryodestruction of actinic keratoses x 8',
      ['Skin check + new lesion', 'L nasal ala - basal cell carcinoma'],
      'L nasal ala - basal cell carcinoma',
    ],
    // The words in either number ("keratosis" / "keratoses").
    [
      'Dx:\n1) Seborrheic keratoses\n2) Actinic keratoses x9\n\nProcedure: Destruction of actinic keratosis by cryotherapy.',
      ['Seborrheic keratoses', 'Actinic keratoses x9'],
      'Actinic keratoses x9',
    ],
    // A side alone is no reason: nothing else of the line is a condition's word.
    ['Dx:\n1) Left knee pain\n\nProcedure: ECG, left arm lead.', ['Left knee pain'], undefined],
    // No procedure line.
    ['Assessment:\n1. HTN\n2. R carpal tunnel syndrome', ['HTN', 'R carpal tunnel syndrome'], undefined],
  ])('%#', (text, evidence, want) => {
    expect(procedureReason(text, at(text, ...evidence))?.code).toBe(want);
  });

  it("reads the procedure's name only, not the rest of its sentence", () => {
    expect([...procedureWords('Procedure: Knee injection: after consent the skin was prepped')]).toEqual(['knee', 'injection']);
  });
});
