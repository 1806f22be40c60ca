import { expect, test } from 'vitest';
import type { Claim } from '../../shared/contracts/claim.ts';
import { fieldWords } from '../ui/flag-list.tsx';
import { applyEdits, valueAt } from './claim-edits.ts';
import { emptyClaim } from './taught-claim.ts';

const claim = (): Claim => ({
  ...emptyClaim(),
  diagnoses: ['E11.9', 'M17.10'],
  lines: [{ dateOfService: '2026-11-03', code: '20610', modifiers: ['RT'], units: 1, diagnosisPointers: [2], charge: 210 }],
});

test.each([
  ['lines[0].modifiers', 'rt, 59', (c: Claim) => c.lines[0]!.modifiers, ['RT', '59']],
  ['lines[0].diagnosisPointers', 'ab', (c: Claim) => c.lines[0]!.diagnosisPointers, [1, 2]],
  ['lines[0].diagnosisPointers', '1, 3', (c: Claim) => c.lines[0]!.diagnosisPointers, [1, 3]],
  ['lines[0].units', '2', (c: Claim) => c.lines[0]!.units, 2],
  ['lines[0].charge', '$1,210.50', (c: Claim) => c.lines[0]!.charge, 1210.5],
  ['lines[0].charge', '', (c: Claim) => c.lines[0]!.charge, null],
  ['lines[0].dateOfService', '11/04/2026', (c: Claim) => c.lines[0]!.dateOfService, '2026-11-04'],
  ['diagnoses[1]', 'm17.11', (c: Claim) => c.diagnoses, ['E11.9', 'M17.11']],
  ['diagnoses[1]', '', (c: Claim) => c.diagnoses, ['E11.9']],
  ['patient.sex', 'f', (c: Claim) => c.patient.sex, 'F'],
  ['billingProvider.npi', ' 1234567893 ', (c: Claim) => c.billingProvider.npi, '1234567893'],
])('editing %s to %j', (path, value, pick, expected) => {
  const before = claim();
  expect(pick(applyEdits(before, { [path]: value }))).toEqual(expected);
  expect(before).toEqual(claim()); // the claim as read is left untouched
});

test('the view shows values as a biller types them', () => {
  expect(valueAt(claim(), 'lines[0].diagnosisPointers')).toBe('B');
  expect(valueAt(claim(), 'lines[0].modifiers')).toBe('RT');
  expect(valueAt(claim(), 'diagnoses[1]')).toBe('M17.10');
  expect(valueAt(claim(), 'patient.memberId')).toBe('');
  expect(valueAt(claim(), '@dateOfService')).toBe('2026-11-03');
});

test.each([
  ['lines[0].modifiers', 'Line 1 modifiers'],
  ['lines[2].diagnosisPointers', 'Line 3 diagnosis pointer'],
  ['lines[1]', 'Line 2'],
  ['diagnoses[0]', 'Diagnosis A'],
  ['billingProvider.npi', 'Billing NPI'],
  ['patient.memberId', "Insured's ID"],
])('a field path without a screen label reads %s -> %j', (path, words) => {
  expect(fieldWords(path)).toBe(words);
});
