import { expect, test } from 'vitest';
import { useTeamBrowsers } from '../support/e2e-setup.ts';

const env = useTeamBrowsers('Generic remits practice');

test("denied lines read on a remittance page no adapter knows are sent to the claim's handoff thread", async () => {
  const page = await env.biller.context.newPage();
  await page.goto(`${env.pages.url}/waystar/remit.html`);
  await page.locator('chartside-overlay [data-denial-line]').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay .send-denials').click();
  await page.locator('chartside-overlay .send-denials', { hasText: 'Sent' }).waitFor({ timeout: 15_000 });

  // The coder opens the same claim's thread (member W229417306, 11/03/2026) from another page.
  const other = await env.coder.context.newPage();
  await other.goto(`${env.pages.url}/waystar/remit.html`);
  const note = other.locator('chartside-overlay .handoff-note', { hasText: 'Denial received' });
  await note.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await note.textContent()).toMatch(/99214 2026-11-03: CO-16/);
  expect(await note.textContent()).toMatch(/20610 2026-11-03: CO-50/);
});
