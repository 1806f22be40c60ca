import type Database from 'better-sqlite3';
import type { NoteRow } from './rows.ts';

/**
 * A batch of note pushes in the form that crosses to the writer thread (sqlite-note-thread.ts):
 * a few flat arrays of strings, which a structured clone copies far faster than one small object
 * per note. Push j has count[j] notes: the next count[j] entries of id, claim, iv and ct.
 */
export interface NoteBatch {
  team: string[];
  author: string[];
  role: string[];
  count: number[];
  id: string[];
  claim: string[];
  iv: string[];
  ct: string[];
}

export interface BatchResult {
  /** Per note: its seq if this batch stored it, else 0 (then `stored` holds the row already there). */
  seqs: Float64Array;
  createdAt: string;
  stored: Record<number, NoteRow>;
  /** Per push that failed: why (nothing of that push is stored). */
  errors: Record<number, string>;
  /** Per push refused whole: the index of its note that reuses a stored id with another body. */
  conflicts: Record<number, number>;
}

/** Thrown inside a push's savepoint so that none of its notes stay. */
class Clash {
  constructor(readonly index: number) {}
}

/**
 * The notes writer: commits a batch of pushes in one immediate transaction (SQLite's write lock
 * is taken at BEGIN, so the seq counter read and the inserts cannot race the main connection's
 * writes). Seq numbers are taken only for new notes: each team's counter is read once and written
 * once per batch, and a new note costs one INSERT (an id already stored is left alone by ON
 * CONFLICT and read back as a replay; one stored with another body refuses the whole push). One failing push never takes the others
 * down: a single INSERT fails alone, a push of several notes has its own savepoint.
 */
export function noteWriter(db: Database.Database): (batch: NoteBatch) => BatchResult {
  const lastSeq = db.prepare('SELECT last_seq FROM teams WHERE id = ?').pluck();
  const setSeq = db.prepare('UPDATE teams SET last_seq = ? WHERE id = ?');
  const insertNew = db.prepare(`INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, id) DO NOTHING`);
  const noteById = db.prepare('SELECT * FROM notes WHERE team_id = ? AND id = ?');
  const same = (row: NoteRow, b: NoteBatch, i: number) => row.claim_key === b.claim[i] && row.iv === b.iv[i] && row.ct === b.ct[i];

  type Out = { seqs: Map<string, number>; result: BatchResult };
  const addPush = (b: NoteBatch, j: number, first: number, out: Out) => {
    const team = b.team[j]!;
    let seq = out.seqs.get(team) ?? (lastSeq.get(team) as number | undefined);
    if (seq === undefined) throw new Error(`team ${team} does not exist`);
    for (let i = first; i < first + b.count[j]!; i++) {
      if (insertNew.run(team, seq + 1, b.id[i], b.claim[i], b.author[j], b.role[j], b.iv[i], b.ct[i], out.result.createdAt).changes === 1) {
        out.result.seqs[i] = ++seq;
      } else {
        const row = noteById.get(team, b.id[i]) as NoteRow;
        if (!same(row, b, i)) throw new Clash(i - first);
        out.result.stored[i] = row;
      }
    }
    out.seqs.set(team, seq);
  };
  // A push of several notes is all or nothing: its own savepoint, and the counter as it was if it
  // fails. A single note that clashes has inserted nothing.
  const addPushAtomically = db.transaction(addPush);

  const commit = db.transaction((b: NoteBatch): BatchResult => {
    const out: Out = {
      seqs: new Map(),
      result: { seqs: new Float64Array(b.id.length), createdAt: new Date().toISOString(), stored: {}, errors: {}, conflicts: {} },
    };
    let first = 0;
    b.count.forEach((count, j) => {
      const team = b.team[j]!;
      const before = out.seqs.get(team);
      try {
        (count === 1 ? addPush : addPushAtomically)(b, j, first, out);
      } catch (err) {
        if (before === undefined) out.seqs.delete(team);
        else out.seqs.set(team, before);
        out.result.seqs.fill(0, first, first + count);
        for (let i = first; i < first + count; i++) delete out.result.stored[i];
        if (err instanceof Clash) out.result.conflicts[j] = err.index;
        else out.result.errors[j] = err instanceof Error ? err.message : String(err);
      }
      first += count;
    });
    for (const [team, seq] of out.seqs) setSeq.run(seq, team);
    return out.result;
  });
  return (batch) => commit.immediate(batch);
}
