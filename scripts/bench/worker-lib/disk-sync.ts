import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface SyncLatency {
  syncs: number;
  p50: number;
  max: number;
  /** Syncs that took longer than 50 ms. */
  stalls: number;
}

/**
 * Times 8 KB writes, each followed by an fdatasync, for `seconds` in `dir`: what every push waits
 * for once per batch. On this shared VM there are phases in which a sync that usually takes
 * 0.15 ms stalls for 100-230 ms (and the CPU slows too), and every push figure degrades with
 * them, so the bench prints this beside its figures.
 */
export function measureSyncLatency(dir: string, seconds: number): SyncLatency {
  const tmp = mkdtempSync(join(dir, 'chartside-sync-'));
  const fd = openSync(join(tmp, 'probe'), 'w');
  const page = Buffer.alloc(8192, 1);
  const ms: number[] = [];
  try {
    for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
      const start = process.hrtime.bigint();
      writeSync(fd, page, 0, page.length, (ms.length % 1024) * page.length);
      fdatasyncSync(fd);
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    closeSync(fd);
    rmSync(tmp, { recursive: true, force: true });
  }
  ms.sort((a, b) => a - b);
  return { syncs: ms.length, p50: ms[Math.floor(ms.length / 2)] ?? 0, max: ms.at(-1) ?? 0, stalls: ms.filter((x) => x > 50).length };
}
