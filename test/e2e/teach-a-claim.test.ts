import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

// Each field of the unlabelled layout, the row of "what I read" whose Point button teaches it, and
// the page element the biller clicks.
const teach: [row: string, target: string][] = [
  ['patient.lastName', '.nm'],
  ['patient.dob', '.dob'],
  ['patient.sex', '.sx'],
  ['patient.memberId', '.mid'],
  ['payer.name', '.ins'],
  ['@dateOfService', '.dos'],
  ['placeOfService', '.pos'],
  ['renderingProvider.npi', '.rnpi'],
  ['billingProvider.npi', '.bnpi'],
  ['diagnoses[0]', 'ol.dxs li >> nth=0'],
  ['lines[0].code', 'li.svc b >> nth=0'],
  ['lines[0].modifiers', 'li.svc em >> nth=0'],
  ['lines[0].units', 'li.svc span >> nth=0'],
  ['lines[0].charge', 'li.svc span:nth-of-type(3) >> nth=0'],
  ['lines[0].diagnosisPointers', 'li.svc span:nth-of-type(2) >> nth=0'],
];

async function point(page: Page, row: string, target: string) {
  await page.locator(`chartside-overlay [data-read-field="${row}"] button`).click();
  await page.locator('chartside-overlay .picker-hint').waitFor();
  const box = (await page.locator(target).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('chartside-overlay .picker-hint').waitFor({ state: 'detached' });
}

test('teach-a-claim on a layout the generic reader cannot read: map every field, preview, undo, kept for the site', async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.pages.url}/inhouse/claim-card.html`);
  await page.locator('chartside-overlay[aria-busy="false"], chartside-overlay[data-page-kind="other"]').waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay [data-rule]').count()).toBe(0); // nothing guessed

  await page.locator('chartside-overlay .launcher').click();
  if ((await page.locator('chartside-overlay').getAttribute('data-page-kind')) !== 'claim') {
    await page.locator('chartside-overlay .page-kind select').selectOption('claim');
  }
  await page.locator('chartside-overlay .what-i-read').waitFor();
  for (const [row, target] of teach) {
    await point(page, row, target);
    expect(await page.locator('chartside-overlay .chartside.open .what-i-read[open]').count(), `panel and view still open after ${row}`).toBe(1);
  }
  // Preview: each field shows what was read through the taught spot.
  const value = (row: string) => page.locator(`chartside-overlay [data-read-field="${row}"] input`).inputValue();
  await page.locator('chartside-overlay [data-read-field="lines[2].diagnosisPointers"]').waitFor({ timeout: 15_000 });
  expect(await value('patient.memberId')).toBe('912345678');
  expect(await value('lines[1].modifiers')).toBe('RT');
  expect(await value('lines[2].diagnosisPointers')).toBe('C');

  // The three seeded errors, each flagged with its marker.
  const seeded = [
    ['npi-invalid', 'renderingProvider.npi'],
    ['dx-pointer', 'lines[2].diagnosisPointers'],
    ['dx-unspecified', 'diagnoses[0]'],
  ];
  for (const [rule, field] of seeded) {
    await page.locator(`chartside-overlay [data-rule="${rule}"][data-field="${field}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await page.locator(`chartside-overlay .marker[data-marker-field="${field}"]`).waitFor({ timeout: 10_000 });
  }

  // Undo the last pointing (the line pointers): lines lose their pointers, the pointer flag changes.
  await page.locator('chartside-overlay .undo-teach').click();
  await expect.poll(() => value('lines[2].diagnosisPointers'), { timeout: 15_000 }).toBe('');
  await point(page, 'lines[0].diagnosisPointers', 'li.svc span:nth-of-type(2) >> nth=0');

  // Kept for this site: a reload reads the claim through the taught spots, with no teaching.
  await page.reload();
  for (const [rule, field] of seeded) {
    await page.locator(`chartside-overlay [data-rule="${rule}"][data-field="${field}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  }
  expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('claim');
  expect(await page.locator('chartside-overlay [data-code]').count()).toBe(0);
});
