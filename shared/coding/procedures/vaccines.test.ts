import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { vaccineSuggestions, wellnessVisit } from './vaccines.ts';

const codeSets = {
  hcpcs: (code: string) => (/^G04?3[89]$|^G000[89]$|^G0010$/.test(code) ? { system: 'HCPCS', code, title: code, short: code, year: 'test' } : null),
} as unknown as CodeSets;
const run = (text: string, age: number) => {
  const doc: ClinicalDocument = { text, setting: 'office', patient: { age } };
  return vaccineSuggestions(doc, codeSets, () => true)
    .filter((s) => s.recommended)
    .map((s) => `${s.code}${s.units ? `x${s.units}` : ''}`);
};

describe('vaccines given: products and administration', () => {
  it.each([
    ['Medicare: pneumococcal admin is G0009', 'Medicare Part B. PCV20 (Prevnar 20) 0.5 mL IM L deltoid, lot PV4471, VIS given.', 74, ['90677', 'G0009']],
    ['Medicare: influenza admin is G0008', 'Medicare. Influenza - Fluzone High-Dose (0.5 mL) IM, R deltoid.', 71, ['90662', 'G0008']],
    ['commercial adult: 90471', 'Ins: commercial. Tdap 0.5 mL IM L deltoid today (last Td 2012), VIS given.', 48, ['90715', '90471']],
    [
      'child with counseling: 90460 per vaccine, 90461 per extra component',
      'Immunizations (VIS given; I counseled mom on each vaccine): MMR #1, varicella #1, Hep A #1.',
      1,
      ['90707', '90716', '90633', '90460x3', '90461x2'],
    ],
    // "<product> today" is a dose given at this visit; "due today" or a recommendation is not.
    ['a dose given today', '28 wks - Tdap today (pt consents).', 30, ['90715', '90471']],
    ['a dose due today is not given', 'Tdap due today - will give at next visit.', 30, []],
    // The need stated before a dash is its own clause: the dose after it was given.
    ['a dose given after its need', 'Tetanus booster due - Tdap 0.5 mL IM given L deltoid.', 30, ['90715', '90471']],
    ['up to date, so not given', 'Laceration repaired. Tdap UTD, not given.', 30, []],
    // The vaccine named as the visit's purpose is given (Index: Need, vaccination, encounter for Z23); a need discussed is not.
    ['the visit is for it', 'Assessment: 1. Encounter for Tdap vaccine.', 30, ['90715', '90471']],
    ['a need only discussed', 'Discussed need for Tdap vaccine; will consider.', 30, []],
    ['a dose to be given later is not given (ConText FUTURE)', 'Vaccine: Tdap to be given 27-36 wk.', 30, []],
    [
      'history, refusals and plans are not given',
      'Tdap 2020. Shingrix x2 complete 2021. RSV - discussed, pt declines. Hep B #1 given in nursery 01/21.',
      70,
      [],
    ],
  ])('%s', (_why, text, age, want) => expect(run(text, age)).toEqual(want));
});

describe('Medicare annual wellness visit', () => {
  const code = (text: string) => wellnessVisit({ text, setting: 'office', patient: {} }, codeSets).map((s) => s.code);
  it.each([
    ['MEDICARE ANNUAL WELLNESS VISIT - SUBSEQUENT', ['G0439']],
    ['Initial AWV today.', ['G0438']],
    ['Annual physical exam.', []],
  ])('%s', (text, want) => expect(code(text)).toEqual(want));
});
