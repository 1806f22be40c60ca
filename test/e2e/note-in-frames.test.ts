import type { Frame, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

const icd = (page: Page) =>
  page
    .locator('chartside-overlay [data-system="ICD-10-CM"][data-recommended="true"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!).sort());

/** Selects exactly these words of the frame's text, as a user dragging over them would. */
async function select(frame: Frame, words: string) {
  await frame.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${w}" is not in the frame`);
  }, words);
}

test("a note in a frame of another origin is read by the frame's own script and coded with the page's encounter", async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/cross-origin-frame.html`);
  await page.locator('chartside-overlay [data-code="E03.9"]').waitFor({ state: 'attached', timeout: 30_000 });
  expect(await icd(page)).toEqual(expect.arrayContaining(['E03.9', 'K21.9']));
  const enc = page.locator('chartside-overlay section.encounter');
  expect(await enc.getAttribute('data-setting')).toBe('telehealth');
  expect(await enc.getAttribute('data-age')).toBe('61');
  expect(await enc.getAttribute('data-sex')).toBe('F');

  // Evidence is highlighted inside that frame, where the note is.
  const frame = page.frames().find((f) => f.url().startsWith('http://localhost:'))!;
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay [data-code="E03.9"] .evidence-link').first().click();
  await expect
    .poll(
      () =>
        frame.evaluate(() => {
          const hl = CSS.highlights.get('chartside-evidence') as unknown as Set<Range> | undefined;
          return hl ? [...hl].map((r) => r.toString()).join('|') : '';
        }),
      { timeout: 10_000 },
    )
    .toMatch(/hypothyroidism/i);

  // A selection inside that frame narrows the note to it.
  await select(frame, 'GERD without esophagitis, continue omeprazole.');
  await page.locator('chartside-overlay [data-code="E03.9"]').waitFor({ state: 'detached', timeout: 15_000 });
  expect(await icd(page)).toContain('K21.9');
});

test('a selection inside a same-origin frame narrows the note to what is selected', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/frame-note.html`);
  await page.locator('chartside-overlay [data-code="E03.9"]').waitFor({ state: 'attached', timeout: 30_000 });
  await select(page.frames().find((f) => f !== page.mainFrame())!, 'GERD without esophagitis, continue omeprazole.');
  await page.locator('chartside-overlay [data-code="E03.9"]').waitFor({ state: 'detached', timeout: 15_000 });
  expect(await icd(page)).toContain('K21.9');
});
