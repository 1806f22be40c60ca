import { expect, test } from 'vitest';
import { useExtensionPages } from '../../support/e2e-setup.ts';
import { flag, readInPage, recommended } from './in-page.ts';

const env = useExtensionPages();

test('OpenEMR main UI: the SOAP note in the encounter tab frame is coded', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/openemr/main.html`);
  await page.frameLocator('iframe[name=enc]').locator('#soap_233').waitFor();
  const read = await readInPage(page);
  expect(read.adapter).toBe('openemr');
  expect(read.unchanged).toBe(true);
  expect(read.note?.roots).toBe(3);
  expect(read.note?.text).toContain('Type 2 diabetes mellitus without complications');
  expect(read.note?.patient).toEqual({ age: 64, sex: 'F' });
  expect(read.identity).toEqual({ memberId: '5TY2-QP8-WK41', dateOfService: '2026-11-04' });
  expect(await recommended(page)).toContain('I10');
});

test('OpenEMR fee sheet in the encounter tab: invalid billing NPI and the unpriced line are flagged', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/openemr/main.html?enc=fee-sheet.html`);
  await page.frameLocator('iframe[name=enc]').locator('#selected_codes').waitFor();
  const read = await readInPage(page);
  expect(read.adapter).toBe('openemr');
  expect(read.note).toBeUndefined();
  expect(read.claim?.diagnoses).toEqual(['E11.9', 'I10', 'E78.5']);
  expect(read.claim?.lines.map((l) => l.diagnosisPointers)).toEqual([[1, 2, 3], [1]]);
  await flag(page, 'npi-invalid', 'billingProvider.npi');
  await flag(page, 'required-field', 'lines[1].charge');
  expect(await page.locator('chartside-overlay [data-field="renderingProvider.npi"]').count()).toBe(0);
  expect(await page.locator('chartside-overlay [data-field="lines[0].charge"]').count()).toBe(0);
});
