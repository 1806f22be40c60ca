import { expect, test } from 'vitest';
import { useTeamBrowsers } from '../support/e2e-setup.ts';
import { startWorkerProcess } from '../support/worker-process.ts';

const env = useTeamBrowsers('Offline practice');

test('a note written while the worker is down waits in the outbox, then arrives exactly once', async () => {
  const page = await env.coder.context.newPage();
  await page.goto(`${env.pages.url}/athena/claim.html`);
  await page.locator('chartside-overlay textarea[name="handoff-note"]').waitFor({ state: 'attached', timeout: 30_000 });
  const { port } = new URL(env.worker.url);
  await env.worker.stop();

  const text = `Corrected the DOS on line 2 (${Date.now()})`;
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay textarea[name="handoff-note"]').fill(text);
  await page.locator('chartside-overlay .handoff .note-form button[type=submit]').click();
  await page.locator('chartside-overlay .handoff-note[data-pending="true"]', { hasText: text }).waitFor({ timeout: 15_000 });
  await page.locator('chartside-overlay .handoff .offline').waitFor({ timeout: 5_000 });

  env.worker = await startWorkerProcess({ db: env.worker.db, port: Number(port) });
  // The open page retries on its own: the pending note turns into a synced one.
  await page.locator('chartside-overlay .handoff-note[data-pending="false"]', { hasText: text }).waitFor({ timeout: 30_000 });

  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  await portal.locator('chartside-overlay .handoff-note', { hasText: text }).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.reload(); // a reload retries the outbox once more: a resend must not double the note
  await page.locator('chartside-overlay .handoff-note', { hasText: text }).first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(await portal.locator('chartside-overlay .handoff-note', { hasText: text }).count()).toBe(1);
  expect(await page.locator('chartside-overlay .handoff-note', { hasText: text }).count()).toBe(1);
});
