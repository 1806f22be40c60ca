import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

test('markers for fields inside frames sit beside their field on the page, also after scrolling', async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${env.pages.url}/openemr/main.html?enc=fee-sheet.html`);
  const marker = page.locator('chartside-overlay .marker[data-marker-field="billingProvider.npi"]');
  await marker.waitFor({ timeout: 30_000 });
  const check = async () => {
    const box = await marker.boundingBox();
    // Playwright reports the box of an element inside frames in the top page's coordinates.
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('fee-sheet'))!;
    const field = await frame.locator('#ctx_billing_npi').boundingBox();
    expect(box && field).toBeTruthy();
    expect(Math.abs(box!.y + box!.height / 2 - (field!.y + field!.height / 2))).toBeLessThan(field!.height);
    expect(box!.x).toBeGreaterThan(field!.x + field!.width - 2);
  };
  await check();
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('fee-sheet'))!;
  await frame.evaluate(() => scrollBy(0, 40));
  await page.waitForTimeout(300);
  await check();
});
