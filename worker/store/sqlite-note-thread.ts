import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { type NoteBatch, noteWriter } from './sqlite-note-writer.ts';

/**
 * The notes writer thread (started by sqlite-notes.ts): its own connection to the database file,
 * one message per batch in, one answer per batch out, in order. `null` closes it.
 */
const db = open((workerData as { path: string }).path);
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

function open(path: string): Database.Database {
  try {
    const db = new Database(path);
    // Every commit is synced before it is answered: a push is acknowledged only once it is on disk.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    // better-sqlite3's own error class reaches the main thread without its message; a plain Error keeps it.
    throw new Error((err as Error).message);
  }
}
