import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTeamWithInvites } from '../../cli/team-invites.ts';
import type { DenialInput } from '../../shared/contracts/denial-record.ts';
import { decodeInvite } from '../../shared/sync/invite.ts';
import { workerClient } from '../../shared/sync/worker-client.ts';
import { joinTeam, launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { repoRoot, startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';

let worker: WorkerProcess;
let manager: ExtensionBrowser;

// Three dozen denials spread over five months before today, so aging has every bucket.
const today = Date.now();
const day = (offset: number) => new Date(today + offset * 86_400_000).toISOString().slice(0, 10);
const origins = ['coding', 'coding', 'billing', 'coding', 'registration', 'billing', 'authorization', 'coding', 'payer-policy'] as const;
const carcByOrigin = { coding: ['97', '11', '50'], billing: ['16'], registration: ['27', '31'], authorization: ['197'], 'payer-policy': ['96'] };
const records: DenialInput[] = Array.from({ length: 36 }, (_, i) => {
  const origin = origins[i % origins.length]!;
  const codes = carcByOrigin[origin];
  const denied = -((i * 11) % 150) - 1;
  return {
    id: crypto.randomUUID(),
    payer: i % 3 === 0 ? 'Medicare' : i % 3 === 1 ? 'Acme PPO' : 'Blue Plan',
    codes: ['99214', i % 2 ? '20610' : '93000'],
    modifiers: i % 4 === 0 ? ['25'] : [],
    carc: [codes[i % codes.length]!],
    rarc: [],
    origin,
    deniedOn: day(denied),
    outcome: ([null, null, 'paid-on-appeal', 'upheld', 'corrected', 'written-off'] as const)[i % 6],
    amount: 60 + ((i * 37) % 400),
    assignee: i % 2 ? 'Cora' : 'Bill',
    dueDate: day(denied + 20 + (i % 5) * 30),
  };
});
const countBy = <T>(xs: T[], key: (x: T) => string) => xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());
const topOf = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]!;

beforeAll(async () => {
  worker = await startWorkerProcess();
  const team = await createTeamWithInvites(worker.url, 'Insights practice', []);
  const lead = decodeInvite(team.invites[0]!.code).token!;
  const client = (token = lead) => workerClient(worker.url, token);
  const ok =
    <R extends { status: number; text(): Promise<string> }>(what: string, expected: number) =>
    async (res: R) => {
      if (res.status !== expected) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
      return res;
    };
  await client().denials.$post({ json: { records } }).then(ok('POST /denials', 200));
  const coder = async (name: string) => {
    const res = await client().teams.members.$post({ json: { name, role: 'coder' } });
    if (res.status !== 201) throw new Error(`POST /teams/members: HTTP ${res.status}`);
    return res.json();
  };
  const cora = await coder('Cora');
  const dan = await coder('Dan');
  const decision = (decision: 'accepted' | 'rejected' | 'edited') => ({
    id: crypto.randomUUID(),
    system: 'CPT' as const,
    code: '99214',
    decision,
    at: day(-3),
  });
  const decide = (token: string, ds: ('accepted' | 'rejected' | 'edited')[]) =>
    client(token)
      .decisions.$post({ json: { decisions: ds.map(decision) } })
      .then(ok('POST /decisions', 200));
  await decide(cora.token, ['accepted', 'accepted', 'edited']);
  await decide(dan.token, ['accepted', 'rejected', 'rejected', 'accepted']);
  manager = await launchWithExtension();
  await joinTeam(manager, team.invites[0]!.code, 'Practice manager');
});
afterAll(async () => {
  await manager?.close();
  await worker?.stop();
});

test("the practice manager sees the team's denials by origin, CARC, payer and coder, filters by payer and exports CSV", async () => {
  const page = await manager.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${manager.extensionId}/insights.html`);
  const total = page.locator('#kpi-count .kpi-value');
  await total.waitFor({ timeout: 30_000 });
  expect(await total.textContent()).toBe(String(records.length));

  const legendCount = (key: string) => page.locator(`#by-origin .legend li[data-key="${key}"] .legend-value`).textContent();
  for (const [origin, n] of countBy(records, (r) => r.origin)) expect(await legendCount(origin), origin).toBe(String(n));
  const [topCarc, topCarcCount] = topOf(countBy(records, (r) => r.carc[0]!));
  const firstCarc = page.locator('svg[data-chart="carc-chart"] g[data-key]').first();
  expect([await firstCarc.getAttribute('data-key'), await firstCarc.getAttribute('data-value')]).toEqual([topCarc, String(topCarcCount)]);
  // Charts carry accessible names and their figures as text.
  expect(await page.locator('svg[data-chart="carc-chart"] title').textContent()).toBe('Top claim adjustment reason codes');
  expect(await page.locator('svg[data-chart="origin-chart"] desc').textContent()).toContain(
    `Coding: ${countBy(records, (r) => r.origin).get('coding')} denials`,
  );
  expect(await page.locator('svg[data-chart="accuracy-chart"] g[data-key="Cora"]').textContent()).toContain('67% of 3');
  expect(await page.locator('svg[data-chart="accuracy-chart"] g[data-key="Dan"]').textContent()).toContain('50% of 4');
  const open = records.filter((r) => !r.outcome);
  expect(await page.locator('#kpi-open .muted').textContent()).toContain(`in ${open.length} denials`);

  // Filter by payer, with the keyboard: every figure follows.
  const medicare = records.filter((r) => r.payer === 'Medicare');
  await page.focus('#f-payer');
  await page.selectOption('#f-payer', 'Medicare');
  await page.keyboard.press('Tab'); // to the person filter
  await page.focus('#f-apply');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#kpi-count .kpi-value')?.textContent === String(n), medicare.length);
  for (const [origin, n] of countBy(medicare, (r) => r.origin)) expect(await legendCount(origin), `Medicare ${origin}`).toBe(String(n));
  expect(await page.locator('svg[data-chart="payer-chart"] g[data-key]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')))).toEqual(['Medicare']);

  // The CSV holds the filtered records, downloaded with the bearer token.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(csv[0]).toMatch(/^deniedOn,payer,origin,carc/);
  expect(csv.slice(1).map((line) => line.split(',')[1])).toEqual(medicare.map(() => 'Medicare'));
  await page.locator('#csv-status', { hasText: `Exported ${medicare.length} denials` }).waitFor();

  await page.click('#f-clear');
  await page.waitForFunction((n) => document.querySelector('#kpi-count .kpi-value')?.textContent === String(n), records.length);
  mkdirSync(join(repoRoot, 'docs/screenshots'), { recursive: true });
  await page.screenshot({ path: join(repoRoot, 'docs/screenshots/insights.png') });
});
