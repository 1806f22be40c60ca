import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Runs the real command (`chartside remit`) on the sample 835 files.
const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/remit');
const run = (args: string[]) =>
  promisify(execFile)('node', [join(root, 'cli/bin.mjs'), 'remit', ...args], { cwd: root }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
interface Out {
  remittances: {
    payer: { id: string };
    claims: {
      claimId: string;
      profile: string;
      lines: {
        procedure: string;
        paid: number;
        adjustments: { group: string; carc: string; amount: number }[];
        rarc: string[];
        triage: { origin: string; owner: string; action: string; deadline: { due: string; source: string } | null } | null;
      }[];
    }[];
  }[];
}

describe('chartside remit', () => {
  it('--json lists claims, lines, adjustments, RARCs and triage; no patient names', async () => {
    const r = await run([join(fixtures, 'acme-ppo.835'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    const claims = out.remittances[0]!.claims;
    expect(claims).toHaveLength(6);
    const l = claims[0]!.lines[1]!;
    expect(l).toMatchObject({ procedure: '20610', paid: 0, adjustments: [{ group: 'CO', carc: '97', amount: 140 }], rarc: ['M15'] });
    expect(l.triage).toMatchObject({ origin: 'coding', owner: 'coder', action: 'corrected-claim', deadline: { due: '2027-02-18' } });
    expect(r.stdout).not.toContain('TESTPATIENT');
  });
  it('--payers: a profile matched by payer id sets the windows and overrides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chartside-remit-'));
    writeFileSync(
      join(dir, 'payers.json'),
      JSON.stringify([
        {
          id: 'acme-ppo',
          match: { payerId: 'ACME1' },
          timelyFilingDays: 90,
          appealDays: 30,
          triageOverrides: [{ carc: '97', category: 'acme-bundling', origin: 'coding', owner: 'coder', action: 'appeal' }],
        },
      ]),
    );
    const out = JSON.parse((await run([join(fixtures, 'acme-ppo.835'), '--payers', join(dir, 'payers.json'), '--json'])).stdout) as Out;
    const t = out.remittances[0]!.claims[0]!.lines[1]!.triage!;
    expect(t).toMatchObject({ action: 'appeal', deadline: { due: '2026-12-20', source: 'the payer settings for acme-ppo' } });
    const bad = await run([join(fixtures, 'acme-ppo.835'), '--profile', 'nope', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--profile nope');
  });
  it('a malformed file: exit 2, one line on stderr naming the file and the segment', async () => {
    const r = await run([join(fixtures, 'bad-se-count.835'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad-se-count.835: SE at segment 28: count 25 != 26');
  });
  it('batch: one line per file in order, bad files get {file, error}, exit 2', async () => {
    const files = ['medicare-pipes.835', 'wrong-delimiters.835', 'acme-ppo.835', 'missing.835'].map((f) => join(fixtures, f));
    const r = await run(['--jsonl', ...files]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; error?: string; remittances?: unknown[] });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => (l.error ? 'error' : 'ok'))).toEqual(['ok', 'error', 'ok', 'error']);
    expect(lines[1]!.error).toContain('CLP at segment 11');
    expect(lines[3]!.error).toContain('no such file');
  });
  it('without --json: a plain listing with the triage of each line', async () => {
    const r = await run([join(fixtures, 'medicare-pipes.835')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/93000 .* CO-236 100\.00 \[N20\]\s+-> coding \/ coder \/ reopening by \d{4}-\d{2}-\d{2}/);
  });
  it('claims without lines, PLB, reconciliation and reversals in the listing and in --json', async () => {
    const r = await run([join(fixtures, 'claim-level-and-plb.835')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^C-4001 .*claim adj CO-16 250\.00 \[MA130 M51\]\s+-> billing \/ biller \/ rebill by 2027-10-02$/m);
    expect(r.stdout).toContain('provider adjustment WO PCNZ1122 120.00');
    expect(r.stdout).toContain('provider adjustment L6 INT0001 -3.25');
    expect(r.stdout).toContain('payment 9013.25 balances');
    const u = await run([join(fixtures, 'reversal-unbalanced.835')]);
    expect(u.stdout).toContain('WARNING: payment 160.00 does not balance');
    expect(u.stdout).toContain('reversal of claim R-5001 at segment 16: original segment 11, correction segment 19');
    const j = JSON.parse((await run([join(fixtures, 'several-interchanges.835'), '--json'])).stdout) as {
      remittances: { payer: { id: string }; reconciliation: { balanced: boolean } }[];
    };
    expect(j.remittances.map((x) => [x.payer.id, x.reconciliation.balanced])).toEqual([
      ['ACME1', true],
      ['BLUE1', true],
      ['SMCD1', true],
    ]);
  });
  it('stops quietly when the reader of its output goes away (| head): exit 0, nothing on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chartside-remit-'));
    // A listing far longer than a pipe's buffer: the same claims many times over.
    const one = readFileSync(join(fixtures, 'acme-ppo.835'), 'utf8');
    const [head, rest] = [one.slice(0, one.indexOf('CLP*')), one.slice(one.indexOf('CLP*'), one.indexOf('SE*'))];
    const body = rest.repeat(3000);
    const segs = head.match(/~/g)!.length - 2 + body.match(/~/g)!.length + 1;
    writeFileSync(join(dir, 'long.835'), `${head}${body}SE*${segs}*0001~\nGE*1*1~\nIEA*1*000000001~\n`);
    const child = spawn('node', [join(root, 'cli/bin.mjs'), 'remit', join(dir, 'long.835')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((done) => child.stdout.once('data', done));
    child.stdout.destroy();
    const code = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
