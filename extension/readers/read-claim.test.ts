// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { readClaim } from './read-claim.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function read(path: string) {
  const page = await openFixture(path);
  close = page.close;
  return readClaim(page.document)!;
}

test('AdvancedMD-style charge entry: labelled inputs, Dx 1-4 boxes and a charge grid with numeric pointers', async () => {
  const { claim, fields, labels } = await read('advancedmd/charge-entry.html');
  expect(claim.patient).toMatchObject({ lastName: 'RUIZ', firstName: 'ANA', dob: '1950-03-02', sex: 'F', memberId: 'XGH449102775' });
  expect(claim.payer.name).toBe('Blue Cross Blue Shield of Texas');
  expect(claim.renderingProvider?.npi).toBe('1654230983');
  expect(claim.billingProvider.npi).toBe('1843567896');
  expect(claim.placeOfService).toBe('11');
  expect(claim.diagnoses).toEqual(['E11.9', 'M17.10']); // Dx 3 and 4 are empty
  expect(claim.lines.map((l) => [l.code, l.modifiers, l.units, l.charge, l.diagnosisPointers, l.dateOfService])).toEqual([
    ['99213', ['25'], 1, 125, [1, 2], '2026-11-03'],
    ['20610', ['RT'], 1, 210, [2], '2026-11-03'],
    ['J3301', [], 1, 18, [3], '2026-11-03'],
  ]);
  expect(fields['lines[2].diagnosisPointers']?.tagName).toBe('INPUT');
  expect(labels['lines[1].modifiers']).toBe('Line 2 modifiers'); // Mod 1 + Mod 2 columns
  expect(labels['renderingProvider.npi']).toBe('Rendering Provider NPI');
  expect((fields['diagnoses[1]'] as HTMLInputElement).id).toBe('dx2');
});

test('Office Ally-style CMS-1500 form: boxes by item number, A-L diagnoses, letter pointers, 24J per line', async () => {
  const { claim, fields, labels } = await read('officeally/hcfa-entry.html');
  expect(claim.patient).toMatchObject({ lastName: 'OKAFOR', firstName: 'GRACE', dob: '1948-07-14', sex: 'F', memberId: '1EG4TE5MK73' });
  expect(claim.payer).toMatchObject({ name: 'Medicare Part B', kind: 'medicare' });
  expect(claim.billingProvider.npi).toBe('1372948510');
  expect(claim.renderingProvider?.npi).toBe('1498062730');
  expect(claim.placeOfService).toBe('11');
  expect(claim.diagnoses).toEqual(['M25.569', 'I10']);
  expect(claim.lines.map((l) => [l.code, l.modifiers, l.diagnosisPointers])).toEqual([
    ['73562', ['RT'], [1]],
    ['99213', [], [3]],
  ]);
  expect((fields['billingProvider.npi'] as HTMLInputElement).id).toBe('b33a');
  expect(labels['billingProvider.npi']).toBe('33a. NPI');
  expect(labels['lines[1].diagnosisPointers']).toBe('Line 2 24E. Diagnosis Pointer');
});

test('DrChrono-style billing tab: read-only values, a diagnosis table and an ARIA grid of line items', async () => {
  const { claim, fields } = await read('drchrono/billing.html');
  expect(claim.patient).toMatchObject({ firstName: 'Luis', lastName: 'Garcia', dob: '1956-05-19', sex: 'M', memberId: 'H40318827' });
  expect(claim.renderingProvider?.npi).toBe('1203984767');
  expect(claim.diagnoses).toEqual(['I10', 'M25.519']);
  expect(claim.lines.map((l) => [l.code, l.modifiers, l.diagnosisPointers, l.charge])).toEqual([
    ['99214', ['25'], [1, 2], 165],
    ['20610', ['LT'], [2], 210],
    ['J3301', [], [3], 18],
  ]);
  expect(fields['renderingProvider.npi']?.tagName).toBe('DD');
  expect(fields['lines[2].diagnosisPointers']?.getAttribute('role')).toBe('cell');
});

test('a page with no claim on it reads as none', async () => {
  const page = await openFixture('generic/plain-note.html');
  close = page.close;
  expect(readClaim(page.document)).toBeUndefined();
});

test('a layout of unlabelled chips is not guessed at: nothing is read until the biller teaches it', async () => {
  const page = await openFixture('inhouse/claim-card.html');
  close = page.close;
  expect(readClaim(page.document)).toBeUndefined();
});

test('NextGen-style encounter charges: caption cells beside inputs, a sequenced diagnosis table, "2:3" pointers', async () => {
  const { claim, labels } = await read('nextgen/charge-entry.html');
  expect(claim.patient).toMatchObject({ lastName: 'KOWALSKI', firstName: 'PETER', dob: '1962-04-17', sex: 'M', memberId: 'U88120347' });
  expect(claim.renderingProvider?.npi).toBe('1498062730'); // the NPI inside "Adeyemi, Tola MD (1498062730)"
  expect([claim.billingProvider.npi, claim.placeOfService]).toEqual(['1843567899', '22']);
  expect(claim.diagnoses).toEqual(['M23.209', 'M25.461']);
  expect(claim.lines.map((l) => [l.code, l.modifiers, l.diagnosisPointers, l.charge, l.dateOfService])).toEqual([
    ['29881', ['LT'], [1], 1850, '2026-11-04'],
    ['20610', ['LT'], [2, 3], 210, '2026-11-04'],
  ]);
  expect(labels['lines[1].diagnosisPointers']).toBe('Line 2 Diag Ptr');
});

test('CareCloud-style component fields: captions in wrappers tied to no input', async () => {
  const { claim, fields } = await read('carecloud/charge.html');
  expect(claim.patient).toMatchObject({ firstName: 'Amara', lastName: 'Osei', dob: '1979-02-11', sex: 'F', memberId: 'W448120937' });
  expect([claim.renderingProvider?.npi, claim.billingProvider.npi, claim.placeOfService]).toEqual(['1372948511', '1843567896', '24']);
  expect(claim.diagnoses).toEqual(['G56.00', 'E11.9']);
  expect(claim.lines.map((l) => [l.code, l.modifiers, l.diagnosisPointers])).toEqual([
    ['64721', ['RT'], [1]],
    ['J3301', [], [4]],
  ]);
  expect(fields['renderingProvider.npi']?.tagName).toBe('INPUT');
});
