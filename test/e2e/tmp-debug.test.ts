import { test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';
const env = useExtensionPages();
test('debug', async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.pages.url}/advancedmd/charge-entry.html`);
  await page.locator('chartside-overlay [data-rule="npi-invalid"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('chartside-overlay .launcher').click();
  await page.waitForTimeout(300);
  console.log(await page.locator('chartside-overlay .chartside').getAttribute('class'), await page.locator('chartside-overlay .panel').getAttribute('style'));
  console.log(JSON.stringify(await page.locator('chartside-overlay .panel').boundingBox()));
  for (const s of ['#rend', '#charges tbody tr:nth-child(3) td:nth-child(7) input', '#dx2']) console.log(s, JSON.stringify(await page.locator(s).boundingBox()));
  console.log(await page.locator('chartside-overlay .flags').innerText());
});
