import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

const openOptions = async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  return page;
};

test('a taught page is listed per site and undone with its own labelled button', async () => {
  const origin = env.pages.url;
  const page = await openOptions();
  // What "Teach this page" stores (its flow has its own test): selectors, never page text.
  await page.evaluate((key) => chrome.storage.local.set({ [key]: { note: '#chart > div:nth-of-type(2)', memberId: '#mid' } }), `taught:${origin}`);
  await page.reload();
  const item = page.locator(`#taught li[data-origin="${origin}"]`);
  expect(await item.locator('[data-part]').evaluateAll((parts) => parts.map((p) => p.getAttribute('data-part')))).toEqual(['note', 'memberId']);
  await page.getByRole('button', { name: `Undo teaching on ${origin}` }).click();
  await item.waitFor({ state: 'detached' });
  expect(await page.evaluate((key) => chrome.storage.local.get(key), `taught:${origin}`)).toEqual({});
  expect(await page.getByRole('status').filter({ hasText: 'Forgot what was taught' }).count()).toBe(1);
});

test('an imported CPT file can be removed again', async () => {
  const page = await openOptions();
  await page.locator('#cpt-file').setInputFiles({ name: 'cpt.txt', mimeType: 'text/plain', buffer: Buffer.from('99213\tA descriptor the user licensed\n') });
  await expect.poll(() => page.locator('#cpt-status').textContent()).toMatch(/^1 licensed CPT descriptors imported/);
  await page.getByRole('button', { name: 'Remove imported CPT file' }).click();
  await expect.poll(() => page.locator('#cpt-status').textContent()).toBe("Using Chartside's own plain-language CPT labels.");
  expect((await page.evaluate(() => chrome.runtime.sendMessage({ type: 'cptStatus', payload: {} }))).value.count).toBe(0);
});

test('a site enabled from the keyboard is listed and revoked', async () => {
  const page = await openOptions();
  await page.getByLabel('Site address').focus();
  await page.keyboard.type('http://127.0.0.1:8080/some/page');
  await page.keyboard.press('Enter'); // submits the form: a real key press is the user gesture the prompt needs
  const item = page.locator('#sites li[data-site="http://127.0.0.1/*"]');
  await item.waitFor();
  await page.getByRole('button', { name: 'Revoke 127.0.0.1' }).click();
  await item.waitFor({ state: 'detached' });
  const scripts = await page.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(scripts.map((s: { id: string }) => s.id)).not.toContain('site:http://127.0.0.1/*');
});

test('without a policy nothing is locked and sync is on', async () => {
  const page = await openOptions();
  await page.waitForSelector('#sync');
  expect(await page.isChecked('#sync')).toBe(true);
  expect(await page.isDisabled('#sync')).toBe(false);
  expect(await page.locator('[data-locked="true"]').count()).toBe(0);
  expect(await page.locator('#policy').count()).toBe(0);
});

declare const chrome: any; // inside the options page
