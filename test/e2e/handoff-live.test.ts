import { expect, test } from 'vitest';
import { useTeamBrowsers } from '../support/e2e-setup.ts';
import { startWorkerProcess } from '../support/worker-process.ts';

const env = useTeamBrowsers('Live practice');

/**
 * Live sync: the biller's panel is open on the portal page; the coder's notes reach it over the
 * worker's event stream, with no reload, within a second of the worker acknowledging them (the
 * page polls only while the stream is down, every 5 s), and again once a restarted worker is back.
 */
test("a coder's note appears in the biller's open panel within 1 s, and again after the worker restarts", async () => {
  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  await portal.locator('chartside-overlay .handoff').waitFor({ state: 'attached', timeout: 30_000 });
  const claimPage = await env.coder.context.newPage();
  await claimPage.goto(`${env.pages.url}/athena/claim.html`);
  await claimPage.locator('chartside-overlay .launcher').click();
  let n = 0;
  /** The coder writes a note; resolves once the worker has acknowledged it (no longer pending). */
  const write = async () => {
    const text = `Live note ${++n} (${Date.now()})`;
    await claimPage.locator('chartside-overlay textarea[name="handoff-note"]').fill(text);
    await claimPage.locator('chartside-overlay .handoff .note-form button[type=submit]').click();
    await claimPage.locator('chartside-overlay .handoff-note[data-pending="false"]', { hasText: text }).waitFor({ state: 'attached', timeout: 15_000 });
    return portal.locator('chartside-overlay .handoff-note', { hasText: text });
  };
  const reloads: string[] = [];
  portal.on('framenavigated', (f) => f === portal.mainFrame() && reloads.push(f.url()));

  // The first note also proves the stream is up; the second is timed.
  await (await write()).waitFor({ state: 'attached', timeout: 15_000 });
  await (await write()).waitFor({ state: 'attached', timeout: 1_000 });

  // The worker stops mid-session and comes back on the same address and database.
  const { port } = new URL(env.worker.url);
  await env.worker.stop();
  env.worker = await startWorkerProcess({ db: env.worker.db, port: Number(port) });
  await (await write()).waitFor({ state: 'attached', timeout: 15_000 });
  await (await write()).waitFor({ state: 'attached', timeout: 1_000 });
  expect(reloads).toEqual([]);
  expect(await portal.locator('chartside-overlay .handoff-note', { hasText: 'Live note' }).count()).toBe(4);
});
