import type Database from 'better-sqlite3';

/** Forward-only migrations, tracked in PRAGMA user_version. */
const migrations = [
  `CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
   CREATE TABLE members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), name TEXT NOT NULL,
     role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked_at TEXT, created_at TEXT NOT NULL);
   CREATE TABLE notes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, team_id TEXT NOT NULL REFERENCES teams(id),
     claim_key TEXT NOT NULL, author_id TEXT NOT NULL, author_role TEXT NOT NULL, iv TEXT NOT NULL, ct TEXT NOT NULL,
     created_at TEXT NOT NULL, UNIQUE (team_id, id));
   CREATE INDEX notes_by_claim ON notes (team_id, claim_key, seq);`,
  // v2: per-team change numbers shared by notes and thread states, thread state, invites, token expiry.
  `ALTER TABLE teams ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE members ADD COLUMN expires_at TEXT;
   CREATE TABLE notes2 (team_id TEXT NOT NULL REFERENCES teams(id), seq INTEGER NOT NULL, id TEXT NOT NULL,
     claim_key TEXT NOT NULL, author_id TEXT NOT NULL, author_role TEXT NOT NULL, iv TEXT NOT NULL, ct TEXT NOT NULL,
     created_at TEXT NOT NULL, PRIMARY KEY (team_id, seq), UNIQUE (team_id, id)) WITHOUT ROWID;
   INSERT INTO notes2 SELECT team_id, seq, id, claim_key, author_id, author_role, iv, ct, created_at FROM notes;
   DROP TABLE notes;
   ALTER TABLE notes2 RENAME TO notes;
   CREATE INDEX notes_by_claim ON notes (team_id, claim_key, seq);
   UPDATE teams SET last_seq = COALESCE((SELECT MAX(seq) FROM notes WHERE notes.team_id = teams.id), 0);
   CREATE TABLE threads (team_id TEXT NOT NULL REFERENCES teams(id), claim_key TEXT NOT NULL, version INTEGER NOT NULL,
     seq INTEGER NOT NULL, status TEXT NOT NULL, payer TEXT, carc TEXT NOT NULL, rarc TEXT NOT NULL, assignee_id TEXT,
     due_date TEXT, root_cause TEXT, sealed_iv TEXT, sealed_ct TEXT, updated_at TEXT, updated_by TEXT,
     PRIMARY KEY (team_id, claim_key));
   CREATE INDEX threads_by_seq ON threads (team_id, seq);
   CREATE TABLE invites (code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), role TEXT NOT NULL,
     expires_at TEXT NOT NULL, used_at TEXT, created_at TEXT NOT NULL);`,
  // v3: denial records and coding decisions (plain metadata for denial memory and insights).
  `ALTER TABLE teams ADD COLUMN insights_rev INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE denials (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, claim_key TEXT, payer TEXT NOT NULL,
     payer_norm TEXT NOT NULL, codes TEXT NOT NULL, modifiers TEXT NOT NULL, carc TEXT NOT NULL, rarc TEXT NOT NULL,
     origin TEXT NOT NULL, denied_on TEXT NOT NULL, outcome TEXT, amount REAL NOT NULL, owner TEXT, assignee TEXT,
     due_date TEXT, resolved_on TEXT, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, rev INTEGER NOT NULL,
     PRIMARY KEY (team_id, id)) WITHOUT ROWID;
   CREATE INDEX denials_by_rev ON denials (team_id, rev);
   CREATE INDEX denials_by_payer ON denials (team_id, payer_norm, denied_on);
   CREATE TABLE decisions (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, coder_id TEXT NOT NULL,
     coder TEXT NOT NULL, system TEXT NOT NULL, code TEXT NOT NULL, decision TEXT NOT NULL, at TEXT NOT NULL,
     day TEXT NOT NULL, rev INTEGER NOT NULL, PRIMARY KEY (team_id, id)) WITHOUT ROWID;
   CREATE INDEX decisions_by_rev ON decisions (team_id, rev);`,
  // v4: invites die with their creator (acceptInvite checks the creator is not revoked).
  `ALTER TABLE invites ADD COLUMN created_by TEXT;`,
];

export function migrateSqlite(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < migrations.length; v++) {
    db.transaction(() => {
      db.exec(migrations[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
