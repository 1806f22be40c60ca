import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { type EvalNote, readEvalNotes, serveNotePages, type NotePages } from '../support/note-pages.ts';

let server: NotePages;
let browser: ExtensionBrowser;
let note: EvalNote;

beforeAll(async () => {
  const notes = readEvalNotes();
  note = notes.find((n) => n.setting === 'office' && n.text.split(/\n\s*\n/).length >= 5)!;
  [server, browser] = await Promise.all([serveNotePages([note]), launchWithExtension()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('teaching by outline: a click in one section proposes the whole note, saved only when confirmed, undone in the options page', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  const url = `${server.url}/ehr-athena-style/chart.html?note=${note.id}`;
  await page.goto(url);
  await page.locator('chartside-overlay section.encounter').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay .teach button', { hasText: 'Teach this page' }).click();

  const section = await page.locator('.note-view p').nth(2).boundingBox();
  await page.mouse.move(section!.x + 20, section!.y + section!.height / 2);
  await page.mouse.click(section!.x + 20, section!.y + section!.height / 2);
  const proposed = await page.locator('chartside-overlay [data-note-outline]').boundingBox();
  const whole = await page.locator('.note-view').boundingBox();
  expect(Math.abs(proposed!.height - whole!.height)).toBeLessThanOrEqual(2); // the whole note, not the clicked section
  expect(proposed!.height).toBeGreaterThan(section!.height * 2);

  // Nothing is saved before the user confirms.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#taught-none').waitFor();
  await page.bringToFront();
  await page.locator('chartside-overlay .use-area').click();
  await page.locator('chartside-overlay .teach button', { hasText: 'Forget' }).waitFor({ state: 'attached', timeout: 15_000 });

  await options.reload();
  const site = options.locator(`#taught li[data-origin="${server.url}"]`);
  await site.locator('[data-part="note"]').waitFor();
  await site.locator('[data-part="note"] button').click();
  await options.locator('#taught-none').waitFor();

  await page.reload();
  await page.locator('chartside-overlay section.encounter').waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay .teach button', { hasText: 'Forget' }).count()).toBe(0);
});
