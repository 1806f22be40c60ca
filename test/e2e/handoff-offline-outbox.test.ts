import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTeamWithInvites } from '../../cli/team-invites.ts';
import { joinTeam, launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

let pages: StaticServer;
let worker: WorkerProcess;
let coder: ExtensionBrowser;
let biller: ExtensionBrowser;

beforeAll(async () => {
  [pages, worker] = await Promise.all([serveStatic(), startWorkerProcess()]);
  const team = await createTeamWithInvites(worker.url, 'Offline practice', [
    { name: 'Coder', role: 'coder' },
    { name: 'Biller', role: 'biller' },
  ]);
  [coder, biller] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  await joinTeam(coder, team.invites.find((i) => i.role === 'coder')!.code);
  await joinTeam(biller, team.invites.find((i) => i.role === 'biller')!.code);
});
afterAll(async () => {
  await coder?.close();
  await biller?.close();
  await worker?.stop();
  await pages?.close();
});

test('a note written while the worker is down waits in the outbox, then arrives exactly once', async () => {
  const page = await coder.context.newPage();
  await page.goto(`${pages.url}/athena/claim.html`);
  await page.locator('chartside-overlay textarea[name="handoff-note"]').waitFor({ state: 'attached', timeout: 30_000 });
  const { port } = new URL(worker.url);
  await worker.stop();

  const text = `Corrected the DOS on line 2 (${Date.now()})`;
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay textarea[name="handoff-note"]').fill(text);
  await page.locator('chartside-overlay .handoff .note-form button[type=submit]').click();
  await page.locator('chartside-overlay .handoff-note[data-pending="true"]', { hasText: text }).waitFor({ timeout: 15_000 });
  await page.locator('chartside-overlay .handoff .offline').waitFor({ timeout: 5_000 });

  worker = await startWorkerProcess({ db: worker.db, port: Number(port) });
  // The open page retries on its own: the pending note turns into a synced one.
  await page.locator('chartside-overlay .handoff-note[data-pending="false"]', { hasText: text }).waitFor({ timeout: 30_000 });

  const portal = await biller.context.newPage();
  await portal.goto(`${pages.url}/availity/eligibility.html`);
  await portal.locator('chartside-overlay .handoff-note', { hasText: text }).first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.reload(); // a reload retries the outbox once more: a resend must not double the note
  await page.locator('chartside-overlay .handoff-note', { hasText: text }).first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(await portal.locator('chartside-overlay .handoff-note', { hasText: text }).count()).toBe(1);
  expect(await page.locator('chartside-overlay .handoff-note', { hasText: text }).count()).toBe(1);
});
