import type { Change, ThreadState } from '../../shared/contracts/handoff.ts';
import { newId } from '../ids.ts';
import { d1Denials } from './d1-denials.ts';
import { migrateD1 } from './d1-schema.ts';
import type { D1Database } from './d1-types.ts';
import type { MemberRow, NoteRow, ThreadRow } from './rows.ts';
import { emptyThread, LIVE_CREATOR, mergeChanges, sameNote, threadColumns, threadValues, toMemberInfo, toNote, toThread, threadListQuery } from './rows.ts';
import { type AddResult, type Member, NoteConflict, type Store } from './store.ts';

const now = () => new Date().toISOString();

/**
 * Cloudflare D1 store. D1 has no interactive transactions, so every multi-step write is one
 * `batch` (atomic, in order) whose statements carry their own conditions: a note takes
 * `last_seq + 1` only if its id is new, and the counter moves only if that insert happened.
 * Live changes are found by polling (`pollMs`), for this isolate's writes as for any other's.
 */
export async function openD1Store(db: D1Database, pollMs = 1000): Promise<Store> {
  await migrateD1(db);
  const q = (sql: string, ...args: unknown[]) => db.prepare(sql).bind(...args);
  const changesAfter = async (teamId: string, cursor: number, limit: number): Promise<Change[]> => {
    const [notes, threads] = await db.batch([
      q('SELECT * FROM notes WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?', teamId, cursor, limit),
      q('SELECT * FROM threads WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?', teamId, cursor, limit),
    ]);
    return mergeChanges((notes!.results as unknown as NoteRow[]).map(toNote), (threads!.results as unknown as ThreadRow[]).map(toThread), limit);
  };
  const getThread = async (teamId: string, claimKey: string) => {
    const row = await q('SELECT * FROM threads WHERE team_id = ? AND claim_key = ?', teamId, claimKey).first<ThreadRow>();
    return row ? toThread(row) : null;
  };
  const pollers = new Set<ReturnType<typeof setInterval>>();

  return {
    kind: 'd1',
    ...d1Denials(db),
    async createTeam(name) {
      const teamId = newId();
      await q('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)', teamId, name, now()).run();
      return { teamId };
    },
    async createMember(teamId, name, role, tokenHash, expiresAt = null) {
      const id = newId();
      await q(
        'INSERT INTO members (id, team_id, name, role, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        id,
        teamId,
        name,
        role,
        tokenHash,
        now(),
        expiresAt,
      ).run();
      return { id, teamId, name, role };
    },
    async memberByTokenHash(tokenHash) {
      const row = await q(
        `SELECT id, team_id, name, role FROM members WHERE token_hash = ? AND revoked_at IS NULL
        AND (expires_at IS NULL OR expires_at > ?)`,
        tokenHash,
        now(),
      ).first<{ id: string; team_id: string; name: string; role: Member['role'] }>();
      return row ? { id: row.id, teamId: row.team_id, name: row.name, role: row.role } : null;
    },
    async listMembers(teamId) {
      return (await q('SELECT * FROM members WHERE team_id = ? ORDER BY created_at, id', teamId).all<MemberRow>()).results.map(toMemberInfo);
    },
    async isMember(teamId, memberId) {
      return !!(await q('SELECT 1 AS x FROM members WHERE team_id = ? AND id = ?', teamId, memberId).first());
    },
    async revokeMember(teamId, memberId) {
      const r = await q('UPDATE members SET revoked_at = COALESCE(revoked_at, ?) WHERE team_id = ? AND id = ?', now(), teamId, memberId).run();
      return r.meta.changes === 1;
    },
    async createInvite(teamId, role, codeHash, expiresAt, createdBy) {
      await q(
        'INSERT INTO invites (code_hash, team_id, role, expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
        codeHash,
        teamId,
        role,
        expiresAt,
        now(),
        createdBy,
      ).run();
    },
    async acceptInvite(codeHash, name, tokenHash) {
      const id = newId();
      const at = now();
      // Claim the invite and create the member in one batch; the member row only appears if the claim did.
      const [claim] = await db.batch([
        q(`UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? AND ${LIVE_CREATOR}`, at, codeHash, at),
        q(
          `INSERT INTO members (id, team_id, name, role, token_hash, created_at)
           SELECT ?, team_id, ?, role, ?, ? FROM invites WHERE code_hash = ? AND used_at = ?`,
          id,
          name,
          tokenHash,
          at,
          codeHash,
          at,
        ),
      ]);
      if (claim!.meta.changes !== 1) return null;
      const inv = await q('SELECT team_id, role FROM invites WHERE code_hash = ?', codeHash).first<{ team_id: string; role: Member['role'] }>();
      return { id, teamId: inv!.team_id, name, role: inv!.role };
    },
    async addNotes(teamId, author, notes) {
      const ids = notes.map((n) => n.id);
      const inList = ids.map(() => '?').join(', ');
      // A push that reuses a stored id with another body is refused before anything is written.
      // (D1 cannot abort a batch on a condition; a clash committed between this read and the batch,
      // by another isolate at the same instant, would still be answered 409 below.)
      const before = await q(`SELECT * FROM notes WHERE team_id = ? AND id IN (${inList})`, teamId, ...ids).all<NoteRow>();
      const prior = new Map(before.results.map((r) => [r.id, toNote(r)]));
      const clash = notes.findIndex((n) => prior.has(n.id) && !sameNote(prior.get(n.id)!, n.claimKey, n.body));
      if (clash !== -1) throw new NoteConflict(clash);
      const createdAt = now();
      const stmts = notes.flatMap((n) => [
        q(
          `INSERT INTO notes (team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at)
           SELECT id, last_seq + 1, ?, ?, ?, ?, ?, ?, ? FROM teams WHERE id = ?
           AND NOT EXISTS (SELECT 1 FROM notes WHERE team_id = ? AND id = ?)`,
          n.id,
          n.claimKey,
          author.id,
          author.role,
          n.body.iv,
          n.body.ct,
          createdAt,
          teamId,
          teamId,
          n.id,
        ),
        q(
          `UPDATE teams SET last_seq = last_seq + 1 WHERE id = ?
           AND EXISTS (SELECT 1 FROM notes WHERE team_id = ? AND id = ? AND seq = teams.last_seq + 1)`,
          teamId,
          teamId,
          n.id,
        ),
      ]);
      const res = await db.batch([...stmts, q(`SELECT * FROM notes WHERE team_id = ? AND id IN (${inList})`, teamId, ...ids)]);
      const stored = new Map((res.at(-1)!.results as unknown as NoteRow[]).map((r) => [r.id, toNote(r)]));
      const seen = new Set<string>();
      const results = notes.map((n, i): AddResult => {
        const note = stored.get(n.id)!;
        const created = res[i * 2]!.meta.changes === 1 && !seen.has(n.id);
        seen.add(n.id);
        if (!created && !sameNote(note, n.claimKey, n.body)) throw new NoteConflict(i);
        return { note, created };
      });
      return results;
    },
    async listNotes(teamId, claimKey, afterSeq = 0) {
      const r = await q('SELECT * FROM notes WHERE team_id = ? AND claim_key = ? AND seq > ? ORDER BY seq', teamId, claimKey, afterSeq).all<NoteRow>();
      return r.results.map(toNote);
    },
    getThread,
    async updateThread(teamId, claimKey, baseVersion, fields, author) {
      const current = (await getThread(teamId, claimKey)) ?? emptyThread(claimKey);
      if (current.version !== baseVersion) return { ok: false, current };
      const thread: ThreadState = { ...current, ...fields, version: baseVersion + 1, seq: 0, updatedAt: now(), updatedBy: author.id };
      // Both statements re-check the version inside the batch, so a write that raced in wins alone.
      const guard = 'COALESCE((SELECT version FROM threads WHERE team_id = ? AND claim_key = ?), 0) = ?';
      const [bump] = await db.batch([
        q(`UPDATE teams SET last_seq = last_seq + 1 WHERE id = ? AND ${guard}`, teamId, teamId, claimKey, baseVersion),
        q(
          `INSERT INTO threads (team_id, claim_key, ${threadColumns.join(', ')})
           SELECT ?, ?, ${threadColumns.map((c) => (c === 'seq' ? '(SELECT last_seq FROM teams WHERE id = ?)' : '?')).join(', ')}
           WHERE ${guard}
           ON CONFLICT (team_id, claim_key) DO UPDATE SET ${threadColumns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
          teamId,
          claimKey,
          ...threadValues(thread).map((v, i) => (threadColumns[i] === 'seq' ? teamId : v)),
          teamId,
          claimKey,
          baseVersion,
        ),
      ]);
      const after = (await getThread(teamId, claimKey))!;
      if (bump!.meta.changes !== 1) return { ok: false, current: after ?? current };
      return { ok: true, thread: after };
    },
    async listThreads(teamId, filter) {
      const { sql, args } = threadListQuery(teamId, filter, () => '?');
      return (await q(sql, ...args).all<ThreadRow>()).results.map(toThread);
    },
    changesAfter,
    subscribe(teamId, listener) {
      // Each stream polls for itself, from its own request: workerd forbids writing to one
      // request's stream from another request's code, so writers never call listeners directly.
      let cursor: number | null = null;
      let busy = false;
      const poll = async () => {
        if (busy) return;
        busy = true;
        try {
          if (cursor === null) {
            cursor = Number((await q('SELECT last_seq FROM teams WHERE id = ?', teamId).first<{ last_seq: number }>())?.last_seq ?? 0);
            return;
          }
          const changes = await changesAfter(teamId, cursor, 500);
          for (const ch of changes) listener(ch);
          if (changes.length) cursor = changes.at(-1)!.seq;
        } catch (err) {
          console.error(`worker: live poll failed: ${(err as Error).message}`);
        } finally {
          busy = false;
        }
      };
      const timer = setInterval(() => void poll(), pollMs);
      pollers.add(timer);
      void poll();
      return () => {
        clearInterval(timer);
        pollers.delete(timer);
      };
    },
    async close() {
      for (const timer of pollers) clearInterval(timer);
      pollers.clear();
    },
  };
}
