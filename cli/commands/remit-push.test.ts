import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read835 } from '../../shared/denials/remit/read-835.ts';
import { denialRecordsOf, triageRemit } from '../../shared/denials/triage/triage-remit.ts';
import { encodeInvite } from '../../shared/sync/invite.ts';
import { startWorkerProcess, type WorkerProcess } from '../../test/support/worker-process.ts';

// `chartside remit --push` against a real worker (`chartside serve`) over HTTP.
const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/remit');
const run = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)('node', [join(root, 'cli/bin.mjs'), 'remit', ...args], { cwd: root, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let worker: WorkerProcess;
let lead: { token: string; teamId: string; role: string };
beforeAll(async () => {
  worker = await startWorkerProcess();
  const res = await fetch(new URL('/teams', worker.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Remit push' }),
  });
  lead = (await res.json()) as typeof lead;
}, 60_000);
afterAll(async () => {
  await worker?.stop();
});
const recent = async () => {
  const res = await fetch(new URL('/denials/recent?days=730&asOf=2026-12-31', worker.url), { headers: { authorization: `Bearer ${lead.token}` } });
  return ((await res.json()) as { records: { payer: string; carc: string[]; origin: string; amount: number }[] }).records;
};

describe('chartside remit --push', () => {
  it('records every denied or adjusted line as a denial record on the worker, once however often it is pushed', async () => {
    const file = join(fixtures, 'acme-ppo.835');
    const expected = denialRecordsOf(triageRemit(read835(readFileSync(file, 'utf8'))[0]!));
    const first = await run([file, '--push', '--worker', worker.url], { CHARTSIDE_TOKEN: lead.token });
    expect(first.code).toBe(0);
    expect(first.stderr.trim()).toBe(`pushed to ${worker.url}: ${expected.length} new denial records, 0 already there`);
    const stored = await recent();
    expect(stored.map((r) => `${r.carc.join()} ${r.origin} ${r.amount}`).sort()).toEqual(
      expected.map((r) => `${r.carc.join()} ${r.origin} ${r.amount}`).sort(),
    );
    // The same ERA again, now with --json and an invite that carries the token: nothing doubles.
    const invite = encodeInvite({ workerUrl: worker.url, teamSecret: 'x'.repeat(32), teamId: lead.teamId, role: lead.role, token: lead.token });
    const again = await run([file, '--json', '--push', '--invite', invite]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).pushed).toEqual({ created: 0, known: expected.length, skipped: 0 });
    expect(await recent()).toHaveLength(expected.length);
  });

  it('claim-level denials (no service lines) are recorded too', async () => {
    const r = await run([join(fixtures, 'claim-level-and-plb.835'), '--push', '--worker', worker.url, '--token', lead.token]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(': 1 new denial records');
    const mine = (await recent()).filter((x) => x.payer === 'SAMPLE MEDICARE CONTRACTOR');
    expect(mine.map((x) => [x.carc, x.origin, x.amount])).toEqual([[['16'], 'billing', 250]]);
  });

  it('a token the worker refuses, or no target: exit 2 with one line', async () => {
    const bad = await run([join(fixtures, 'acme-ppo.835'), '--push', '--worker', worker.url, '--token', 'not-a-real-token-123']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('HTTP 401');
    const none = await run([join(fixtures, 'acme-ppo.835'), '--push'], { CHARTSIDE_TOKEN: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--push needs --worker URL and --token T');
  });
});
