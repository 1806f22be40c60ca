import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ThreadState } from '../../shared/contracts/handoff.ts';
import { newId } from '../ids.ts';
import { ChangeBus } from '../live/bus.ts';
import { closeAfterCalls } from './close-after-calls.ts';
import { GroupCommit } from './group-commit.ts';
import { MemberCache } from './member-cache.ts';
import type { MemberRow, NoteRow, ThreadRow } from './rows.ts';
import { emptyThread, LIVE_CREATOR, mergeChanges, threadColumns, threadValues, toMemberInfo, toNote, toThread, threadListQuery } from './rows.ts';
import { sqliteDenials } from './sqlite-denials.ts';
import { type NoteJob, notesWriter } from './sqlite-notes.ts';
import { migrateSqlite } from './sqlite-schema.ts';
import { walSyncer } from './wal-sync.ts';
import type { AddResult, Member, Store } from './store.ts';

const now = () => new Date().toISOString();

/**
 * better-sqlite3 in WAL mode. Every write is acknowledged only after the WAL is synced to disk
 * (wal-sync.ts): an acknowledged write survives a kill -9 and a power cut.
 */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateSqlite(db);
  const wal = walSyncer(path);
  const bus = new ChangeBus();
  /** Runs a write in an immediate transaction (the write lock from the start), then waits until it is on disk. */
  const durable = async <T>(write: () => T): Promise<T> => {
    const out = db.transaction(write).immediate();
    await wal.sync();
    return out;
  };

  const q = {
    bumpSeq: db.prepare('UPDATE teams SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq'),
    notesAfter: db.prepare('SELECT * FROM notes WHERE team_id = ? AND claim_key = ? AND seq > ? ORDER BY seq'),
    member: db.prepare(`SELECT id, team_id, name, role FROM members WHERE token_hash = ? AND revoked_at IS NULL
      AND (expires_at IS NULL OR expires_at > ?)`),
    thread: db.prepare('SELECT * FROM threads WHERE team_id = ? AND claim_key = ?'),
    upsertThread: db.prepare(`INSERT OR REPLACE INTO threads (team_id, claim_key, ${threadColumns.join(', ')})
      VALUES (?, ?, ${threadColumns.map(() => '?').join(', ')})`),
    notesFeed: db.prepare('SELECT * FROM notes WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    threadsFeed: db.prepare('SELECT * FROM threads WHERE team_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
  };
  const insertMember = (teamId: string, name: string, role: string, tokenHash: string, expiresAt: string | null) => {
    const id = newId();
    db.prepare('INSERT INTO members (id, team_id, name, role, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      teamId,
      name,
      role,
      tokenHash,
      now(),
      expiresAt,
    );
    return id;
  };

  // A revocation here clears the cache at once; one by another process on the file, within its TTL.
  const members = new MemberCache();
  // Concurrent pushes share one transaction and one WAL sync.
  const writeNotes = notesWriter(db);
  const group = new GroupCommit<0, NoteJob, AddResult[]>(async (_key, jobs) => {
    const results = writeNotes(jobs);
    await wal.sync();
    return results;
  });

  return closeAfterCalls({
    kind: 'sqlite',
    ...sqliteDenials(db, durable),
    async createTeam(name) {
      const teamId = newId();
      await durable(() => db.prepare('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)').run(teamId, name, now()));
      return { teamId };
    },
    async createMember(teamId, name, role, tokenHash, expiresAt = null) {
      return { id: await durable(() => insertMember(teamId, name, role, tokenHash, expiresAt)), teamId, name, role };
    },
    memberByTokenHash: (tokenHash) =>
      members.get(tokenHash, () => {
        const row = q.member.get(tokenHash, now()) as { id: string; team_id: string; name: string; role: Member['role'] } | undefined;
        return row ? { id: row.id, teamId: row.team_id, name: row.name, role: row.role } : null;
      }),
    async listMembers(teamId) {
      const rows = db.prepare('SELECT * FROM members WHERE team_id = ? ORDER BY created_at, id').all(teamId) as MemberRow[];
      return rows.map(toMemberInfo);
    },
    async isMember(teamId, memberId) {
      return !!db.prepare('SELECT 1 FROM members WHERE team_id = ? AND id = ?').get(teamId, memberId);
    },
    async revokeMember(teamId, memberId) {
      members.clear();
      const info = await durable(() =>
        db.prepare('UPDATE members SET revoked_at = COALESCE(revoked_at, ?) WHERE team_id = ? AND id = ?').run(now(), teamId, memberId),
      );
      return info.changes === 1;
    },
    async createInvite(teamId, role, codeHash, expiresAt, createdBy) {
      await durable(() =>
        db
          .prepare('INSERT INTO invites (code_hash, team_id, role, expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
          .run(codeHash, teamId, role, expiresAt, now(), createdBy),
      );
    },
    async acceptInvite(codeHash, name, tokenHash) {
      return durable(() => {
        const inv = db
          .prepare(`UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? AND ${LIVE_CREATOR}
          RETURNING team_id, role`)
          .get(now(), codeHash, now()) as { team_id: string; role: Member['role'] } | undefined;
        if (!inv) return null;
        return { id: insertMember(inv.team_id, name, inv.role, tokenHash, null), teamId: inv.team_id, name, role: inv.role };
      });
    },
    async addNotes(teamId, author, notes) {
      const results = await group.submit(0, { teamId, author, notes });
      // Most pushes have nobody listening on this instance: build no change list for them.
      if (bus.hasListeners(teamId))
        bus.publish(
          teamId,
          results.filter((r) => r.created).map((r) => ({ kind: 'note', seq: r.note.seq, note: r.note })),
        );
      return results;
    },
    async listNotes(teamId, claimKey, afterSeq = 0) {
      return (q.notesAfter.all(teamId, claimKey, afterSeq) as NoteRow[]).map(toNote);
    },
    async getThread(teamId, claimKey) {
      const row = q.thread.get(teamId, claimKey) as ThreadRow | undefined;
      return row ? toThread(row) : null;
    },
    async updateThread(teamId, claimKey, baseVersion, fields, author) {
      const result = await durable(() => {
        const row = q.thread.get(teamId, claimKey) as ThreadRow | undefined;
        const current = row ? toThread(row) : emptyThread(claimKey);
        if (current.version !== baseVersion) return { ok: false as const, current };
        const seq = (q.bumpSeq.get(1, teamId) as { last_seq: number }).last_seq;
        const thread: ThreadState = { ...current, ...fields, version: current.version + 1, seq, updatedAt: now(), updatedBy: author.id };
        q.upsertThread.run(teamId, claimKey, ...threadValues(thread));
        return { ok: true as const, thread };
      });
      if (result.ok) bus.publish(teamId, [{ kind: 'thread', seq: result.thread.seq, thread: result.thread }]);
      return result;
    },
    async listThreads(teamId, filter) {
      const { sql, args } = threadListQuery(teamId, filter, () => '?');
      return (db.prepare(sql).all(...args) as ThreadRow[]).map(toThread);
    },
    async changesAfter(teamId, cursor, limit) {
      const notes = (q.notesFeed.all(teamId, cursor, limit) as NoteRow[]).map(toNote);
      const threads = (q.threadsFeed.all(teamId, cursor, limit) as ThreadRow[]).map(toThread);
      return mergeChanges(notes, threads, limit);
    },
    subscribe: (teamId, listener) => bus.subscribe(teamId, listener),
    async close() {
      db.close();
      wal.close();
    },
  });
}
