import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeSetFileError } from '../../shared/codes/errors.ts';
import { buildCodeSets } from './build.ts';
import { repoRoot } from './paths.ts';
import { run } from '../commands/codes.ts';
import { InputError } from '../input-error.ts';

const fixtures = resolve(repoRoot, 'shared/codes/fixtures');
const dirs: string[] = [];
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'codesets-bad-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('codes build on bad input', () => {
  it('keeps the previous index when a file is bad, and names the file', () => {
    const src = scratch();
    const out = join(scratch(), 'codesets');
    cpSync(fixtures, src, { recursive: true });
    buildCodeSets(src, () => {}, out);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const tab = join(src, 'icd10cm', 'icd10cm_tabular_2021.xml');
    writeFileSync(tab, readFileSync(tab, 'utf8').slice(0, 2000));
    expect(() => buildCodeSets(src, () => {}, out)).toThrow(new RegExp(`^${tab.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: line \\d+: `));
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('refuses a folder without order files, and a corrupt zip', () => {
    const src = scratch();
    expect(() => buildCodeSets(src, () => {}, join(src, 'out'))).toThrow(/icd10cm: folder: no icd10cm_order_YYYY\.txt/);
    cpSync(fixtures, src, { recursive: true });
    writeFileSync(join(src, 'icd10cm', 'release.zip'), 'PK\u0003\u0004 not really a zip');
    expect(() => buildCodeSets(src, () => {}, join(src, 'out'))).toThrow(CodeSetFileError);
    expect(existsSync(join(src, 'out', 'manifest.json'))).toBe(false);
  });

  it('reads the order file from a release zip', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const src = scratch();
    cpSync(fixtures, src, { recursive: true });
    const order = join(src, 'icd10cm', 'icd10cm_order_2027.txt');
    writeFileSync(join(src, 'icd10cm', 'codes-2027.zip'), zipSync({ 'icd10cm_order_2027.txt': strToU8(readFileSync(order, 'latin1')) }));
    rmSync(order);
    const manifest = buildCodeSets(src, () => {}, join(src, 'out'));
    expect(manifest.icd10cm.map((y) => y.year)).toEqual(['FY2026', 'FY2027']);
  });

  it('the CLI turns a bad file into a one-line input error', async () => {
    const src = scratch();
    cpSync(fixtures, src, { recursive: true });
    writeFileSync(join(src, 'mce', 'mce_fixture.json'), '{');
    const err = await run(['build', '--from', src]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/mce_fixture\.json: JSON: /);
  });
});
