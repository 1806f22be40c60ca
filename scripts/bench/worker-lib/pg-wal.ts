import pg from 'pg';

/**
 * Gives a new PostgreSQL cluster the WAL files that a server which has been running already has.
 * A new cluster creates each 16 MB WAL segment the first time it reaches it: the committing
 * backend zero-fills and fsyncs it. A server that has run through a few checkpoints renames
 * (recycles) its old segments instead, about max_wal_size of them. Measured on this VM with the
 * push load (wait events, per-second wrk runs): during the first checkpoint of a new cluster,
 * segment creation (IO:WALInitWrite) stalled commits and the push p99 went from 5-9 to 35-55 ms;
 * during every later checkpoint, with segments recycled, it stayed at 4-7 ms. Creating and
 * recycling the segments before measuring puts the server in that steady state, as the untimed
 * warm-up runs do for the JIT. Checkpoints still run during the measured rounds (the bench counts
 * them). Returns the number of files in pg_wal.
 */
export async function recycleWalSegments(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const setting = async (name: string) => Number((await c.query<{ v: string }>('SELECT setting AS v FROM pg_settings WHERE name = $1', [name])).rows[0]!.v);
  const maxWal = () => setting('max_wal_size'); // in MB
  /** Sets max_wal_size (null: back to the configured value) and waits until the server applies it. */
  const reload = async (mb: number | null, expect: number) => {
    await c.query(mb === null ? 'ALTER SYSTEM RESET max_wal_size' : `ALTER SYSTEM SET max_wal_size = '${mb}MB'`);
    await c.query('SELECT pg_reload_conf()');
    // A reload reaches a backend between statements.
    for (let i = 0; i < 500 && (await maxWal()) !== expect; i++) await new Promise((r) => setTimeout(r, 10));
  };
  try {
    const mb = await maxWal();
    const segmentBytes = await setting('wal_segment_size');
    // A checkpoint recycles only the segments written before it began, and the default settings
    // request one after about half of max_wal_size: while the segments are written, max_wal_size
    // is doubled.
    await reload(mb * 2, mb * 2);
    try {
      for (let i = 0; i < (mb * 2 ** 20) / segmentBytes; i++) {
        // A switch needs a record in the current segment to move on to the next one.
        await c.query("SELECT pg_logical_emit_message(false, 'chartside-bench', ''), pg_switch_wal()");
      }
      await c.query('CHECKPOINT');
    } finally {
      await reload(null, mb);
    }
    return Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_ls_waldir()')).rows[0]!.n);
  } finally {
    await c.end();
  }
}
