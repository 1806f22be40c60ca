import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let pages: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  pages = await serveStatic();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await pages?.close();
});

test('markers for fields inside frames sit beside their field on the page, also after scrolling', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${pages.url}/openemr/main.html?enc=fee-sheet.html`);
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
