import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type PgCluster, startPgCluster } from '../../../test/support/worker/pg-cluster.ts';
import { recycleWalSegments } from './pg-wal.ts';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster({ fsync: false });
}, 60_000);
afterAll(() => cluster?.stop());

it('leaves max_wal_size worth of WAL files that later writes reuse instead of creating', async () => {
  const files = await recycleWalSegments(cluster.url);
  expect(files).toBeGreaterThanOrEqual(64); // the default max_wal_size, 1 GB of 16 MB segments
  const c = new pg.Client({ connectionString: cluster.url });
  await c.connect();
  try {
    // The setting doubled while the segments were written is back (a new session reads the file).
    expect((await c.query<{ v: string }>("SELECT setting AS v FROM pg_settings WHERE name = 'max_wal_size'")).rows[0]!.v).toBe('1024');
    for (let i = 0; i < 10; i++) await c.query("SELECT pg_logical_emit_message(false, 'test', ''), pg_switch_wal()");
    const after = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_ls_waldir()')).rows[0]!.n);
    // Ten more segments, all renamed from recycled files: the directory did not grow.
    expect(after).toBeLessThanOrEqual(files + 1);
  } finally {
    await c.end();
  }
}, 60_000);
