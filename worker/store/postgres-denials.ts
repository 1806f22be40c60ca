import type pg from 'pg';
import type { DecisionRow, DenialRow, DenialStore } from './denial-store.ts';
import { decisionColumns, decisionValues, denialColumns, denialSelect, denialValues, patchAssignments, toDecision, toDenial } from './denial-store.ts';

type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Multi-row VALUES with numbered parameters: ($1, $2, …), ($n+1, …). */
const valuesList = (rows: number, width: number) =>
  Array.from({ length: rows }, (_, r) => `(${Array.from({ length: width }, (_, k) => `$${r * width + k + 1}`).join(', ')})`).join(', ');

/**
 * Denials and decisions on PostgreSQL. Taking the team's next insights revision locks the team
 * row until commit, so revisions commit in order and a cache reading `rev > n` never skips a row.
 */
export function postgresDenials(pool: pg.Pool, tx: Tx): DenialStore {
  const now = () => new Date().toISOString();
  const bump = async (c: pg.PoolClient, teamId: string) =>
    Number(
      (await c.query<{ insights_rev: string }>('UPDATE teams SET insights_rev = insights_rev + 1 WHERE id = $1 RETURNING insights_rev', [teamId])).rows[0]
        ?.insights_rev ?? NaN,
    );
  // A batch holds at most 500 rows x 20 columns: under PostgreSQL's 65,535 parameters.
  const insert = async (c: pg.PoolClient, table: string, columns: readonly string[], rows: unknown[][]) => {
    const { rows: made } = await c.query<{ id: string }>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valuesList(rows.length, columns.length)} ON CONFLICT (team_id, id) DO NOTHING RETURNING id`,
      rows.flat(),
    );
    return new Set(made.map((r) => r.id));
  };
  return {
    addDenials: (teamId, author, records) =>
      tx(async (c) => {
        const rev = await bump(c, teamId);
        const at = now();
        const created = await insert(
          c,
          'denials',
          denialColumns,
          records.map((r) => denialValues(teamId, r, author, at, rev)),
        );
        // Within one batch a repeated id is created once: the first occurrence.
        const seen = new Set<string>();
        return records.map((r) => {
          const first = created.has(r.id) && !seen.has(r.id);
          seen.add(r.id);
          return { id: r.id, created: first };
        });
      }),
    updateDenial: (teamId, id, patch) =>
      tx(async (c) => {
        const exists = await c.query('SELECT 1 FROM denials WHERE team_id = $1 AND id = $2 FOR UPDATE', [teamId, id]);
        if (exists.rowCount !== 1) return null;
        const rev = await bump(c, teamId);
        const set = [...patchAssignments(patch), ['updated_at', now()], ['rev', rev]] as [string, unknown][];
        const { rows } = await c.query<DenialRow>(
          `UPDATE denials SET ${set.map(([col], k) => `${col} = $${k + 3}`).join(', ')} WHERE team_id = $1 AND id = $2 RETURNING ${denialSelect}`,
          [teamId, id, ...set.map(([, v]) => v)],
        );
        return toDenial(rows[0]!);
      }),
    async denialsForPayer(teamId, norm, after, to) {
      const { rows } = await pool.query<DenialRow>(
        `SELECT ${denialSelect} FROM denials WHERE team_id = $1 AND payer_norm = $2 AND denied_on > $3 AND denied_on <= $4`,
        [teamId, norm, after, to],
      );
      return rows.map(toDenial);
    },
    addDecisions: (teamId, coder, decisions) =>
      tx(async (c) => {
        const rev = await bump(c, teamId);
        const created = await insert(
          c,
          'decisions',
          decisionColumns,
          decisions.map((d) => decisionValues(teamId, d, coder, rev)),
        );
        const seen = new Set<string>();
        return decisions.map((d) => {
          const first = created.has(d.id) && !seen.has(d.id);
          seen.add(d.id);
          return { id: d.id, created: first };
        });
      }),
    insightRowsSince: (teamId, since) =>
      tx(async (c) => {
        // REPEATABLE READ: the revision and the rows come from one snapshot.
        await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const rev = Number((await c.query<{ insights_rev: string }>('SELECT insights_rev FROM teams WHERE id = $1', [teamId])).rows[0]?.insights_rev ?? 0);
        if (rev <= since) return { rev, denials: [], decisions: [] };
        const denials = await c.query<DenialRow>(`SELECT ${denialSelect} FROM denials WHERE team_id = $1 AND rev > $2`, [teamId, since]);
        const decisions = await c.query<DecisionRow>('SELECT id, coder_id, coder, decision, at, rev FROM decisions WHERE team_id = $1 AND rev > $2', [
          teamId,
          since,
        ]);
        return { rev, denials: denials.rows.map(toDenial), decisions: decisions.rows.map(toDecision) };
      }),
  };
}
