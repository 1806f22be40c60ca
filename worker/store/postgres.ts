import pg from 'pg';
import type { Change, ThreadState } from '../../shared/contracts/handoff.ts';
import { newId } from '../ids.ts';
import { ChangeBus } from '../live/bus.ts';
import { CHANNEL, type ChangeNotice, listenForChanges } from './postgres-live.ts';
import { closeAfterCalls } from './close-after-calls.ts';
import { GroupCommit } from './group-commit.ts';
import { MemberCache } from './member-cache.ts';
import { postgresDenials } from './postgres-denials.ts';
import { type PushJob, pushBatch, pushJobs } from './postgres-push.ts';
import { migratePostgres } from './postgres-schema.ts';
import type { MemberRow, NoteRow, ThreadRow } from './rows.ts';
import { emptyThread, mergeChanges, threadColumns, threadValues, toMemberInfo, toNote, toThread, threadListQuery } from './rows.ts';
import type { AddResult, Member, Store } from './store.ts';
import { LIVE_CREATOR } from './rows.ts';

const now = () => new Date().toISOString();
type Q = pg.PoolClient;

/** PostgreSQL store for several instances; NOTIFY (sent on commit) carries live changes between them. */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  pool.on('error', (err) => console.error(`worker: idle PostgreSQL connection failed: ${err.message}`));
  await migratePostgres(pool);
  const instanceId = newId();
  const bus = new ChangeBus();

  async function tx<T>(fn: (c: Q) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }
  // The team row lock serializes writers of one team, so seq numbers commit in order.
  const lockTeam = async (c: Q, teamId: string) =>
    Number((await c.query<{ last_seq: string }>('SELECT last_seq FROM teams WHERE id = $1 FOR UPDATE', [teamId])).rows[0]?.last_seq ?? NaN);
  const notify = (c: Q, teamId: string, a: number, b: number) =>
    c.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ i: instanceId, t: teamId, a, b } satisfies ChangeNotice)]);
  const changesAfter = async (teamId: string, cursor: number, limit: number): Promise<Change[]> => {
    const notes = await pool.query<NoteRow>('SELECT * FROM notes WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [teamId, cursor, limit]);
    const threads = await pool.query<ThreadRow>('SELECT * FROM threads WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [teamId, cursor, limit]);
    return mergeChanges(notes.rows.map(toNote), threads.rows.map(toThread), limit);
  };
  const members = new MemberCache();
  const stopListening = await listenForChanges({ connectionString: url }, instanceId, bus, changesAfter, () => members.clear());
  const insertMember = async (c: Q | pg.Pool, teamId: string, name: string, role: string, tokenHash: string, expiresAt: string | null) => {
    const id = newId();
    await c.query('INSERT INTO members (id, team_id, name, role, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      teamId,
      name,
      role,
      tokenHash,
      now(),
      expiresAt,
    ]);
    return id;
  };

  // Concurrent pushes to one team share one statement: one round trip, one commit, one NOTIFY.
  const group = new GroupCommit<string, PushJob, AddResult[]>(
    async (teamId, jobs) => {
      const results = await pushJobs((batch) => pushBatch(pool, teamId, batch, CHANNEL, instanceId, now()), jobs);
      if (bus.hasListeners(teamId)) {
        bus.publish(
          teamId,
          results
            .flatMap((r) => (r instanceof Error ? [] : r))
            .filter((r) => r.created)
            .map((r) => ({ kind: 'note' as const, seq: r.note.seq, note: r.note })),
        );
      }
      return results;
      // Two batches per team at once: the second is sent while the first commits, and waits on the
      // team row's lock, so seqs still follow commit order (as with two instances racing).
    },
    { maxBatch: 64, inFlight: 2 },
  );

  return closeAfterCalls({
    kind: 'postgres',
    ...postgresDenials(pool, tx),
    async createTeam(name) {
      const teamId = newId();
      await pool.query('INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)', [teamId, name, now()]);
      return { teamId };
    },
    async createMember(teamId, name, role, tokenHash, expiresAt = null) {
      return { id: await insertMember(pool, teamId, name, role, tokenHash, expiresAt), teamId, name, role };
    },
    memberByTokenHash: (tokenHash) =>
      members.get(tokenHash, async () => {
        const { rows } = await pool.query<{ id: string; team_id: string; name: string; role: Member['role'] }>(
          `SELECT id, team_id, name, role FROM members WHERE token_hash = $1 AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > $2)`,
          [tokenHash, now()],
        );
        const row = rows[0];
        return row ? { id: row.id, teamId: row.team_id, name: row.name, role: row.role } : null;
      }),
    async listMembers(teamId) {
      return (await pool.query<MemberRow>('SELECT * FROM members WHERE team_id = $1 ORDER BY created_at, id', [teamId])).rows.map(toMemberInfo);
    },
    async isMember(teamId, memberId) {
      return (await pool.query('SELECT 1 FROM members WHERE team_id = $1 AND id = $2', [teamId, memberId])).rowCount === 1;
    },
    async revokeMember(teamId, memberId) {
      members.clear();
      // The notice goes out on commit and tells every instance to drop its token cache.
      const notice = JSON.stringify({ i: instanceId, t: teamId, a: 0, b: 0, r: 1 } satisfies ChangeNotice);
      const { rows } = await pool.query<{ n: string }>(
        `WITH upd AS (UPDATE members SET revoked_at = COALESCE(revoked_at, $1) WHERE team_id = $2 AND id = $3 RETURNING id)
         SELECT (SELECT count(*) FROM upd) AS n, pg_notify($4, $5)`,
        [now(), teamId, memberId, CHANNEL, notice],
      );
      members.clear();
      return Number(rows[0]?.n) === 1;
    },
    async createInvite(teamId, role, codeHash, expiresAt, createdBy) {
      await pool.query('INSERT INTO invites (code_hash, team_id, role, expires_at, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
        codeHash,
        teamId,
        role,
        expiresAt,
        now(),
        createdBy,
      ]);
    },
    async acceptInvite(codeHash, name, tokenHash) {
      return tx(async (c) => {
        const { rows } = await c.query<{ team_id: string; role: Member['role'] }>(
          `UPDATE invites SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 AND ${LIVE_CREATOR}
           RETURNING team_id, role`,
          [now(), codeHash],
        );
        const inv = rows[0];
        if (!inv) return null;
        return { id: await insertMember(c, inv.team_id, name, inv.role, tokenHash, null), teamId: inv.team_id, name, role: inv.role };
      });
    },
    addNotes: (teamId, author, notes) => group.submit(teamId, { author, notes }),
    async listNotes(teamId, claimKey, afterSeq = 0) {
      const { rows } = await pool.query<NoteRow>('SELECT * FROM notes WHERE team_id = $1 AND claim_key = $2 AND seq > $3 ORDER BY seq', [
        teamId,
        claimKey,
        afterSeq,
      ]);
      return rows.map(toNote);
    },
    async getThread(teamId, claimKey) {
      const { rows } = await pool.query<ThreadRow>('SELECT * FROM threads WHERE team_id = $1 AND claim_key = $2', [teamId, claimKey]);
      return rows[0] ? toThread(rows[0]) : null;
    },
    async updateThread(teamId, claimKey, baseVersion, fields, author) {
      const result = await tx(async (c) => {
        const seq = (await lockTeam(c, teamId)) + 1;
        const { rows } = await c.query<ThreadRow>('SELECT * FROM threads WHERE team_id = $1 AND claim_key = $2', [teamId, claimKey]);
        const current = rows[0] ? toThread(rows[0]) : emptyThread(claimKey);
        if (current.version !== baseVersion) return { ok: false as const, current };
        const thread: ThreadState = { ...current, ...fields, version: current.version + 1, seq, updatedAt: now(), updatedBy: author.id };
        const cols = threadColumns.map((col, k) => `${col} = $${k + 3}`).join(', ');
        await c.query(
          `INSERT INTO threads (team_id, claim_key, ${threadColumns.join(', ')}) VALUES ($1, $2, ${threadColumns.map((_, k) => `$${k + 3}`).join(', ')})
          ON CONFLICT (team_id, claim_key) DO UPDATE SET ${cols}`,
          [teamId, claimKey, ...threadValues(thread)],
        );
        await c.query('UPDATE teams SET last_seq = $1 WHERE id = $2', [seq, teamId]);
        await notify(c, teamId, seq, seq);
        return { ok: true as const, thread };
      });
      if (result.ok) bus.publish(teamId, [{ kind: 'thread', seq: result.thread.seq, thread: result.thread }]);
      return result;
    },
    async listThreads(teamId, filter) {
      const { sql, args } = threadListQuery(teamId, filter, (n) => `$${n}`);
      return (await pool.query<ThreadRow>(sql, args)).rows.map(toThread);
    },
    changesAfter,
    subscribe: (teamId, listener) => bus.subscribe(teamId, listener),
    async close() {
      await stopListening();
      await pool.end();
    },
  });
}
