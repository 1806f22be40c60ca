import { mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { shippedName } from '../../shared/codes/shipped-files.ts';
import { shipCodeSets } from './ship.ts';

test.each([
  ['manifest.json', 'manifest.json'],
  ['icd10cm.json', 'icd10cm.json.gz'],
  ['hcpcs-2026-Q1.json', 'hcpcs-2026-Q1.json.gz'],
  ['matcher-FY2027.bin', 'matcher-FY2027.bin'],
])('%s ships as %s', (file, shipped) => expect(shippedName(file)).toBe(shipped));

test('the shipped copy inflates to the compiled bytes, is refreshed when the source changes and drops stale files', () => {
  const root = mkdtempSync(join(tmpdir(), 'chartside-ship-'));
  const [src, out] = [join(root, 'src'), join(root, 'out')];
  mkdirSync(src);
  const json = JSON.stringify({ entries: Array.from({ length: 2000 }, (_, i) => [`A${i}`, `title ${i}`]) });
  writeFileSync(join(src, 'icd10cm.json'), json);
  writeFileSync(join(src, 'manifest.json'), '{"format":4}');
  writeFileSync(join(src, 'matcher-FY2027.bin'), new Uint8Array([1, 2, 3, 4]));
  mkdirSync(out);
  writeFileSync(join(out, 'old.json.gz'), 'stale');

  const files = shipCodeSets(src, out);
  expect(files.map((f) => f.name)).toEqual(['icd10cm.json.gz', 'manifest.json', 'matcher-FY2027.bin']);
  expect(readdirSync(out).sort()).toEqual(['icd10cm.json.gz', 'manifest.json', 'matcher-FY2027.bin']);
  expect(gunzipSync(readFileSync(join(out, 'icd10cm.json.gz'))).toString()).toBe(json);
  expect(files.find((f) => f.name === 'icd10cm.json.gz')!.bytes).toBeLessThan(json.length / 3);
  expect([...readFileSync(join(out, 'matcher-FY2027.bin'))]).toEqual([1, 2, 3, 4]);

  // A newer compiled file replaces the shipped one.
  writeFileSync(join(src, 'icd10cm.json'), '{"entries":[]}');
  const later = new Date(Date.now() + 5000);
  utimesSync(join(src, 'icd10cm.json'), later, later);
  shipCodeSets(src, out);
  expect(gunzipSync(readFileSync(join(out, 'icd10cm.json.gz'))).toString()).toBe('{"entries":[]}');
});
