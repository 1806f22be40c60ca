import { expect, test } from 'vitest';
import { useExtensionPages } from '../../support/e2e-setup.ts';
import { flag, readInPage, recommended } from './in-page.ts';

const env = useExtensionPages();

test('eCW progress note: the pane loads after the page, and its codes are suggested', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/ecw/progress-note.html`);
  await page.locator('#pnContent .pnSection').first().waitFor();
  const read = await readInPage(page);
  expect(read.adapter).toBe('ecw');
  expect(read.unchanged).toBe(true);
  expect(read.note?.roots).toBe(8);
  expect(read.note?.text).toContain('Essential hypertension');
  expect(read.identity).toEqual({ memberId: 'W284-913-550', dateOfService: '2026-11-05' });
  // The note arrived ~0.7 s after document_idle: the overlay shows it only if the session re-reads.
  expect(await recommended(page)).toContain('I10');
});

test('eCW claim window: invalid billing NPI and empty POS are flagged, the valid rendering NPI is not', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/ecw/claim.html`);
  const read = await readInPage(page);
  expect(read.adapter).toBe('ecw');
  expect(read.claim?.diagnoses).toEqual(['E11.9', 'I10', 'E78.5']);
  expect(read.claim?.lines.map((l) => l.code)).toEqual(['99214', '83036']);
  expect(read.fields).toContain('lines[1].modifiers');
  await flag(page, 'npi-invalid', 'billingProvider.npi');
  await flag(page, 'required-field', 'placeOfService');
  expect(await page.locator('chartside-overlay [data-field="renderingProvider.npi"]').count()).toBe(0);
});
