import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

test('teach this page: the user points at the note area once and the site remembers it', async () => {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${env.pages.url}/generic/teach-note.html`);
  // The largest block is the policies sidebar: no diagnosis there.
  const launcher = page.locator('chartside-overlay .launcher');
  await launcher.waitFor({ timeout: 30_000 });
  expect(await page.locator('chartside-overlay [data-code="I10"]').count()).toBe(0);

  await launcher.click();
  await page.locator('chartside-overlay .teach button', { hasText: 'Teach this page' }).click();
  const note = await page.locator('#visit-note').boundingBox();
  await page.mouse.move(note!.x + 6, note!.y + 6); // the note panel's padding, not a paragraph in it
  await page.mouse.click(note!.x + 6, note!.y + 6);
  // The click proposes the note area with an outline; nothing is saved until the user confirms it.
  await page.locator('chartside-overlay .use-area').click();
  await page.locator('chartside-overlay [data-code="I10"][data-recommended="true"]').waitFor({ state: 'attached', timeout: 15_000 });
  expect(await page.evaluate(() => document.getElementById('visit-note')!.outerHTML)).not.toContain('chartside');

  await page.reload();
  await page.locator('chartside-overlay [data-code="I10"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay .teach button', { hasText: 'Forget' }).click();
  await page.locator('chartside-overlay [data-code="I10"]').waitFor({ state: 'detached', timeout: 15_000 });
});

test('teach claim fields: member ID and date of service make the page find its claim thread', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/teach-note.html`);
  await page.locator('chartside-overlay .launcher').click();
  expect(await page.locator('chartside-overlay .handoff').count()).toBe(0);
  await page.locator('chartside-overlay .teach button', { hasText: 'Teach claim fields' }).click();
  for (const selector of ['.mbr', '#visit-date']) {
    await page.locator('chartside-overlay .picker-hint').waitFor();
    const box = await page.locator(selector).boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  }
  // Not in a team in this browser: the thread section asks to join, which shows the claim was found.
  await page.locator('chartside-overlay .handoff').waitFor({ state: 'attached', timeout: 15_000 });
});
