import { expect, test } from 'vitest';
import { useExtensionPages } from '../../support/e2e-setup.ts';
import { readInPage, recommended } from './in-page.ts';

const env = useExtensionPages();

test('Epic note view: the note two iframe levels down is found and coded', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/epic/note.html`);
  await page.frameLocator('#ActivityFrame').frameLocator('#NoteViewerFrame').locator('#NoteContent').waitFor();
  const read = await readInPage(page);
  expect(read.adapter).toBe('epic');
  expect(read.unchanged).toBe(true);
  expect(read.note?.roots).toBe(1);
  expect(read.note?.text).toContain('Essential hypertension: well controlled');
  expect(read.note?.text).not.toContain('Telephone Encounter');
  expect(read.note?.patient).toEqual({ age: 67, sex: 'F' });
  expect(read.identity).toEqual({ memberId: 'XJH428815233', dateOfService: '2026-11-06' });
  const codes = await recommended(page);
  expect(codes).toContain('I10');
  expect(codes.some((c) => c.startsWith('E11.'))).toBe(true);
});
