import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { NoteInput, Role } from '../../shared/contracts/handoff.ts';
import { newId } from '../ids.ts';
import type { Member, Store, StoredNote } from './store.ts';

const migrations = [
  `CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), name TEXT NOT NULL,
     role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked_at TEXT, created_at TEXT NOT NULL);
   CREATE TABLE notes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, team_id TEXT NOT NULL REFERENCES teams(id),
     claim_key TEXT NOT NULL, author_id TEXT NOT NULL, author_role TEXT NOT NULL, iv TEXT NOT NULL, ct TEXT NOT NULL,
     created_at TEXT NOT NULL, UNIQUE (team_id, id));
   CREATE INDEX notes_by_claim ON notes (team_id, claim_key, seq);`,
];

interface NoteRow {
  seq: number; id: string; claim_key: string; author_id: string; author_role: Role; iv: string; ct: string; created_at: string;
}

const toNote = (r: NoteRow): StoredNote => ({
  id: r.id, seq: r.seq, claimKey: r.claim_key, authorId: r.author_id, authorRole: r.author_role,
  body: { iv: r.iv, ct: r.ct }, createdAt: r.created_at,
});

/** better-sqlite3 in WAL mode with synchronous=FULL: an acknowledged write survives a kill -9. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const insertNote = db.prepare(
    `INSERT INTO notes (id, team_id, claim_key, author_id, author_role, iv, ct, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, id) DO NOTHING`,
  );
  const noteById = db.prepare('SELECT * FROM notes WHERE team_id = ? AND id = ?');
  const notesAfter = db.prepare('SELECT * FROM notes WHERE team_id = ? AND claim_key = ? AND seq > ? ORDER BY seq');

  return {
    async createTeam(name) {
      const teamId = newId();
      db.prepare('INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)').run(teamId, name, new Date().toISOString());
      return { teamId };
    },
    async createMember(teamId, name, role, tokenHash) {
      const id = newId();
      db.prepare('INSERT INTO members (id, team_id, name, role, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, teamId, name, role, tokenHash, new Date().toISOString());
      return { id, teamId, name, role };
    },
    async memberByTokenHash(tokenHash) {
      const row = db.prepare('SELECT id, team_id, name, role FROM members WHERE token_hash = ? AND revoked_at IS NULL')
        .get(tokenHash) as { id: string; team_id: string; name: string; role: Role } | undefined;
      return row ? { id: row.id, teamId: row.team_id, name: row.name, role: row.role } : null;
    },
    async addNote(teamId, claimKey, author, note: NoteInput) {
      const info = insertNote.run(note.id, teamId, claimKey, author.id, author.role, note.body.iv, note.body.ct, new Date().toISOString());
      const stored = toNote(noteById.get(teamId, note.id) as NoteRow);
      return { note: stored, created: info.changes === 1 };
    },
    async listNotes(teamId, claimKey, afterSeq = 0) {
      return (notesAfter.all(teamId, claimKey, afterSeq) as NoteRow[]).map(toNote);
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
