import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';

// I.C.9.a.11 over the compiled code sets: a crisis is coded with the hypertensive disease the note identifies.
describe.skipIf(!codeSetsBuilt)('hypertensiveCrisis (I.C.9.a.11, Tabular I16 "code also")', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    ['HPI: 60M with HTN on amlodipine, BP 220/120.\nAssessment:\n1. Hypertensive urgency - resume amlodipine\n', ['I16.0', 'I10']],
    // The hypertension with CKD is the combination (I.C.9.a.2), coded once.
    ['HPI: 60M with HTN and CKD 3a.\nAssessment:\n1. Hypertensive emergency\n2. CKD stage 3a\n', ['I12.9', 'I16.1', 'N18.31']],
    // No hypertension identified, or one denied: the crisis alone.
    ['Assessment:\n1. Hypertensive urgency\n', ['I16.0']],
    ['HPI: 60M, no known HTN.\nAssessment:\n1. Hypertensive urgency\n', ['I16.0']],
    ['Family history: mother with hypertension.\nAssessment:\n1. Hypertensive urgency\n', ['I16.0']],
  ])('%j -> %j', (text, want) => expect(codes(text).sort()).toEqual([...want].sort()));
});
