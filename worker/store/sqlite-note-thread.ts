import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { type NoteBatch, noteWriter } from './sqlite-note-writer.ts';

/**
 * The notes writer thread (started by sqlite-notes.ts): its own connection to the database file,
 * one message per batch in, one answer per batch out, in order. `null` closes it.
 */
const db = new Database((workerData as { path: string }).path);
// Every commit is synced before it is answered: a push is acknowledged only once it is on disk.
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const write = noteWriter(db);
const port = parentPort!;

port.on('message', (batch: NoteBatch | null) => {
  if (batch === null) {
    db.close();
    port.close();
    return;
  }
  try {
    const result = write(batch);
    port.postMessage({ ok: result }, [result.seqs.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
