import { browser } from 'wxt/browser';

/**
 * Per-site enable: the extension installs with loopback access only. When a user enables a site,
 * its host permission is requested at runtime and the content script is registered for it.
 */
const scriptId = (origin: string) => `site:${origin}`;

export function originPattern(input: string): string {
  const url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  if (!/^https?:$/.test(url.protocol)) throw new Error('only http and https sites can be enabled');
  return `${url.protocol}//${url.hostname}/*`;
}

export async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith('site:')).map((s) => s.id.slice(5));
}

/** Idempotent: the page that asked and the background (see enableGrantedSites) may both get here. */
export async function enableSite(pattern: string): Promise<void> {
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(pattern)] })).length > 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: scriptId(pattern),
      matches: [pattern],
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: true, // a note in a frame of another enabled origin is read by the script in that frame
      persistAcrossSessions: true,
    },
  ]);
}

export async function disableSite(pattern: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] });
  // Install-time origins (loopback) cannot be given back; every other one is.
  if (!(browser.runtime.getManifest().host_permissions ?? []).includes(pattern)) await browser.permissions.remove({ origins: [pattern] });
}

/**
 * The background's half of "Always run on <site>": Firefox closes the popup when its permission
 * prompt opens, so the popup may never get to register the site itself. Any origin the user grants
 * is turned on here too.
 */
export async function enableGrantedSites(origins: string[] | undefined): Promise<void> {
  for (const origin of origins ?? []) {
    if (/^https?:\/\/[^/*]+\/\*$/.test(origin)) await enableSite(origin).catch(() => undefined);
  }
}
