import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

test('the overlay on the demo EHR note shows correct ICD-10-CM suggestions with the CONTRACTS §5 hooks', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/encounter.html`);
  const overlay = page.locator('chartside-overlay');
  await expect.poll(() => overlay.count()).toBe(1);
  // The shadow root is open, so Playwright's CSS locators pierce it.
  const recommended = page.locator('chartside-overlay [data-system="ICD-10-CM"][data-recommended="true"]');
  await recommended.first().waitFor({ state: 'attached', timeout: 30_000 });
  const codes = await recommended.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  // The note's assessment documents essential hypertension and type 2 diabetes.
  expect(codes).toContain('I10');
  expect(codes.some((c) => c?.startsWith('E11.'))).toBe(true);
  // Negated chest pain and fever ("Denies chest pain", "No fever") must not be recommended.
  expect(codes).not.toContain('R07.9');
  expect(codes).not.toContain('R50.9');
  // The host page's own DOM is untouched apart from the overlay host element.
  expect(await page.evaluate(() => document.querySelectorAll('body > *:not(chartside-overlay)').length)).toBe(4);
});

test('the side panel page lists the same suggestions', async () => {
  const note = await env.browser.context.newPage();
  await note.goto(`${env.pages.url}/athena/encounter.html`);
  await note.locator('chartside-overlay [data-code="I10"]').waitFor({ state: 'attached', timeout: 30_000 });
  const panel = await env.browser.context.newPage();
  await panel.goto(`chrome-extension://${env.browser.extensionId}/sidepanel.html`);
  await panel.locator('[data-code="I10"][data-recommended="true"]').waitFor({ timeout: 15_000 });
  const overlayCodes = await note
    .locator('chartside-overlay [data-recommended="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());
  const panelCodes = await panel.locator('[data-recommended="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());
  expect(panelCodes).toEqual(overlayCodes);
});
