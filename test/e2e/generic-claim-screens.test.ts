import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

// Claim screens of three practice-management styles no adapter was written for, each with three
// seeded errors; the selector is the page's own element that shows the flagged field.
const screens = [
  {
    page: 'advancedmd/charge-entry.html',
    seeded: [
      { rule: 'npi-invalid', field: 'renderingProvider.npi', el: '#rend', name: 'Rendering Provider NPI' },
      { rule: 'dx-pointer', field: 'lines[2].diagnosisPointers', el: '#charges tbody tr:nth-child(3) td:nth-child(7) input', name: 'Line 3 Dx Ptr' },
      { rule: 'dx-unspecified', field: 'diagnoses[1]', el: '#dx2', name: 'Diagnosis B' },
    ],
  },
  {
    page: 'officeally/hcfa-entry.html',
    seeded: [
      { rule: 'npi-invalid', field: 'billingProvider.npi', el: '#b33a', name: '33a. NPI' },
      {
        rule: 'dx-pointer',
        field: 'lines[1].diagnosisPointers',
        el: '#box24 tbody tr:nth-child(2) td:nth-child(5) input',
        name: 'Line 2 24E. Diagnosis Pointer',
      },
      { rule: 'dx-unspecified', field: 'diagnoses[0]', el: '#dxA', name: 'Diagnosis A' },
    ],
  },
  {
    page: 'drchrono/billing.html',
    seeded: [
      { rule: 'npi-invalid', field: 'renderingProvider.npi', el: 'dl > dd:nth-of-type(7)', name: 'Rendering Provider NPI' },
      {
        rule: 'dx-pointer',
        field: 'lines[2].diagnosisPointers',
        el: '[role=table] [role=row]:nth-child(4) [role=cell]:nth-child(4)',
        name: 'Line 3 Dx Pointers',
      },
      { rule: 'dx-unspecified', field: 'diagnoses[1]', el: 'table.icd tbody tr:nth-child(2) td:nth-child(2)', name: 'Diagnosis B' },
    ],
  },
  {
    page: 'nextgen/charge-entry.html',
    seeded: [
      { rule: 'npi-invalid', field: 'billingProvider.npi', el: '.pane:first-child tr:nth-child(3) td:nth-child(4) input', name: 'Billing NPI' },
      { rule: 'dx-pointer', field: 'lines[1].diagnosisPointers', el: '#sim tr:nth-child(3) td:nth-child(5) input', name: 'Line 2 Diag Ptr' },
      { rule: 'dx-unspecified', field: 'diagnoses[0]', el: '#dx tr:nth-child(2) input', name: 'Diagnosis A' },
    ],
  },
  {
    page: 'carecloud/charge.html',
    seeded: [
      { rule: 'npi-invalid', field: 'renderingProvider.npi', el: '.cc-field:nth-child(6) input', name: 'Rendering Provider NPI' },
      { rule: 'dx-pointer', field: 'lines[1].diagnosisPointers', el: 'tbody tr:nth-child(2) td:nth-child(4) input', name: 'Line 2 Pointers' },
      { rule: 'dx-unspecified', field: 'diagnoses[0]', el: '.card:nth-child(2) .cc-field:nth-child(1) input', name: 'Diagnosis A' },
    ],
  },
];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function fieldBox(page: Page, selector: string): Promise<Box> {
  return (await page.locator(selector).boundingBox())!;
}

async function expectMarkerBeside(page: Page, field: string, selector: string) {
  const marker = page.locator(`chartside-overlay .marker[data-marker-field="${field}"]`);
  await marker.waitFor({ timeout: 10_000 });
  const [m, f] = [await marker.boundingBox(), await fieldBox(page, selector)];
  expect(Math.abs(m!.y + m!.height / 2 - (f!.y + f!.height / 2)), `${field} marker on its row`).toBeLessThan(f!.height);
  expect(m!.x, `${field} marker just right of its field`).toBeGreaterThanOrEqual(f!.x + f!.width - 1);
  expect(m!.x).toBeLessThan(f!.x + f!.width + 30);
}

test.each(screens)(
  '$page: first load, no teaching: a claim page, every seeded error flagged beside its field, named as the screen names it',
  async ({ page: path, seeded }) => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${env.pages.url}/${path}`);
    for (const s of seeded) {
      const flag = page.locator(`chartside-overlay [data-rule="${s.rule}"][data-field="${s.field}"]`);
      await flag.waitFor({ state: 'attached', timeout: 30_000 });
      expect(await flag.locator('.field').textContent()).toBe(s.name);
      await expectMarkerBeside(page, s.field, s.el);
    }
    expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('claim');
    await page.locator('chartside-overlay[aria-busy="false"]').waitFor({ state: 'attached', timeout: 30_000 }); // every answer is in
    expect(await page.locator('chartside-overlay [data-code]').count()).toBe(0);

    // The open panel never covers a field it flags.
    await page.locator('chartside-overlay .launcher').click();
    const panel = (await page.locator('chartside-overlay .panel').boundingBox())!;
    for (const s of seeded) expect(overlap(panel, await fieldBox(page, s.el)), `panel over ${s.field}`).toBe(false);
    await page.close();
  },
);

test('correcting a value in "what I read" re-runs the rules; the page itself is not changed', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/advancedmd/charge-entry.html`);
  const flag = page.locator('chartside-overlay [data-rule="dx-pointer"][data-field="lines[2].diagnosisPointers"]');
  await flag.waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay .what-i-read summary').click();
  const row = page.locator('chartside-overlay [data-read-field="lines[2].diagnosisPointers"]');
  expect(await row.locator('label').textContent()).toBe('Line 3 Dx Ptr');
  expect(await row.locator('input').inputValue()).toBe('C');
  await row.locator('input').fill('A');
  await flag.waitFor({ state: 'detached', timeout: 15_000 });
  expect(await page.locator('#charges tbody tr:nth-child(3) td:nth-child(7) input').inputValue()).toBe('3');
  await page.close();
});

test("a charge screen inside the application shell's frame: read there, flagged with markers beside its inputs", async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.pages.url}/advancedmd/shell.html`);
  await page.locator('chartside-overlay [data-rule="npi-invalid"][data-field="renderingProvider.npi"]').waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('claim');
  const marker = page.locator('chartside-overlay .marker[data-marker-field="renderingProvider.npi"]');
  await marker.waitFor({ timeout: 10_000 });
  const [m, f] = [await marker.boundingBox(), await page.frameLocator('#screen').locator('#rend').boundingBox()];
  expect(Math.abs(m!.y + m!.height / 2 - (f!.y + f!.height / 2))).toBeLessThan(f!.height);
  expect(m!.x).toBeGreaterThanOrEqual(f!.x + f!.width - 1);
  await page.close();
});
