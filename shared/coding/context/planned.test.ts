import { describe, expect, it } from 'vitest';
import { plannedOnly } from './planned.ts';

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  return plannedOnly(text, i, i + word.length);
};

describe('plannedOnly (I.C.21.c.3: a status is present, not planned)', () => {
  it.each([
    ['Discussed starting basal insulin if A1c still >8 at next visit.', 'insulin', true],
    ['EP discussed today; plan dual-chamber pacemaker tomorrow if persists.', 'pacemaker', true],
    ['Will start insulin glargine 10 units.', 'insulin', true],
    ['On insulin glargine 20 u qHS, A1c 7.1.', 'insulin', false],
    ['Pacemaker in place since 2019; plan echo next year.', 'Pacemaker', false],
    ['Continue aspirin 81 mg daily.', 'aspirin', false],
    ['Dispo: pending PPM decision.', 'PPM', true],
    // ConText FUTURE "to be": an order for later.
    ['Enoxaparin to be started after the procedure.', 'Enoxaparin', true],
    ['3. Audiology referral for hearing aids.', 'hearing aids', true],
    ['Referred to audiology for hearing aids.', 'hearing aids', true],
    ['Uses hearing aids bilaterally.', 'hearing aids', false],
    // The patient's wish is a prospect too.
    ['Primary OA L knee, severe - she wants L TKA in spring.', 'TKA', true],
    ['S/p L TKA 2022, doing well.', 'TKA', false],
    // A drug anticipated or likely is a prospect (ConText FUTURE, POSSIBLE_EXISTENCE).
    ['Anticipate apixaban x >= 3 mo at discharge.', 'apixaban', true],
    ['Anticoagulation timing per neurology (likely apixaban day 3-6).', 'apixaban', true],
    // A procedure whose risks, benefits and alternatives are discussed (ConText HYPOTHETICAL "risks of"), or to schedule.
    ['Discussed risks, benefits and alternatives of laparoscopic cholecystectomy', 'cholecystectomy', true],
    ['Will schedule laparoscopic cholecystectomy.', 'cholecystectomy', true],
    ['S/p laparoscopic cholecystectomy 2019, no issues.', 'cholecystectomy', false],
  ])('%s [%s] -> %s', (text, word, want) => expect(at(text, word)).toBe(want));
});
