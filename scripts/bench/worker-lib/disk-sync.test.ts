import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { measureSyncLatency } from './disk-sync.ts';

it('times syncs for the given time and leaves no file behind', () => {
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith('chartside-sync-'));
  const r = measureSyncLatency(tmpdir(), 0.2);
  expect(r.syncs).toBeGreaterThan(0);
  expect(r.p50).toBeGreaterThan(0);
  expect(r.max).toBeGreaterThanOrEqual(r.p50);
  expect(r.stalls).toBeLessThanOrEqual(r.syncs);
  expect(readdirSync(tmpdir()).filter((f) => f.startsWith('chartside-sync-'))).toEqual(before);
});
