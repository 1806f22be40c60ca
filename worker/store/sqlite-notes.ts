import type Database from 'better-sqlite3';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { type NoteRow, storedNote, toNote } from './rows.ts';
import { type AddResult, type Member, NoteConflict } from './store.ts';

export interface NoteJob {
  teamId: string;
  author: Member;
  notes: PushNote[];
}

/**
 * The note push's writer: commits a batch of pushes (group commit, sqlite.ts) in one immediate
 * transaction, and answers one result (or Error) per push, in order. Seq numbers are taken only
 * for new notes; an id already stored with the same body is a replay, with another body it
 * refuses its whole push (NoteConflict). Each push of several notes has its own savepoint, so one
 * failing push never takes the others down and leaves the team's counter as it was.
 */
export function notesWriter(db: Database.Database): (jobs: NoteJob[]) => (AddResult[] | Error)[] {
  const lastSeq = db.prepare('SELECT last_seq FROM teams WHERE id = ?').pluck();
  const setSeq = db.prepare('UPDATE teams SET last_seq = ? WHERE id = ?');
  const insert = db.prepare(`INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, id) DO NOTHING`);
  const byId = db.prepare('SELECT * FROM notes WHERE team_id = ? AND id = ?');

  const addPush = (job: NoteJob, seqs: Map<string, number>, createdAt: string): AddResult[] => {
    let seq = seqs.get(job.teamId) ?? (lastSeq.get(job.teamId) as number | undefined);
    if (seq === undefined) throw new Error(`team ${job.teamId} does not exist`);
    const out = job.notes.map((n, i): AddResult => {
      if (insert.run(job.teamId, seq! + 1, n.id, n.claimKey, job.author.id, job.author.role, n.body.iv, n.body.ct, createdAt).changes === 1) {
        return { note: storedNote(n, ++seq!, job.author, createdAt), created: true };
      }
      const row = byId.get(job.teamId, n.id) as NoteRow;
      if (row.claim_key !== n.claimKey || row.iv !== n.body.iv || row.ct !== n.body.ct) throw new NoteConflict(i);
      return { note: toNote(row), created: false };
    });
    seqs.set(job.teamId, seq);
    return out;
  };
  const addPushAtomically = db.transaction(addPush);

  return db.transaction((jobs: NoteJob[]) => {
    const seqs = new Map<string, number>();
    const createdAt = new Date().toISOString();
    const results = jobs.map((job) => {
      try {
        // A single note that fails has written nothing: no savepoint needed.
        return (job.notes.length === 1 ? addPush : addPushAtomically)(job, seqs, createdAt);
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
    for (const [team, seq] of seqs) setSeq.run(seq, team);
    return results;
  }).immediate;
}
