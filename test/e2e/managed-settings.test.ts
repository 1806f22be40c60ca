import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTeamWithInvites, inviteMembers } from '../../cli/team-invites.ts';
import { decodeInvite } from '../../shared/sync/invite.ts';
import { canWritePolicy, writeExtensionPolicy } from '../support/chromium-policy.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

// A real Chrome policy (3rdparty managed storage, as docs/deploy.md tells administrators) is
// written before Chromium starts; Chromium validates it against public/managed-schema.json and
// serves it through chrome.storage.managed. Linux reads policies only from /etc, hence the guard.
const env = {} as { worker: WorkerProcess; pages: StaticServer; browser: ExtensionBrowser; removePolicy: () => void; leadToken: string; note: Page };

beforeAll(async () => {
  [env.worker, env.pages] = await Promise.all([startWorkerProcess(), serveStatic()]);
  const team = await createTeamWithInvites(env.worker.url, 'Riverside Billing', []);
  const lead = team.invites[0]!.code;
  env.leadToken = decodeInvite(lead).token!;
  const [enrolment] = await inviteMembers(lead, [{ name: 'Front desk PC 1', role: 'coder' }]);
  env.removePolicy = writeExtensionPolicy({
    workerUrl: env.worker.url,
    enrollment: enrolment!.code,
    // The fixture server's origin is already granted (loopback) so the policy turns it on; the
    // portal waits for the user's one click; the ftp address is refused with a reason.
    sites: [env.pages.url, 'https://portal.example.org', 'ftp://files.example.org'],
    sync: false,
    codeSetYear: 'FY2026',
  });
  env.browser = await launchWithExtension();
  // Opened at once, as a user would: Chrome's policy service is usually still loading.
  env.note = await env.browser.context.newPage();
  await env.note.goto(`${env.pages.url}/generic/plain-note.html`);
}, 120_000);

afterAll(async () => {
  env.removePolicy?.();
  await env.browser?.close();
  await env.worker?.stop();
  await env.pages?.close();
});

test.skipIf(!canWritePolicy())("a page opened at start is coded without waiting for the policy, then with the policy's year", async () => {
  await env.note.locator('chartside-overlay [data-recommended="true"]').first().waitFor({ state: 'attached' });
  // The note shows no date of service, so the policy's FY2026 applies once Chrome has answered:
  // the open page is coded again then (stored results are what the side panel shows).
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await expect
    .poll(
      async () => {
        const latest = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'latestResults', payload: {} }));
        return [latest.value.url, latest.value.suggest?.codeSet.icd10cm];
      },
      { timeout: 30_000 },
    )
    .toEqual([`${env.pages.url}/generic/plain-note.html`, 'FY2026']);
  expect(await env.note.locator('chartside-overlay [data-recommended="true"]').count()).toBeGreaterThan(0);
  await page.close();
});

test.skipIf(!canWritePolicy())('policy values are applied and shown locked in the options page', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);

  // Enrolled by the policy's one-time code: the team by name, with the role the code carried.
  await page.waitForFunction(() => document.querySelector('#team-status')?.textContent?.startsWith('Joined team'), undefined, { timeout: 30_000 });
  expect(await page.textContent('#team-status')).toBe('Joined team "Riverside Billing" as coder');
  const members = (await (await fetch(new URL('/teams/members', env.worker.url), { headers: { authorization: `Bearer ${env.leadToken}` } })).json()) as {
    members: { role: string }[];
  };
  expect(members.members.filter((m) => m.role === 'coder')).toHaveLength(1);

  // The worker: the policy's, locked, and answering.
  expect(await page.textContent('#worker-url')).toBe(env.worker.url);
  expect(await page.getAttribute('#worker-url', 'aria-describedby')).toBe('worker-locked');
  expect(await page.getAttribute('#worker-locked', 'data-locked')).toBe('true');
  await page.waitForSelector('#worker-health[data-ok="true"]');

  // Sync off and the code-set year, both locked.
  expect(await page.isChecked('#sync')).toBe(false);
  expect(await page.isDisabled('#sync')).toBe(true);
  expect(await page.inputValue('#code-set-year')).toBe('FY2026');
  expect(await page.isDisabled('#code-set-year')).toBe(true);

  // Sites: the granted one is on with no revoke button, the other waits for the user's OK.
  const onSite = page.locator(`#sites li[data-site="${env.pages.url.replace(/:\d+$/, '')}/*"]:not([data-pending])`);
  await onSite.waitFor();
  expect(await onSite.locator('[data-locked="true"]').count()).toBe(1);
  expect(await onSite.locator('button').count()).toBe(0);
  const pending = page.locator('#sites li[data-site="https://portal.example.org/*"][data-pending="true"]');
  expect(await pending.locator('button').textContent()).toBe('Allow');
  expect(await page.textContent('#policy-problems')).toContain('ftp://files.example.org: only http and https sites can be enabled');

  // A locked value cannot be changed behind the page's back either.
  const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settingsUpdate', payload: { sync: true } }));
  expect(refused).toEqual({ ok: false, error: "sync is set by your organization's policy and cannot be changed here" });

  // Sync off by policy: though enrolled, the browser talks to no worker (threads stay local).
  const thread = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'handoffList', payload: { identity: { memberId: 'M1', dateOfService: '2026-11-03' } } }),
  );
  expect(thread).toMatchObject({ ok: true, value: { joined: false } });

  // The year applies to a note with no date of service (today is later than FY2026 would allow).
  const coded = await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'suggest', payload: { doc: { text: 'Assessment: essential hypertension.', setting: 'office', patient: {} } } }),
  );
  expect(coded.value.codeSet.icd10cm).toBe('FY2026');
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<any> } }; // inside the options page
