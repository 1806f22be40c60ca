import { expect, test } from 'vitest';
import { useExtensionPages } from '../../support/e2e-setup.ts';
import { readInPage } from './in-page.ts';

const env = useExtensionPages();

test('Availity claim status: lines with group code, CARC and RARCs, for the same claim as the EHR page', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/availity/claim-status.html`);
  const read = await readInPage(page);
  expect(read.adapter).toBe('availity');
  expect(read.unchanged).toBe(true);
  expect(read.denials).toEqual([
    {
      lineIndex: 0,
      code: '99214',
      dateOfService: '2026-11-03',
      status: 'Denied',
      billed: 180,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '16', amount: 180 }],
      rarcs: ['N290', 'MA130'],
    },
    {
      lineIndex: 1,
      code: '20610',
      dateOfService: '2026-11-03',
      status: 'Denied',
      billed: 142,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '11', amount: 142 }],
      rarcs: [],
    },
  ]);
  const ehr = await env.browser.context.newPage();
  await ehr.goto(`${env.pages.url}/athena/claim.html`);
  const norm = (id?: { memberId: string; dateOfService: string }) => id && `${id.memberId.replace(/-/g, '')}|${id.dateOfService}`;
  expect(norm(read.identity)).toBe(norm((await readInPage(ehr)).identity));
  // A portal page has no claim form: the overlay is there, with no claim flags of its own.
  await page.locator('chartside-overlay').waitFor({ state: 'attached' });
  expect(await page.locator('chartside-overlay [data-rule]').count()).toBe(0);
});
