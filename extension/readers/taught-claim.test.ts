// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { applyEdits } from './claim-edits.ts';
import { applyTaughtClaim, spotFor, teachable, type TaughtClaim } from './taught-claim.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('fields pointed at once are read again, lists row by row, and corrections apply over them', async () => {
  const page = await openFixture('inhouse/claim-card.html');
  close = page.close;
  const doc = page.document;
  const picks: Record<string, string> = {
    'patient.name': '.nm',
    'patient.dob': '.dob',
    'patient.sex': '.sx',
    'patient.memberId': '.mid',
    'payer.name': '.ins',
    dateOfService: '.dos',
    placeOfService: '.pos',
    'renderingProvider.npi': '.rnpi',
    'billingProvider.npi': '.bnpi',
    diagnoses: 'ol.dxs li',
    'line.code': 'li.svc b',
    'line.modifiers': 'li.svc em',
    'line.units': 'li.svc span',
    'line.diagnosisPointers': 'li.svc span:nth-of-type(2)',
    'line.charge': 'li.svc span:nth-of-type(3)',
  };
  const taught: TaughtClaim = {};
  for (const [key, sel] of Object.entries(picks)) {
    taught[key] = spotFor(doc.querySelector(sel)!, !!teachable.find((t) => t.key === key)?.list);
  }
  // Only selectors are kept, never the values shown.
  expect(JSON.stringify(taught)).not.toMatch(/PATEL|912345678|M17/);
  const read = applyTaughtClaim(doc, taught)!;
  expect(read.claim.patient).toMatchObject({ lastName: 'PATEL', firstName: 'RAVI', dob: '1971-09-30', sex: 'M', memberId: '912345678' });
  expect(read.claim.renderingProvider?.npi).toBe('1498062733');
  expect(read.claim.diagnoses).toEqual(['M17.10', 'E11.9']);
  expect(read.claim.lines.map((l) => [l.code, l.modifiers, l.units, l.diagnosisPointers, l.charge, l.dateOfService])).toEqual([
    ['99213', ['25'], 1, [1, 2], 125, '2026-11-05'],
    ['20610', ['RT'], 1, [1], 210, '2026-11-05'],
    ['J3301', [], 1, [3], 18, '2026-11-05'],
  ]);
  expect(read.fields['lines[2].diagnosisPointers']?.textContent).toBe('C');
  expect(read.labels['lines[2].diagnosisPointers']).toBe('Line 3 diagnosis pointer');

  const edited = applyEdits(read.claim, { 'lines[2].diagnosisPointers': 'B', '@dateOfService': '11/06/2026', 'diagnoses[1]': 'e11.65' });
  expect(edited.lines[2]!.diagnosisPointers).toEqual([2]);
  expect(edited.lines.map((l) => l.dateOfService)).toEqual(['2026-11-06', '2026-11-06', '2026-11-06']);
  expect(edited.diagnoses).toEqual(['M17.10', 'E11.65']);
  expect(read.claim.lines[2]!.diagnosisPointers).toEqual([3]); // the reading itself is left as read
});
