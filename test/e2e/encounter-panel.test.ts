import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { type EvalNote, fixtureDos, readEvalNotes, serveNotePages, type NotePages } from '../support/note-pages.ts';

let server: NotePages;
let browser: ExtensionBrowser;
let note: EvalNote;

beforeAll(async () => {
  // An office note whose E/M code depends on the setting (the engine codes an ED visit differently).
  note = readEvalNotes().find((n) => n.setting === 'office' && n.patient.age !== undefined)!;
  [server, browser] = await Promise.all([serveNotePages([note]), launchWithExtension()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const recommended = (page: Page) =>
  page
    .locator('chartside-overlay [data-code][data-recommended="true"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-system')}:${e.getAttribute('data-code')}`).sort());

test('the encounter read from the banner is shown, and a correction by the user re-codes the note with it', async () => {
  const codeSets = await loadCodeSets();
  const engine = (setting: EvalNote['setting'], age: number | undefined) =>
    suggest({ text: note.text, setting, patient: { ...note.patient, age }, dateOfService: fixtureDos }, codeSets)
      .suggestions.filter((s) => s.recommended)
      .map((s) => `${s.system}:${s.code}`)
      .sort();
  const asEd = engine('ed', note.patient.age);
  expect(asEd).not.toEqual(engine('office', note.patient.age)); // the correction must show in the codes

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${server.url}/ehr-athena-style/chart.html?note=${note.id}`);
  const enc = page.locator('chartside-overlay section.encounter');
  await enc.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await enc.getAttribute('data-setting')).toBe('office');
  expect(await enc.getAttribute('data-age')).toBe(String(note.patient.age));
  await expect.poll(() => recommended(page), { timeout: 15_000 }).toEqual(engine('office', note.patient.age));

  await page.locator('chartside-overlay .launcher').click();
  await enc.locator('select').first().selectOption('ed');
  await expect.poll(() => enc.getAttribute('data-setting')).toBe('ed');
  await expect.poll(() => recommended(page), { timeout: 15_000 }).toEqual(asEd);
  expect(await enc.locator('.enc-from').textContent()).toContain('Setting set by you');
});
