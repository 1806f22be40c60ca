import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

const overlay = (sel: string) => `chartside-overlay ${sel}`;

test('clicking evidence highlights it in the note without changing the EHR DOM', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/encounter.html`);
  const item = page.locator(overlay('[data-code="I10"]'));
  await item.waitFor({ state: 'attached', timeout: 30_000 });
  const before = await page.evaluate(() => document.getElementById('encounter-note')!.innerHTML);
  await page.locator(overlay('.launcher')).click();
  const link = item.locator('.evidence-link').first();
  const evidence = await link.textContent();
  await link.click();
  const highlighted = await page.evaluate(() => {
    const h = CSS.highlights.get('chartside-evidence');
    return h ? [...h].map((r) => r.toString()) : [];
  });
  expect(highlighted).toHaveLength(1);
  expect(highlighted[0]!.replace(/\s+/g, ' ')).toBe(evidence!.replace(/\s+/g, ' '));
  expect(await page.evaluate(() => document.getElementById('encounter-note')!.innerHTML)).toBe(before);
});

test('accept, reject and edit are kept locally, survive a reload, and feed the acceptance record', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/encounter.html`);
  await page.locator(overlay('[data-code="I10"]')).waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator(overlay('.launcher')).click();
  await page.locator(overlay('[data-code="I10"] .accept')).click();
  await expect.poll(() => page.locator(overlay('[data-code="I10"]')).getAttribute('data-decision')).toBe('accepted');
  const other = page.locator(overlay('[data-recommended="true"]:not([data-code="I10"])')).first();
  const otherCode = await other.getAttribute('data-code');
  await other.locator('.reject').click();
  await expect.poll(() => other.getAttribute('data-decision')).toBe('rejected');

  await page.reload();
  await page.locator(overlay('[data-code="I10"][data-decision="accepted"]')).waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator(overlay(`[data-code="${otherCode}"]`)).getAttribute('data-decision')).toBe('rejected');

  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await expect.poll(() => options.locator('#acceptance').textContent()).toMatch(/1 accepted.*1 rejected/);
});

test('keyboard: Enter on the launcher opens the panel with focus inside; Escape closes it and returns focus', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/encounter.html`);
  const launcher = page.locator(overlay('.launcher'));
  await launcher.waitFor({ timeout: 30_000 });
  const focused = () => page.evaluate(() => document.querySelector('chartside-overlay')!.shadowRoot!.activeElement?.className);
  await launcher.focus();
  await page.keyboard.press('Enter');
  expect(await launcher.getAttribute('aria-expanded')).toBe('true');
  await expect.poll(focused).toBe('close'); // focus moves into the panel
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  expect(await launcher.getAttribute('aria-expanded')).toBe('false');
  await expect.poll(focused).toBe('launcher'); // and back to the launcher
});

test("a licensed CPT file imported in the options replaces the project's own CPT labels", async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/athena/encounter.html`);
  const cpt = page.locator(overlay('[data-system="CPT"]')).first();
  await cpt.waitFor({ state: 'attached', timeout: 30_000 });
  const code = (await cpt.getAttribute('data-code'))!;
  const ownLabel = await cpt.locator('.code-title').textContent();

  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  const licensed = `Licensed descriptor for ${code} (test file)`;
  await options
    .locator('#cpt-file')
    .setInputFiles({ name: 'cpt.txt', mimeType: 'text/plain', buffer: Buffer.from(`Copyright notice line\n${code}\t${licensed}\n`) });
  await expect.poll(() => options.locator('#cpt-status').textContent()).toMatch(/^1 licensed CPT descriptors imported/);

  await page.reload();
  const title = page.locator(overlay(`[data-code="${code}"] .code-title`));
  await title.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await title.textContent()).toBe(licensed);
  expect(licensed).not.toBe(ownLabel);
});
