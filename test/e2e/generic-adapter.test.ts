import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

async function recommended(path: string): Promise<string[]> {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/${path}`);
  const codes = page.locator('chartside-overlay [data-system="ICD-10-CM"][data-recommended="true"]');
  await codes.first().waitFor({ state: 'attached', timeout: 30_000 });
  return codes.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!));
}

test('finds the note in an ordinary block among navigation chrome', async () => {
  const codes = await recommended('plain-note.html');
  expect(codes).toEqual(expect.arrayContaining(['I10', 'E78.5']));
  expect(codes.some((c) => c.startsWith('E11'))).toBe(false); // the mother's diabetes is family history
});

test('reads a note typed into a textarea', async () => {
  expect(await recommended('textarea-note.html')).toEqual(expect.arrayContaining(['J01.00', 'J45.20']));
});

test('reads a note inside a same-origin frame', async () => {
  expect(await recommended('frame-note.html')).toEqual(expect.arrayContaining(['E03.9', 'K21.9']));
});

test('a user selection narrows the note to what is selected', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/plain-note.html`);
  await page.locator('chartside-overlay [data-code="I10"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('Hyperlipidemia'))!;
    getSelection()!.selectAllChildren(p);
  });
  await page.locator('chartside-overlay [data-code="I10"]').waitFor({ state: 'detached', timeout: 15_000 });
  expect(await page.locator('chartside-overlay [data-code="E78.5"]').count()).toBe(1);
});
