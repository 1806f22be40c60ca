import type pg from 'pg';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { type NoteRow, sameNote, toNote } from './rows.ts';
import type { AddResult, Member, StoredNote } from './store.ts';

export type PushJob = { author: Member; notes: PushNote[] };

/**
 * One group-commit batch of note pushes to one team as ONE statement (autocommit: one round trip,
 * one commit, where it took four: BEGIN, lock + lookup, insert, COMMIT). The notes travel as
 * parallel arrays, so the text never changes with the batch size. Not a named (prepared)
 * statement: its generic plan was measured to scan `notes` once the table grew (batches 2x slower
 * after a few seconds); the unnamed one is planned with the real ids each time. Inside: which ids are already stored, the first occurrence of each
 * new id, the counter bumped under the team row's lock (the UPDATE waits for other instances'
 * writers and then sees the latest counter), the inserts, and the NOTIFY (sent on commit).
 * A plain SELECT CTE runs only if read, so the last line reads the notify CTE.
 */
const PUSH_SQL = `
WITH input AS (
  SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
    WITH ORDINALITY AS i(id, claim_key, author_id, author_role, iv, ct, ord)),
prior AS (SELECT n.* FROM notes n WHERE n.team_id = $1 AND n.id = ANY($2::text[])),
fresh AS (
  SELECT DISTINCT ON (i.id) i.* FROM input i WHERE NOT EXISTS (SELECT 1 FROM prior p WHERE p.id = i.id) ORDER BY i.id, i.ord),
upd AS (
  UPDATE teams SET last_seq = last_seq + (SELECT count(*) FROM fresh)
  WHERE id = $1 AND EXISTS (SELECT 1 FROM fresh) RETURNING last_seq),
ins AS (
  INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
  SELECT $1, (SELECT last_seq FROM upd) - (SELECT count(*) FROM fresh) + row_number() OVER (ORDER BY f.ord),
    f.id, f.claim_key, f.author_id, f.author_role, f.iv, f.ct, $8
  FROM fresh f
  ON CONFLICT (team_id, id) DO NOTHING
  RETURNING id, seq),
ntf AS (
  SELECT pg_notify($9, json_build_object('i', $10::text, 't', $1::text,
    'a', u.last_seq - (SELECT count(*) FROM fresh) + 1, 'b', u.last_seq)::text) AS sent
  FROM upd u)
SELECT p.seq, p.id, p.claim_key, p.author_id, p.author_role, p.iv, p.ct, p.created_at, false AS created FROM prior p
UNION ALL SELECT i.seq, i.id, NULL, NULL, NULL, NULL, NULL, NULL, true FROM ins i
UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM ntf`;

type Row = NoteRow & { created: boolean | null };

/**
 * Runs one batch and returns each job's results, in order. A note whose id already exists answers
 * with the stored note (`conflict` if its body or claim differs); a second push of a new id in the
 * same batch answers like a replay of the first. Should another instance commit the same id while
 * this statement waits for the team lock, the insert skips it (its seq stays unused: a gap, which
 * no cursor minds) and the stored note is read back afterwards.
 */
export async function pushBatch(
  db: pg.Pool | pg.PoolClient, teamId: string, jobs: PushJob[], channel: string, instanceId: string, createdAt: string,
): Promise<AddResult[][]> {
  const cols: string[][] = [[], [], [], [], [], []];
  for (const j of jobs) {
    for (const n of j.notes) {
      cols[0]!.push(n.id), cols[1]!.push(n.claimKey), cols[2]!.push(j.author.id);
      cols[3]!.push(j.author.role), cols[4]!.push(n.body.iv), cols[5]!.push(n.body.ct);
    }
  }
  const { rows } = await db.query<Row>({ text: PUSH_SQL, values: [teamId, ...cols, createdAt, channel, instanceId] });
  const known = new Map<string, StoredNote>();
  const inserted = new Map<string, number>();
  for (const r of rows) {
    if (r.created === false) known.set(r.id, toNote(r));
    else if (r.created === true) inserted.set(r.id, Number(r.seq));
  }
  const lost = cols[0]!.filter((id) => !known.has(id) && !inserted.has(id));
  if (lost.length > 0) {
    const late = await db.query<NoteRow>('SELECT * FROM notes WHERE team_id = $1 AND id = ANY($2::text[])', [teamId, lost]);
    for (const r of late.rows) known.set(r.id, toNote(r));
  }
  return jobs.map((j) => j.notes.map((n): AddResult => {
    const prior = known.get(n.id);
    if (prior) return { note: prior, created: false, conflict: !sameNote(prior, n.claimKey, n.body) };
    const seq = inserted.get(n.id);
    if (seq === undefined) throw new Error(`note ${n.id}: not stored and not found`);
    const note: StoredNote = { ...n, seq, authorId: j.author.id, authorRole: j.author.role, createdAt };
    known.set(n.id, note);
    return { note, created: true };
  }));
}

/**
 * A batch whose statement fails (all of it rolled back) is retried one job at a time, so one bad
 * push gets its own error and the others still commit.
 */
export async function pushJobs(run: (jobs: PushJob[]) => Promise<AddResult[][]>, jobs: PushJob[]): Promise<(AddResult[] | Error)[]> {
  try {
    return await run(jobs);
  } catch (err) {
    if (jobs.length === 1) return [err instanceof Error ? err : new Error(String(err))];
    const out: (AddResult[] | Error)[] = [];
    for (const job of jobs) out.push(...(await pushJobs(run, [job])));
    return out;
  }
}
