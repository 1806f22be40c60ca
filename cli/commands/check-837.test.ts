import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build837p, type BuildClaim } from '../../test/support/build-837p.ts';

// Runs the real command (`chartside check`) on an 837P and on the same claims as JSON.
const root = join(import.meta.dirname, '../..');
const run = (args: string[]) =>
  promisify(execFile)('node', [join(root, 'cli/bin.mjs'), 'check', ...args], { cwd: root }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
interface Line {
  file: string;
  clm01?: string;
  flags?: { rule: string; field: string }[];
  error?: string;
}
const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

const dir = mkdtempSync(join(tmpdir(), 'chartside-837-'));
// A claim with seeded errors, each one a rule's: an NPI failing its check digit, a category that
// needs more characters, a pointer past the list, an invalid modifier, RT against a left-side
// diagnosis, a repeated line, a line filed past timely filing, a manifestation code listed first.
const seeded: BuildClaim = {
  id: 'S-1',
  payer: { name: 'ACME HEALTH PLAN', kind: 'commercial', payerId: 'ACME1' },
  patient: { firstName: 'Ana', lastName: 'Ruiz', dob: '1956-10-28', sex: 'F', memberId: 'M1' },
  billingProvider: { npi: '1234567890', taxonomy: '207Q00000X' },
  renderingProvider: { npi: '1245319599' },
  placeOfService: '11',
  priorAuthorization: null,
  submissionDate: '2026-11-20',
  diagnoses: ['E11', 'M17.12', 'H36.0'],
  lines: [
    { dateOfService: '2026-11-03', code: '99213', modifiers: ['ZZ'], units: 1, diagnosisPointers: [1, 5], charge: 125 },
    { dateOfService: '2026-11-03', code: '20610', modifiers: ['RT'], units: 1, diagnosisPointers: [2], charge: 140 },
    { dateOfService: '2026-11-03', code: '20610', modifiers: ['RT'], units: 1, diagnosisPointers: [2], charge: 140 },
    { dateOfService: '2026-05-01', code: '36415', modifiers: [], units: 1, diagnosisPointers: [1], charge: 20 },
  ],
};
const clean: BuildClaim = {
  ...seeded,
  id: 'S-2',
  billingProvider: { npi: '1234567893', taxonomy: null },
  diagnoses: ['J02.9'],
  lines: [{ dateOfService: '2026-11-03', code: '99213', modifiers: [], units: 1, diagnosisPointers: [1], charge: 125 }],
};
writeFileSync(join(dir, 'seeded.json'), JSON.stringify(seeded));
writeFileSync(join(dir, 'clean.json'), JSON.stringify(clean));
writeFileSync(join(dir, 'batch.837'), build837p([seeded, clean]));
writeFileSync(join(dir, 'broken.837'), build837p([seeded, clean]).replace('SV1*HC:99213:ZZ*125', 'SV1*HC:99213:ZZ*12O'));

describe('chartside check on an 837P', () => {
  it('gives each claim the same flags as the same claim in JSON', async () => {
    const x12 = await run(['--jsonl', join(dir, 'batch.837')]);
    const json = await run(['--jsonl', join(dir, 'seeded.json'), join(dir, 'clean.json')]);
    expect([x12.code, json.code]).toEqual([0, 0]);
    const fromX12 = parse(x12.stdout);
    const fromJson = parse(json.stdout);
    expect(fromX12.map((l) => [l.file, l.clm01])).toEqual([
      [join(dir, 'batch.837'), 'S-1'],
      [join(dir, 'batch.837'), 'S-2'],
    ]);
    expect(fromX12.map((l) => l.flags)).toEqual(fromJson.map((l) => l.flags));
    const rules = new Set(fromX12[0]!.flags!.map((f) => f.rule));
    for (const r of ['npi-invalid', 'dx-not-billable', 'dx-pointer', 'modifier-invalid', 'duplicate-line', 'timely-filing']) expect(rules, r).toContain(r);
  });

  it('a claim that cannot be read gets one line naming segment and element; the others are still checked; exit 2', async () => {
    const r = await run(['--jsonl', join(dir, 'broken.837'), join(dir, 'clean.json')]);
    expect(r.code).toBe(2);
    const lines = parse(r.stdout);
    expect(lines.map((l) => [l.clm01 ?? null, l.error ? 'error' : 'flags'])).toEqual([
      ['S-1', 'error'],
      ['S-2', 'flags'],
      [null, 'flags'],
    ]);
    expect(lines[0]!.error).toMatch(/CLM01 "S-1" \(CLM at segment \d+\): SV1 at segment \d+: SV102 "12O" is not a number$/);
  });

  it('without --jsonl: all claims in one object, each fault one line on stderr, exit 2', async () => {
    const r = await run([join(dir, 'broken.837'), '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { claims: Line[] };
    expect(out.claims.map((c) => c.clm01)).toEqual(['S-1', 'S-2']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('SV102 "12O"');
    const ok = await run([join(dir, 'batch.837'), '--json']);
    expect(ok.code).toBe(0);
  });
});
