import { browser, type Browser } from 'wxt/browser';
import type { ActionView } from '../messaging/protocol.ts';
import { effectiveSettings } from '../settings/effective-settings.ts';
import { enabledSites, originPattern } from '../settings/site-access.ts';
import { db } from './db.ts';

const loopback = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/** The tab the user is looking at (the popup's window is the browser window under it). */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/**
 * Runs Chartside on one tab: the toolbar click or the keyboard shortcut grants `activeTab` for
 * it, so the content script is injected into this tab alone, with no standing host permission.
 * A page that already has the overlay (loopback, a site always on, an earlier click) is left as
 * it is. Returns what the popup shows; `injected` tells the shortcut whether to toggle instead.
 */
export function runOnTab(tab: Browser.tabs.Tab | undefined): Promise<ActionView & { injected: boolean }> {
  // A second click while the first is still injecting waits for it rather than injecting twice.
  const key = tab?.id ?? -1;
  const running = inFlight.get(key);
  if (running) return running.then((view) => ({ ...view, injected: false }));
  const run = runOnce(tab).finally(() => inFlight.delete(key));
  inFlight.set(key, run);
  return run;
}

const inFlight = new Map<number, Promise<ActionView & { injected: boolean }>>();

async function runOnce(tab: Browser.tabs.Tab | undefined): Promise<ActionView & { injected: boolean }> {
  const none = { alwaysOn: false, managedPending: false, injected: false };
  if (tab?.id === undefined) return { ...none, error: 'no active tab' };
  // Without access the tab's URL is hidden from us: that alone says the page is out of reach.
  if (!tab.url || !/^https?:/.test(tab.url)) {
    return { ...none, ...(tab.url && { url: tab.url }), error: 'Chartside runs on web pages (http and https) only, not on browser or store pages' };
  }
  const site = originPattern(tab.url);
  const [settings, enabled, granted] = await Promise.all([effectiveSettings(), enabledSites(), browser.permissions.contains({ origins: [site] })]);
  const alwaysOn = loopback.test(tab.url) || (granted && enabled.includes(site));
  const managedPending = !alwaysOn && settings.sites.some((s) => safePattern(s) === site);
  const view = { url: tab.url, site, alwaysOn, managedPending };
  let injected = false;
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.querySelector('chartside-overlay')?.getAttribute('data-page-kind') ?? (document.querySelector('chartside-overlay') ? '' : null),
    });
    if (probe?.result === null || probe?.result === undefined) {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['content-scripts/content.js'] });
      injected = true;
    }
    const result = await db.results.get(tab.url);
    const pageKind = typeof probe?.result === 'string' && probe.result ? probe.result : undefined;
    return {
      ...view,
      injected,
      ...(pageKind && { pageKind }),
      ...(result?.suggest && { suggest: result.suggest }),
      ...(result?.flags && { flags: result.flags }),
    };
  } catch (err) {
    return { ...view, injected, error: `Chartside could not read this page: ${(err as Error).message}` };
  }
}

function safePattern(site: string): string | undefined {
  try {
    return originPattern(site);
  } catch {
    return undefined;
  }
}
