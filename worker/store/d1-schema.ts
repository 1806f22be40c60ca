import type { D1Database } from './d1-types.ts';

/** The SQLite schema as one migration (D1 starts fresh), tracked in schema_version. */
const migrations = [
  [
    `CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0)`,
    `CREATE TABLE members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), name TEXT NOT NULL,
      role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked_at TEXT, created_at TEXT NOT NULL, expires_at TEXT)`,
    `CREATE TABLE notes (team_id TEXT NOT NULL REFERENCES teams(id), seq INTEGER NOT NULL, id TEXT NOT NULL,
      claim_key TEXT NOT NULL, author_id TEXT NOT NULL, author_role TEXT NOT NULL, iv TEXT NOT NULL, ct TEXT NOT NULL,
      created_at TEXT NOT NULL, PRIMARY KEY (team_id, seq), UNIQUE (team_id, id))`,
    `CREATE INDEX notes_by_claim ON notes (team_id, claim_key, seq)`,
    `CREATE TABLE threads (team_id TEXT NOT NULL REFERENCES teams(id), claim_key TEXT NOT NULL, version INTEGER NOT NULL,
      seq INTEGER NOT NULL, status TEXT NOT NULL, payer TEXT, carc TEXT NOT NULL, rarc TEXT NOT NULL, assignee_id TEXT,
      due_date TEXT, root_cause TEXT, sealed_iv TEXT, sealed_ct TEXT, updated_at TEXT, updated_by TEXT,
      PRIMARY KEY (team_id, claim_key))`,
    `CREATE INDEX threads_by_seq ON threads (team_id, seq)`,
    `CREATE TABLE invites (code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), role TEXT NOT NULL,
      expires_at TEXT NOT NULL, used_at TEXT, created_at TEXT NOT NULL)`,
  ],
  // v2: denial records and coding decisions (plain metadata for denial memory and insights).
  [
    `ALTER TABLE teams ADD COLUMN insights_rev INTEGER NOT NULL DEFAULT 0`,
    `CREATE TABLE denials (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, claim_key TEXT, payer TEXT NOT NULL,
      payer_norm TEXT NOT NULL, codes TEXT NOT NULL, modifiers TEXT NOT NULL, carc TEXT NOT NULL, rarc TEXT NOT NULL,
      origin TEXT NOT NULL, denied_on TEXT NOT NULL, outcome TEXT, amount REAL NOT NULL, owner TEXT, assignee TEXT,
      due_date TEXT, resolved_on TEXT, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, rev INTEGER NOT NULL,
      PRIMARY KEY (team_id, id))`,
    `CREATE INDEX denials_by_rev ON denials (team_id, rev)`,
    `CREATE INDEX denials_by_payer ON denials (team_id, payer_norm, denied_on)`,
    `CREATE TABLE decisions (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, coder_id TEXT NOT NULL,
      coder TEXT NOT NULL, system TEXT NOT NULL, code TEXT NOT NULL, decision TEXT NOT NULL, at TEXT NOT NULL,
      day TEXT NOT NULL, rev INTEGER NOT NULL, PRIMARY KEY (team_id, id))`,
    `CREATE INDEX decisions_by_rev ON decisions (team_id, rev)`,
  ],
  // v3: invites die with their creator (acceptInvite checks the creator is not revoked).
  [`ALTER TABLE invites ADD COLUMN created_by TEXT`],
];

export async function migrateD1(db: D1Database): Promise<void> {
  await db.prepare('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)').run();
  const row = await db.prepare('SELECT version FROM schema_version').first<{ version: number }>();
  if (!row) await db.prepare('INSERT INTO schema_version VALUES (0)').run();
  for (let v = row?.version ?? 0; v < migrations.length; v++) {
    try {
      await db.batch([db.prepare('UPDATE schema_version SET version = ? WHERE version = ?').bind(v + 1, v), ...migrations[v]!.map((sql) => db.prepare(sql))]);
    } catch (err) {
      // Two isolates starting at once: the loser's batch fails on the existing tables and rolls back.
      const now = await db.prepare('SELECT version FROM schema_version').first<{ version: number }>();
      if ((now?.version ?? 0) <= v) throw err;
    }
  }
}
