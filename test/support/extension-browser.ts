import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Debian Chromium, headless, with the built extension loaded (see ../shared/TOOLING.md). */
export async function launchWithExtension(extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'chartside-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const extensionId = new URL((await extensionWorker(context)).url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Joins a team through the options page, as a user pasting an invite code would. */
export async function joinTeam(browser: ExtensionBrowser, invite: string, name = 'Test member'): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.fill('#invite', invite);
  await page.fill('#member-name', name);
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#team-status')?.textContent?.startsWith('Joined'));
  await page.close();
}

/** The extension's service worker; polled as well as awaited, since it may start before we listen. */
async function extensionWorker(context: BrowserContext, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
  throw new Error(`the Chartside service worker did not start within ${timeoutMs / 1000} s (is .output/chrome-mv3 built?)`);
}
