// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openemr } from './openemr.ts';
import { openFixture, textOfAll } from '../../test/support/open-fixture.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('main UI: the SOAP note is read from the encounter tab frame, demographics from the hidden dashboard tab', async () => {
  const page = await openFixture('openemr/main.html');
  close = page.close;
  expect(openemr.detect(page.document)).toBe(true);
  const { note, claim, identity } = openemr.read(page.document);
  expect(claim).toBeUndefined();
  expect(note?.roots.map((r) => r.id)).toEqual(['newpatient_7781', 'vitals_412', 'soap_233']);
  // The roots live inside the enc iframe, not in the top document.
  expect(note?.roots[0]?.ownerDocument).not.toBe(page.document);
  const text = textOfAll(note?.roots ?? []);
  expect(text).toContain('Assessment: 1. Type 2 diabetes mellitus without complications. 2. Essential hypertension');
  expect(text).not.toContain('Policy Number');
  expect(note?.patient).toEqual({ age: 64, sex: 'F' });
  expect(note?.dateOfService).toBe('2026-11-04');
  expect(identity).toEqual({ memberId: '5TY2-QP8-WK41', dateOfService: '2026-11-04' });
});

test('the encounter page opened on its own still yields the note', async () => {
  const page = await openFixture('openemr/encounter.html');
  close = page.close;
  expect(openemr.detect(page.document)).toBe(true);
  const { note } = openemr.read(page.document);
  expect(note?.roots.length).toBe(3);
  expect(note?.dateOfService).toBe('2026-11-04');
});

test('fee sheet in the encounter tab: diagnoses from ICD10 rows, lines with justify turned into pointers', async () => {
  const page = await openFixture('openemr/main.html?enc=fee-sheet.html', { scripts: true });
  close = page.close;
  const { note, claim, fields, identity } = openemr.read(page.document);
  expect(note).toBeUndefined();
  expect(claim?.id).toBe('7781');
  expect(claim?.payer).toEqual({ name: 'Medicare Part B', kind: 'medicare', payerId: '00882' });
  expect(claim?.patient).toEqual({ firstName: 'Grace', lastName: 'Okafor', dob: '1962-03-21', sex: 'F', memberId: '5TY2-QP8-WK41' });
  expect(claim?.billingProvider.npi).toBe('1234567891');
  expect(claim?.renderingProvider?.npi).toBe('1234567893');
  expect(claim?.placeOfService).toBe('11');
  expect(claim?.diagnoses).toEqual(['E11.9', 'I10', 'E78.5']);
  expect(claim?.lines).toEqual([
    { dateOfService: '2026-11-04', code: '99214', modifiers: [], units: 1, diagnosisPointers: [1, 2, 3], charge: 165 },
    { dateOfService: '2026-11-04', code: '36415', modifiers: [], units: 1, diagnosisPointers: [1], charge: NaN },
  ]);
  expect(fields?.['billingProvider.npi']?.id).toBe('ctx_billing_npi');
  expect(fields?.['lines[1].charge']?.getAttribute('name')).toBe('bill[5][price]');
  expect(fields?.['lines[0].modifiers']?.getAttribute('name')).toBe('bill[4][mod]');
  expect(fields?.['diagnoses[1]']?.textContent).toContain('I10');
  expect(identity).toEqual({ memberId: '5TY2-QP8-WK41', dateOfService: '2026-11-04' });
});

test('an eClinicalWorks page is not taken for OpenEMR', async () => {
  const page = await openFixture('ecw/claim.html');
  close = page.close;
  expect(openemr.detect(page.document)).toBe(false);
});
