import { expect, test } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import { launchWithExtension } from '../support/extension-browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { clickToolbarAction, evaluateInPopup, toolbarArgs } from '../support/toolbar-action.ts';

// A host name the static content-script matches (127.0.0.1, localhost) do not cover, resolved to
// the fixture server: an ordinary site this profile never granted.
const host = 'ehr.test';
declare const chrome: typeof ExtensionApi; // inside the service worker

test('the toolbar button runs Chartside on a never-granted site, badges the count and offers "always"', async () => {
  const pages = await serveStatic();
  const browser = await launchWithExtension(toolbarArgs(host));
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://${host}:${new URL(pages.url).port}/generic/plain-note.html`);
    const recommended = page.locator('chartside-overlay [data-system="ICD-10-CM"][data-recommended="true"]');
    // Not a site Chartside may read: nothing runs until the user asks.
    await page.waitForTimeout(1500);
    expect(await page.locator('chartside-overlay').count()).toBe(0);

    const cdp = await clickToolbarAction(browser, page);
    await recommended.first().waitFor({ state: 'attached', timeout: 30_000 });
    const codes = await recommended.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['I10', 'E78.5']));

    // The popup says what the page is, lists what was found and offers this one site for good.
    const popup = await evaluateInPopup<{ kind: string; button: string; codes: string[] }>(
      cdp,
      `(() => {
      const codes = [...document.querySelectorAll('[data-recommended="true"]')].map((e) => e.getAttribute('data-code'));
      const kind = document.querySelector('#page-kind')?.getAttribute('data-page-kind');
      return codes.length && kind ? { kind, button: document.querySelector('#always-run')?.textContent, codes } : null;
    })()`,
    );
    expect(popup.kind).toBe('note');
    expect(popup.button).toBe(`Always run on ${host}`);
    expect(popup.codes).toEqual(expect.arrayContaining(codes as string[]));

    // The badge on this tab counts the findings: recommended codes of every system (no claim here).
    const allRecommended = await page.locator('chartside-overlay [data-recommended="true"]').count();
    const sw = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
    const badge = await sw.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, page.url());
    expect(badge).toBe(String(allRecommended));
    // Granted for that click only: no standing permission for the site was added.
    expect(await sw.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), `http://${host}/*`)).toBe(false);
  } finally {
    await browser.close();
    await pages.close();
  }
});
