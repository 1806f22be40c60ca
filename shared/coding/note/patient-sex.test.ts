import { describe, expect, it } from 'vitest';
import { sexFromNote } from './patient-sex.ts';

describe("sexFromNote (the note's own identification of its patient, for a record without sex: CMS MCE)", () => {
  it.each([
    ['58 yo F here for follow-up of HTN.', 'F'],
    ['Pt 74M, PD dx 2021.', 'M'],
    ['Thank you for referring Ms. T., a 64-year-old woman, for evaluation.', 'F'],
    ['A 61-year-old man with an elevated PSA.', 'M'],
    ['HPI: 6 y/o girl with ear pain x 2 days.', 'F'],
    ['Mr. D. returns for his 3-month visit.', 'M'],
    // Nothing said, or both sexes named as patients: none.
    ['Infertility, female. Semen analysis of partner normal.', undefined],
    ['32 yo F with her 4 yo son, who has a cough; he is the patient (Mr. K. is his father).', undefined],
    // A lone lowercase letter is no sex ("12 m": months or meters); a pronoun is not read.
    ['Infant 12 m, growth normal; she is feeding well.', undefined],
  ])('%s -> %s', (text, want) => {
    expect(sexFromNote(text)).toBe(want);
  });
});
