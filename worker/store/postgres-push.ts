import type pg from 'pg';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { type NoteRow, sameNote, storedNote, toNote } from './rows.ts';
import { type AddResult, type Member, NoteConflict, type StoredNote } from './store.ts';

export type PushJob = { author: Member; notes: PushNote[] };

/**
 * One group-commit batch of note pushes to one team as ONE statement: one round trip and one
 * commit. The notes travel as parallel arrays, so the text never changes with the batch size and
 * it is a named (prepared) statement, planned once per connection; nothing in it depends on
 * statistics (the counter row is found by its primary key, the conflict check is the unique index).
 * Inside: the counter is bumped by the number of notes under the team row's lock (the UPDATE
 * waits for other instances' writers and then sees the latest counter), each note takes the seq
 * of its place in the batch, an id already stored with the same body is skipped (its seq stays
 * unused: a gap, which no cursor minds), and the NOTIFY goes out on commit if anything was stored.
 * A plain SELECT CTE runs only if read, so the last lines read the notify CTE.
 * An id stored before with another body is "updated" to itself (DO UPDATE locks and sees the
 * committed row, even one committed after this statement began), and the last line then raises
 * for it: the whole statement rolls back, so a refused push stores nothing.
 */
const PUSH_SQL = `
WITH upd AS (
  UPDATE teams SET last_seq = last_seq + cardinality($2::text[]) WHERE id = $1 RETURNING last_seq),
ins AS (
  INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
  SELECT $1, (SELECT last_seq FROM upd) - cardinality($2::text[]) + i.ord, i.id, i.claim_key, i.author_id, i.author_role, i.iv, i.ct, $8
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
    WITH ORDINALITY AS i(id, claim_key, author_id, author_role, iv, ct, ord)
  ON CONFLICT (team_id, id) DO UPDATE SET seq = notes.seq
    WHERE (notes.claim_key, notes.iv, notes.ct) IS DISTINCT FROM (excluded.claim_key, excluded.iv, excluded.ct)
  RETURNING id, seq, seq <= (SELECT last_seq FROM upd) - cardinality($2::text[]) AS clash),
ntf AS (
  SELECT pg_notify($9, json_build_object('i', $10::text, 't', $1::text,
    'a', u.last_seq - cardinality($2::text[]) + 1, 'b', u.last_seq)::text) AS sent
  FROM upd u WHERE EXISTS (SELECT 1 FROM ins WHERE NOT clash))
SELECT i.id, i.seq FROM ins i WHERE NOT i.clash
UNION ALL SELECT NULL, NULL FROM ntf
UNION ALL SELECT chartside_note_clash(i.id), NULL FROM ins i WHERE i.clash`;

/** The SQLSTATE chartside_note_clash raises (postgres-schema.ts). */
const CLASH = 'CS409';

/**
 * Runs one batch and returns each job's results, in order. A note whose id is already stored
 * answers with the stored note, read back after the insert; a second push of an id in the same
 * batch answers like a replay of the first, which is the only one sent, or, with another body,
 * refuses its push (NoteConflict) without sending any of it.
 */
export async function pushBatch(
  db: pg.Pool | pg.PoolClient,
  teamId: string,
  jobs: PushJob[],
  channel: string,
  instanceId: string,
  createdAt: string,
): Promise<(AddResult[] | Error)[]> {
  const cols: string[][] = [[], [], [], [], [], []];
  const sent = new Map<string, PushNote>();
  const refused = jobs.map((j) => {
    const clash = j.notes.findIndex((n) => sent.has(n.id) && !samePush(sent.get(n.id)!, n));
    if (clash !== -1) return new NoteConflict(clash);
    for (const n of j.notes) {
      if (sent.has(n.id)) continue;
      sent.set(n.id, n);
      cols[0]!.push(n.id), cols[1]!.push(n.claimKey), cols[2]!.push(j.author.id);
      cols[3]!.push(j.author.role), cols[4]!.push(n.body.iv), cols[5]!.push(n.body.ct);
    }
    return null;
  });
  let rows: { id: string | null; seq: string | null }[];
  try {
    ({ rows } = await db.query<{ id: string | null; seq: string | null }>({
      name: 'chartside-push-notes',
      text: PUSH_SQL,
      values: [teamId, ...cols, createdAt, channel, instanceId],
    }));
  } catch (err) {
    if ((err as { code?: string }).code !== CLASH || jobs.length !== 1) throw err;
    return [new NoteConflict(await clashIndex(db, teamId, jobs[0]!.notes))];
  }
  const inserted = new Map<string, number>();
  for (const r of rows) if (r.id !== null) inserted.set(r.id, Number(r.seq));
  const known = new Map<string, StoredNote>();
  const stored = cols[0]!.filter((id) => !inserted.has(id));
  if (stored.length > 0) {
    const prior = await db.query<NoteRow>('SELECT * FROM notes WHERE team_id = $1 AND id = ANY($2::text[])', [teamId, stored]);
    for (const r of prior.rows) known.set(r.id, toNote(r));
  }
  return jobs.map(
    (j, k) =>
      refused[k] ??
      j.notes.map((n): AddResult => {
        const prior = known.get(n.id);
        if (prior) return { note: prior, created: false };
        const seq = inserted.get(n.id);
        if (seq === undefined) throw new Error(`note ${n.id}: not stored and not found`);
        const note = storedNote(n, seq, j.author, createdAt);
        known.set(n.id, note);
        return { note, created: true };
      }),
  );
}

const samePush = (a: PushNote, b: PushNote) => a.claimKey === b.claimKey && a.body.iv === b.body.iv && a.body.ct === b.body.ct;

/** Which note of a refused push clashed (for the 409's message); the first if it cannot be told. */
async function clashIndex(db: pg.Pool | pg.PoolClient, teamId: string, notes: PushNote[]): Promise<number> {
  const { rows } = await db.query<NoteRow>('SELECT * FROM notes WHERE team_id = $1 AND id = ANY($2::text[])', [teamId, notes.map((n) => n.id)]);
  const stored = new Map(rows.map((r) => [r.id, toNote(r)]));
  return Math.max(
    0,
    notes.findIndex((n) => stored.has(n.id) && !sameNote(stored.get(n.id)!, n.claimKey, n.body)),
  );
}

/**
 * A batch whose statement fails (all of it rolled back) is retried one job at a time, so one bad
 * push gets its own error and the others still commit.
 */
export async function pushJobs(run: (jobs: PushJob[]) => Promise<(AddResult[] | Error)[]>, jobs: PushJob[]): Promise<(AddResult[] | Error)[]> {
  try {
    return await run(jobs);
  } catch (err) {
    if (jobs.length === 1) return [err instanceof Error ? err : new Error(String(err))];
    const out: (AddResult[] | Error)[] = [];
    for (const job of jobs) out.push(...(await pushJobs(run, [job])));
    return out;
  }
}
