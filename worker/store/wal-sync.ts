import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Durability without blocking the event loop. The connection runs
 * with synchronous=NORMAL (commits write the WAL but do not sync it), and each of its writes is
 * acknowledged only after an fdatasync of the WAL file that *started after* the commit: the same
 * guarantee as synchronous=FULL, but the sync runs on libuv's thread pool and one sync covers
 * every commit made before it.
 */
export function walSyncer(dbPath: string): { sync(): Promise<void>; close(): void } {
  if (dbPath === ':memory:') return { sync: async () => {}, close: () => {} };
  const fd = openSync(`${dbPath}-wal`, 'r');
  // The WAL file's directory entry must be durable too (once, at open).
  const dir = openSync(dirname(dbPath), 'r');
  fsyncSync(dir);
  closeSync(dir);

  const sync = coalesce(() => new Promise<void>((resolve, reject) => fdatasync(fd, (err) => (err ? reject(err) : resolve()))));
  return {
    sync,
    close: () => closeSync(fd),
  };
}

/**
 * At most one sync runs at a time. A caller arriving while one runs gets the next one (the running
 * sync may have begun before its write); everyone arriving meanwhile shares that next sync.
 */
export function coalesce(start: () => Promise<void>): () => Promise<void> {
  let inflight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const run = (): Promise<void> => (inflight = start().finally(() => (inflight = null)));
  return () => {
    if (!inflight) return run();
    queued ??= inflight
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return inflight ?? run();
      });
    return queued;
  };
}
