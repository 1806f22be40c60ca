import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite.ts';
import { coalesce, walSyncer } from './wal-sync.ts';

const dir = mkdtempSync(join(tmpdir(), 'chartside-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coalesce', () => {
  it('answers every caller only with a sync that began after its call, sharing syncs', async () => {
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const sync = coalesce(() => new Promise<void>((r) => (started.push(started.length), finish.push(r))));
    const answered: string[] = [];
    const a = sync().then(() => answered.push(`a after sync ${started.length - 1}`));
    const b = sync().then(() => answered.push(`b after sync ${started.length - 1}`));
    const c = sync().then(() => answered.push(`c after sync ${started.length - 1}`));
    expect(started).toEqual([0]); // b and c wait: sync 0 may have begun before their writes
    finish[0]!();
    await a;
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]); // one more sync, shared by b and c
    finish[1]!();
    await Promise.all([b, c]);
    expect(answered).toEqual(['a after sync 0', 'b after sync 1', 'c after sync 1']);
  });

  it('passes a failed sync to its callers and recovers', async () => {
    let fail = true;
    const sync = coalesce(async () => {
      if (fail) throw new Error('EIO');
    });
    await expect(sync()).rejects.toThrow('EIO');
    fail = false;
    await expect(sync()).resolves.toBeUndefined();
  });
});

describe('walSyncer', () => {
  it('syncs the WAL of a real store', async () => {
    const store = openSqliteStore(join(dir, 'a.db')); // creates the WAL file
    const wal = walSyncer(join(dir, 'a.db'));
    const order: string[] = [];
    const first = wal.sync().then(() => order.push('first'));
    // Called while the first sync runs: must not be answered by it.
    const second = wal.sync().then(() => order.push('second'));
    const third = wal.sync().then(() => order.push('third'));
    await Promise.all([first, second, third]);
    expect(order[0]).toBe('first');
    expect(order.slice(1).sort()).toEqual(['second', 'third']);
    wal.close();
    await store.close();
  });

  it('is a no-op for in-memory databases', async () => {
    await expect(walSyncer(':memory:').sync()).resolves.toBeUndefined();
  });

  it('keeps working for a store reopened after a clean close', async () => {
    const path = join(dir, 'b.db');
    await openSqliteStore(path).close(); // a clean close removes the WAL file
    const store = openSqliteStore(path);
    const { teamId } = await store.createTeam('again');
    expect(teamId).toMatch(/-/);
    await store.close();
  });
});
