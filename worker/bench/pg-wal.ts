import pg from 'pg';

/**
 * Gives a new PostgreSQL cluster the WAL files that a server which has been running already has.
 * A new cluster creates each 16 MB WAL segment the first time it reaches it: the committing
 * backend zero-fills and fsyncs it. A server that has run through a checkpoint renames (recycles)
 * its old segments instead. Measured on this VM with the push load (wait events, per-second wrk
 * runs): during the first checkpoint of a new cluster, segment creation (IO:WALInitWrite) stalled
 * commits and the push p99 went from 5-9 to 35-55 ms; during every later checkpoint, with segments
 * recycled, it stayed at 4-7 ms. Creating and recycling the segments before measuring puts the
 * server in that steady state, as the untimed warm-up runs do for the JIT. Checkpoints still run
 * during the measured rounds (the bench counts them).
 */
export async function recycleWalSegments(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const setting = async (name: string) =>
      Number((await c.query<{ v: string }>('SELECT setting AS v FROM pg_settings WHERE name = $1', [name])).rows[0]!.v);
    // max_wal_size is in MB, wal_segment_size in bytes.
    const segments = Math.floor(((await setting('max_wal_size')) * 2 ** 20) / (await setting('wal_segment_size')));
    for (let i = 0; i < segments; i++) {
      // A switch needs a record in the current segment to move on to the next one.
      await c.query("SELECT pg_logical_emit_message(false, 'chartside-bench', ''), pg_switch_wal()");
    }
    // The checkpoint's distance estimate is now max_wal_size, so it keeps (renames) every segment.
    await c.query('CHECKPOINT');
    return Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_ls_waldir()')).rows[0]!.n);
  } finally {
    await c.end();
  }
}
