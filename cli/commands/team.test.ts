import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeInvite } from '../../shared/sync/invite.ts';
import { startWorkerProcess, type WorkerProcess } from '../../test/support/worker-process.ts';

// The real commands against a real worker over HTTP: create a team, then enrolment codes in bulk.
const root = join(import.meta.dirname, '../..');
const run = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)('node', [join(root, 'cli/bin.mjs'), 'team', ...args], { cwd: root, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let worker: WorkerProcess;
const dir = mkdtempSync(join(tmpdir(), 'chartside-team-'));
const leadFile = join(dir, 'lead.txt');
beforeAll(async () => {
  worker = await startWorkerProcess();
}, 30_000);
afterAll(() => worker?.stop());

test('team create prints the lead invite; team invites --count N --role coder prints N codes that each enrol once', async () => {
  const created = await run(['create', '--worker', worker.url, '--name', 'Riverside Billing']);
  expect(created.code).toBe(0);
  const lead = created.stdout.trim();
  expect(decodeInvite(lead)).toMatchObject({ workerUrl: worker.url, teamName: 'Riverside Billing', role: 'lead' });
  writeFileSync(leadFile, `${lead}\n`);

  const made = await run(['invites', '--count', '3', '--role', 'coder', '--lead', leadFile, '--ttl-hours', '720']);
  expect(made.code).toBe(0);
  const codes = made.stdout.trim().split('\n');
  expect(codes).toHaveLength(3);
  expect(new Set(codes).size).toBe(3);
  expect(made.stderr).toContain('3 one-time coder code(s) for team "Riverside Billing"');
  for (const code of codes) {
    const invite = decodeInvite(code);
    expect(invite).toMatchObject({ role: 'coder', teamName: 'Riverside Billing', workerUrl: worker.url });
    expect(invite.token).toBeUndefined(); // members never get a token in the code
    const accept = () =>
      fetch(new URL('/invites/accept', worker.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: invite.code, name: 'PC' }),
      });
    expect((await accept()).status).toBe(201);
    expect((await accept()).status).toBe(404); // one-time
  }

  const csv = await run(['invites', '--count', '2', '--role', 'biller', '--csv'], { CHARTSIDE_LEAD_INVITE: lead });
  expect(csv.stdout.trim().split('\n')).toEqual([
    expect.stringMatching(/^name,role,code$/),
    expect.stringMatching(/^biller 1,biller,\S+$/),
    expect.stringMatching(/^biller 2,biller,\S+$/),
  ]);
}, 60_000);

test.each([
  [['invites', '--count', '0', '--lead', leadFile], '--count: a whole number from 1 to 500, not "0"'],
  [['invites', '--count', '2', '--role', 'admin', '--lead', leadFile], '--role: one of coder, biller, lead, not "admin"'],
  [['invites', '--count', '2', '--lead', join(dir, 'missing.txt')], 'missing.txt: no such file'],
  [['create', '--worker', 'http://127.0.0.1:9', '--name', 'X'], 'worker http://127.0.0.1:9 is not reachable'],
  [['invites', '--count', '2', '--ttl-hours', '9999', '--lead', leadFile], '--ttl-hours: a whole number from 1 to 720'],
  [['rename'], 'unknown subcommand "rename"'],
])('bad input %j: one line on stderr, exit 2', async (args, message) => {
  const r = await run(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
});
