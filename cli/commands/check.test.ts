import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Runs the real command (`chartside check`) on a tiny claim with edit tables in CMS's format.
const root = join(import.meta.dirname, '../..');
const run = (args: string[]) =>
  promisify(execFile)('node', [join(root, 'cli/bin.mjs'), 'check', ...args], { cwd: root }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const dir = mkdtempSync(join(tmpdir(), 'chartside-check-'));
const claim = {
  payer: { kind: 'commercial', payerId: 'ACME1' },
  patient: { firstName: 'Ana', lastName: 'Ruiz', dob: '1956-10-28', sex: 'F', memberId: 'M1' },
  billingProvider: { npi: '1234567893' },
  placeOfService: '11',
  submissionDate: '2026-05-28',
  diagnoses: ['M17.12'],
  lines: [
    { dateOfService: '2026-05-26', code: '99213', modifiers: [], units: 1, diagnosisPointers: [1], charge: 125 },
    { dateOfService: '2026-05-26', code: '20610', modifiers: ['lt'], units: 1, diagnosisPointers: [1], charge: 140 },
  ],
};
writeFileSync(join(dir, 'claim.json'), JSON.stringify(claim));
writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...claim, lines: [{ ...claim.lines[0], dateOfService: '2026-02-30' }] }));
const edits = join(dir, 'edits');
await import('node:fs').then((fs) => fs.mkdirSync(edits));
writeFileSync(
  join(edits, 'ptp.txt'),
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n20610\t99213\t\t20170101\t*\t1\tStandards\n',
);

describe('chartside check', () => {
  it('prints the flags of one claim as JSON', async () => {
    const r = await run([join(dir, 'claim.json'), '--edits', edits, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { flags: { rule: string; field: string }[] };
    expect(out.flags.map((f) => `${f.rule} ${f.field}`).sort()).toEqual(['modifier-25-missing lines[0].modifiers', 'ncci-ptp lines[0].code']);
  });
  it('batch: one line per file in order, a bad file gets its error and exit status 2', async () => {
    const r = await run(['--jsonl', join(dir, 'claim.json'), join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; error?: string; flags?: unknown[] });
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'claim.json'), join(dir, 'bad.json')]);
    expect(lines[0]!.flags).toBeDefined();
    expect(lines[1]!.error).toMatch(/lines\[0\]\.dateOfService: not a date/);
  });
  it('a bad claim is one line on stderr naming the field, exit 2', async () => {
    const r = await run([join(dir, 'bad.json'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('lines[0].dateOfService');
  });
});
