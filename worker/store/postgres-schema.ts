import type pg from 'pg';

/** Forward-only migrations; an advisory lock lets several instances start at once. */
const migrations = [
  `CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0);
   CREATE TABLE members (id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), name TEXT NOT NULL,
     role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked_at TEXT, created_at TEXT NOT NULL, expires_at TEXT);
   CREATE INDEX members_by_team ON members (team_id);
   CREATE TABLE notes (team_id TEXT NOT NULL REFERENCES teams(id), seq BIGINT NOT NULL, id TEXT NOT NULL,
     claim_key TEXT NOT NULL, author_id TEXT NOT NULL, author_role TEXT NOT NULL, iv TEXT NOT NULL, ct TEXT NOT NULL,
     created_at TEXT NOT NULL, PRIMARY KEY (team_id, seq), UNIQUE (team_id, id));
   CREATE INDEX notes_by_claim ON notes (team_id, claim_key, seq);
   CREATE TABLE threads (team_id TEXT NOT NULL REFERENCES teams(id), claim_key TEXT NOT NULL, version INTEGER NOT NULL,
     seq BIGINT NOT NULL, status TEXT NOT NULL, payer TEXT, carc TEXT NOT NULL, rarc TEXT NOT NULL, assignee_id TEXT,
     due_date TEXT, root_cause TEXT, sealed_iv TEXT, sealed_ct TEXT, updated_at TEXT, updated_by TEXT,
     PRIMARY KEY (team_id, claim_key));
   CREATE INDEX threads_by_seq ON threads (team_id, seq);
   CREATE TABLE invites (code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), role TEXT NOT NULL,
     expires_at TEXT NOT NULL, used_at TEXT, created_at TEXT NOT NULL);`,
  // v2: denial records and coding decisions (plain metadata for denial memory and insights).
  `ALTER TABLE teams ADD COLUMN insights_rev BIGINT NOT NULL DEFAULT 0;
   CREATE TABLE denials (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, claim_key TEXT, payer TEXT NOT NULL,
     payer_norm TEXT NOT NULL, codes TEXT NOT NULL, modifiers TEXT NOT NULL, carc TEXT NOT NULL, rarc TEXT NOT NULL,
     origin TEXT NOT NULL, denied_on TEXT NOT NULL, outcome TEXT, amount DOUBLE PRECISION NOT NULL, owner TEXT, assignee TEXT,
     due_date TEXT, resolved_on TEXT, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, rev BIGINT NOT NULL,
     PRIMARY KEY (team_id, id));
   CREATE INDEX denials_by_rev ON denials (team_id, rev);
   CREATE INDEX denials_by_payer ON denials (team_id, payer_norm, denied_on);
   CREATE TABLE decisions (team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL, coder_id TEXT NOT NULL,
     coder TEXT NOT NULL, system TEXT NOT NULL, code TEXT NOT NULL, decision TEXT NOT NULL, at TEXT NOT NULL,
     day TEXT NOT NULL, rev BIGINT NOT NULL, PRIMARY KEY (team_id, id));
   CREATE INDEX decisions_by_rev ON decisions (team_id, rev);`,
  // v3: the note push's own costs.
  // Ids and claim keys are opaque ASCII, so they compare bytewise ("C") instead of through the
  // locale in every index descent. The foreign key to teams checked each note with one more
  // lookup, while the push statement already locks the team row it numbers from (no team row,
  // no seq, no insert) and teams are never deleted.
  `ALTER TABLE notes DROP CONSTRAINT IF EXISTS notes_team_id_fkey;
   ALTER TABLE notes ALTER COLUMN team_id TYPE text COLLATE "C", ALTER COLUMN id TYPE text COLLATE "C",
     ALTER COLUMN claim_key TYPE text COLLATE "C";`,
  // v4: invites die with their creator; the note push refuses a reused id with another body (postgres-push.ts).
  `ALTER TABLE invites ADD COLUMN created_by TEXT;
   CREATE OR REPLACE FUNCTION chartside_note_clash(note_id text) RETURNS text LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'note % is already stored with another body', note_id USING ERRCODE = 'CS409';
   END $$;`,
];

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    let version = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO schema_version VALUES (0)');
    for (; version < migrations.length; version++) {
      await client.query('BEGIN');
      await client.query(migrations[version]!);
      await client.query('UPDATE schema_version SET version = $1', [version + 1]);
      await client.query('COMMIT');
    }
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    client.release();
  }
}
