// Regenerates the README screenshots from the demo pages with the built extension loaded
// (`npm run build` first): the coder's panel on a note, and the flags on a claim.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../test/support/extension-browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const pages = await serveStatic();
const browser = await launchWithExtension();
try {
  for (const [path, file, wait] of [
    ['athena/encounter.html', 'coder-panel-on-note.png', '[data-recommended="true"]'],
    ['athena/claim.html', 'biller-flags-on-claim.png', '[data-rule]'],
  ] as const) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${pages.url}/${path}`);
    await page.locator(`chartside-overlay ${wait}`).first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('chartside-overlay .launcher').click();
    const evidence = page.locator('chartside-overlay .evidence-link').first();
    if (await evidence.count()) await evidence.click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, file) });
    console.log(`wrote docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
  await pages.close();
}
