import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { usePgCluster } from '../../test/support/worker/stores.ts';
import { type PushJob, pushBatch, pushJobs } from './postgres-push.ts';
import { openPostgresStore } from './postgres.ts';
import { type AddResult, type Member, NoteConflict, type Store } from './store.ts';

const cluster = usePgCluster();
let url = '';
let store: Store;
let pool: pg.Pool;
beforeAll(async () => {
  url = await (await cluster()).createDatabase('push_batch');
  store = await openPostgresStore(url);
  pool = new pg.Pool({ connectionString: url, max: 3 });
}, 90_000);
afterAll(async () => {
  await pool?.end();
  await store?.close();
});

const key = (n: number) => n.toString(16).padStart(64, '0');
const note = (k = 1, ct = 'Ym9keQ=='): PushNote => ({ id: crypto.randomUUID(), claimKey: key(k), body: { iv: 'AAAAAAAAAAAAAAAA', ct } });
const attempt = (teamId: string, jobs: PushJob[]) => pushBatch(pool, teamId, jobs, 'chartside_test', 'test', new Date().toISOString());
const ok = (r: AddResult[] | Error): AddResult[] => {
  if (r instanceof Error) throw r;
  return r;
};
const run = async (teamId: string, jobs: PushJob[]) => (await attempt(teamId, jobs)).map(ok);

async function team(): Promise<{ teamId: string; a: Member; b: Member }> {
  const { teamId } = await store.createTeam('t');
  return { teamId, a: { id: crypto.randomUUID(), teamId, name: 'a', role: 'lead' }, b: { id: crypto.randomUUID(), teamId, name: 'b', role: 'coder' } };
}

describe('one-statement PostgreSQL push batch', () => {
  it('keeps each job its own results, in order, with consecutive seqs and each author', async () => {
    const { teamId, a, b } = await team();
    const jobs = [
      { author: a, notes: [note(1), note(2)] },
      { author: b, notes: [note(3)] },
    ];
    const out = await run(teamId, jobs);
    expect(out.map((r) => r.map((x) => x.note.id))).toEqual(jobs.map((j) => j.notes.map((n) => n.id)));
    expect(out.flat().map((r) => r.note.seq)).toEqual([1, 2, 3]);
    expect(out.flat().every((r) => r.created)).toBe(true);
    expect(out[1]![0]!.note).toMatchObject({ authorId: b.id, authorRole: 'coder', claimKey: key(3) });
    // The counter moved with the inserts: the next batch continues after them.
    expect((await run(teamId, [{ author: a, notes: [note()] }]))[0]![0]!.note.seq).toBe(4);
    expect((await store.changesAfter(teamId, 0, 10)).map((c) => c.seq)).toEqual([1, 2, 3, 4]);
  });

  it('answers a replay with the stored note and refuses, storing nothing of it, a push reusing an id with another body', async () => {
    const { teamId, a } = await team();
    const first = note(5);
    await run(teamId, [{ author: a, notes: [first] }]);
    const beside = note(5);
    const [replay, reused, fresh] = await pushJobs(
      (jobs) => attempt(teamId, jobs),
      [
        { author: a, notes: [first] },
        { author: a, notes: [beside, { ...first, body: { ...first.body, ct: 'b3RoZXI=' } }] },
        { author: a, notes: [note()] },
      ],
    );
    expect(ok(replay!)[0]).toMatchObject({ created: false, note: { seq: 1 } });
    expect(reused).toBeInstanceOf(NoteConflict);
    expect((reused as NoteConflict).index).toBe(1);
    expect(ok(fresh!)[0]).toMatchObject({ created: true });
    // The refused push's new note was not kept.
    expect((await store.listNotes(teamId, key(5))).map((n) => n.id)).toEqual([first.id]);
  });

  it('stores a new id pushed twice in one batch once; the second push reads as its replay, a third with another claim is refused', async () => {
    const { teamId, a, b } = await team();
    const n = note(6);
    const out = await attempt(teamId, [
      { author: a, notes: [n] },
      { author: b, notes: [n] },
      { author: b, notes: [note(7), { ...n, claimKey: key(7) }] },
    ]);
    expect(
      out
        .slice(0, 2)
        .flatMap(ok)
        .map((r) => [r.created, r.note.seq, r.note.authorId]),
    ).toEqual([
      [true, 1, a.id],
      [false, 1, a.id],
    ]);
    expect(out[2]).toBeInstanceOf(NoteConflict);
    expect(await store.listNotes(teamId, key(7))).toHaveLength(0);
    expect(await store.listNotes(teamId, key(6))).toHaveLength(1);
  });

  it('reads back a note another instance committed while the batch waited for the team lock', async () => {
    const { teamId, a } = await team();
    const n = note(8);
    // Another instance holds the team lock and stores the same id; it commits once our statement
    // is blocked on that lock, so the insert meets the id only then.
    const other = await pool.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT 1 FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
      await other.query(
        `INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
        VALUES ($1, 100, $2, $3, $4, 'lead', $5, $6, 'x')`,
        [teamId, n.id, n.claimKey, a.id, n.body.iv, n.body.ct],
      );
      const pending = run(teamId, [
        { author: a, notes: [n] },
        { author: a, notes: [note(8)] },
      ]);
      for (let i = 0; i < 500; i++) {
        const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
        if (Number(rows[0]!.n) > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await other.query('COMMIT');
      const [mine, next] = (await pending).map((r) => r[0]);
      expect(mine).toMatchObject({ created: false, note: { seq: 100 } });
      expect(next?.created).toBe(true);
    } finally {
      other.release();
    }
    expect(await store.listNotes(teamId, key(8))).toHaveLength(2);
  });

  it('retries a failing batch job by job, so one bad push does not fail the others', async () => {
    const { teamId, a } = await team();
    // A NUL byte cannot be stored in PostgreSQL text: that job's statement fails.
    const jobs = [
      { author: a, notes: [note(9)] },
      { author: a, notes: [note(9, 'bad\u0000')] },
      { author: a, notes: [note(9)] },
    ];
    const out = await pushJobs((batch) => run(teamId, batch), jobs);
    expect(out[1]).toBeInstanceOf(Error);
    expect(out.filter((r) => !(r instanceof Error)).map((r) => (r as { created: boolean }[])[0]!.created)).toEqual([true, true]);
    expect(await store.listNotes(teamId, key(9))).toHaveLength(2);
  });
});
