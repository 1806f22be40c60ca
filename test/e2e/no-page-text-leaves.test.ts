import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTeamWithInvites } from '../../cli/team-invites.ts';
import { joinTeam, launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

let pages: StaticServer;
let worker: WorkerProcess;
let proxy: RecordingProxy;
let browser: ExtensionBrowser;

beforeAll(async () => {
  [pages, worker, proxy] = await Promise.all([serveStatic(), startWorkerProcess(), startRecordingProxy()]);
  // Every request of the browser, the extension's service worker included, goes through the
  // recording proxy; "<-loopback>" removes Chromium's implicit bypass for local addresses.
  browser = await launchWithExtension([`--proxy-server=${proxy.url}`, '--proxy-bypass-list=<-loopback>']);
  const team = await createTeamWithInvites(worker.url, 'Privacy check', [{ name: 'Coder', role: 'coder' }]);
  await joinTeam(browser, team.invites.find((i) => i.role === 'coder')!.code);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([worker?.stop(), pages?.close(), proxy?.close()]);
});

test('coding a note and checking a claim send no page text anywhere', async () => {
  proxy.requests.length = 0;
  for (const path of ['athena/encounter.html', 'athena/claim.html']) {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/${path}`);
    await page.locator('chartside-overlay [data-code], chartside-overlay [data-rule]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(1000); // let any late request happen before we look
  }
  const workerHost = new URL(worker.url).host;
  const pagesHost = new URL(pages.url).host;
  expect(proxy.requests.length).toBeGreaterThan(0); // the proxy really sees the traffic
  const hostOf = (r: { method: string; url: string }) => (r.method === 'CONNECT' ? r.url : new URL(r.url).host).replace(/:443$/, '');
  for (const r of proxy.requests) {
    // Chromium itself calls Google's update and account services even with no extension loaded
    // and background networking disabled; anything else must be the pages or our own worker.
    if (/(^|\.)(google\.com|googleapis\.com)$/.test(hostOf(r))) continue;
    expect([pagesHost, workerHost], `${r.method} ${r.url}`).toContain(hostOf(r));
  }
  const everything = proxy.requests.map((r) => `${r.url}\n${r.body}`).join('\n');
  expect(everything).not.toMatch(/hypertension|Natarajan|RUIZ|1EG4/i);
  // What reached the worker: only keyed hashes of claims, never names, ids, codes or note text.
  const toWorker = proxy.requests
    .filter((r) => new URL(r.url).host === workerHost)
    .map((r) => `${r.url}\n${r.body}`)
    .join('\n');
  for (const secret of ['Ruiz', 'RUIZ', '1EG4', 'hypertension', 'E11', 'I10', '99214', '1950']) {
    expect(toWorker).not.toContain(secret);
  }
  // The page server got page loads only: GETs without bodies.
  expect(proxy.requests.filter((r) => new URL(r.url).host === pagesHost).every((r) => r.method === 'GET' && r.body === '')).toBe(true);
});
