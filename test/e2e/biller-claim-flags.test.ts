import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

test('the claim is read from the form, flagged on its field with a marker beside it, and re-checked on edit', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/claim.html`);
  // The demo claim bills 99214 with the knee injection 20610 on the same day and no modifier 25.
  const flag = page.locator('chartside-overlay [data-rule="modifier-25-missing"][data-field="lines[0].modifiers"]');
  await flag.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await flag.locator('.carc').textContent()).toBe('CARC 97');

  const marker = page.locator('chartside-overlay .marker[data-marker-field="lines[0].modifiers"]');
  await marker.waitFor({ timeout: 10_000 });
  const input = page.locator('.charge-line').first().locator('[name=mods]');
  const [m, f] = [await marker.boundingBox(), await input.boundingBox()];
  expect(Math.abs(m!.y + m!.height / 2 - (f!.y + f!.height / 2))).toBeLessThan(f!.height); // beside its field
  expect(await page.locator('form#claim-edit chartside-overlay, form#claim-edit .marker').count()).toBe(0);

  await input.fill('25');
  await flag.waitFor({ state: 'detached', timeout: 15_000 });
  expect(await input.inputValue()).toBe('25'); // the user's own value, untouched by the extension
});

test('eligibility captured on the payer portal is used in the claim check of the same member', async () => {
  // The portal shows this member's coverage ending before the claim's date of service.
  const portal = await env.browser.context.newPage();
  await portal.route('**/availity/eligibility.html', async (route) => {
    const html = await (await route.fetch()).text();
    await route.fulfill({
      contentType: 'text/html',
      body: html.replace('<dd data-field="coverage-end"></dd>', '<dd data-field="coverage-end">10/31/2026</dd>'),
    });
  });
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  await portal.locator('chartside-overlay').waitFor({ state: 'attached', timeout: 30_000 });
  await portal.waitForTimeout(500); // the capture is a message to the background

  const claim = await env.browser.context.newPage();
  await claim.goto(`${env.pages.url}/athena/claim.html`);
  const flag = claim.locator('chartside-overlay [data-rule="coverage-inactive"][data-field="lines[0].dateOfService"]');
  await flag.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await flag.locator('.carc').textContent()).toBe('CARC 27');
});
