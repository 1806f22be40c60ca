import { expect, test } from 'vitest';
import { useExtensionPages } from '../../support/e2e-setup.ts';
import { launchWithExtension, type ExtensionBrowser } from '../../support/extension-browser.ts';
import { readInPage } from './in-page.ts';

const env = useExtensionPages();

test('UHC portal: eligibility view, then Claims through pushState re-reads the new view', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/uhc/index.html`);
  await page.locator('[data-view="eligibility"]').waitFor();
  const first = await readInPage(page);
  expect(first.adapter).toBe('uhc');
  expect(first.unchanged).toBe(true);
  expect(first.eligibility).toMatchObject({ memberId: '912345678', status: 'active', inNetwork: true, priorAuthRequired: ['72148'] });
  expect(first.denials).toBeUndefined();

  const loads: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && loads.push(f.url()));
  await page.click('nav.side-nav a[data-route="claims"]');
  await page.locator('[data-view="claim-detail"]').waitFor();
  expect(page.url()).toMatch(/\?view=claims$/);
  const second = await readInPage(page);
  expect(second.eligibility).toBeUndefined();
  expect(second.denials?.map((d) => [d.code, (d.adjustments as { carc: string }[]).map((a) => a.carc), d.rarcs])).toEqual([
    ['99213', ['45', '3'], []],
    ['81002', ['97'], ['M15']],
    ['72148', ['197'], ['N54', 'MA130']],
  ]);
  expect(second.identity).toEqual(first.identity);
  // Same document: pushState, not a page load, so the content script had to re-read.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  await page.goBack();
  await page.locator('[data-view="eligibility"]').waitFor();
  expect((await readInPage(page)).eligibility?.memberId).toBe('912345678');
  await page.locator('chartside-overlay').waitFor({ state: 'attached' });
});

test('eligibility captured from a pushState view reaches the claim check of the same member', async () => {
  // A fresh profile: the first test has already captured this member's eligibility.
  const fresh = await launchWithExtension();
  try {
    await eligibilityReachesClaim(fresh);
  } finally {
    await fresh.close();
  }
});

async function eligibilityReachesClaim(browser: ExtensionBrowser): Promise<void> {
  const claimUrl = `${env.pages.url}/ecw/claim-300522.html`;
  const priorAuth = 'chartside-overlay [data-rule="prior-auth-missing"][data-field="lines[1].code"]';
  const claim = await browser.context.newPage();
  await claim.goto(claimUrl);
  await claim.locator('chartside-overlay section[aria-label="Denial risks"]').waitFor({ state: 'attached', timeout: 30_000 });
  // No eligibility seen yet for this member: nothing says the MRI needs an authorization.
  expect(await claim.locator(priorAuth).count()).toBe(0);
  expect(await claim.locator('chartside-overlay [data-rule="npi-invalid"]').count()).toBe(0);

  // The portal opens on Claims; the biller then switches to Eligibility in-page.
  const portal = await browser.context.newPage();
  await portal.goto(`${env.pages.url}/uhc/index.html?view=claims`);
  await portal.locator('[data-view="claim-detail"]').waitFor();
  await portal.click('nav.side-nav a[data-route="eligibility"]');
  await portal.locator('[data-view="eligibility"]').waitFor();

  // Only a re-read after pushState captures the eligibility; the claim check then uses it.
  await expect
    .poll(
      async () => {
        await claim.reload();
        await claim.locator('chartside-overlay section[aria-label="Denial risks"]').waitFor({ state: 'attached', timeout: 30_000 });
        return claim.locator(priorAuth).count();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(1);
}
