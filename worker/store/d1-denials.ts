import type { D1Database } from './d1-types.ts';
import type { DenialRow, DenialStore } from './denial-store.ts';
import {
  decisionColumns,
  decisionFromJson,
  decisionJsonArray,
  decisionValues,
  denialColumns,
  denialFromJson,
  denialJsonArray,
  denialSelect,
  denialValues,
  patchAssignments,
  toDenial,
} from './denial-store.ts';

/**
 * Denials and decisions on D1. No interactive transactions: each write is one batch that first
 * takes the team's next insights revision and stamps its rows with it by subquery (a batch runs
 * atomically and alone, so revisions commit in order).
 */
export function d1Denials(db: D1Database): DenialStore {
  const now = () => new Date().toISOString();
  const q = (sql: string, ...args: unknown[]) => db.prepare(sql).bind(...args);
  const bump = (teamId: string) => q('UPDATE teams SET insights_rev = insights_rev + 1 WHERE id = ?', teamId);
  const revOf = '(SELECT insights_rev FROM teams WHERE id = ?)';
  // The last column of each row is rev: bound as the team id of the subquery that reads it.
  const insert = (table: string, columns: readonly string[], values: unknown[], teamId: string) =>
    q(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => (c === 'rev' ? revOf : '?')).join(', ')}) ON CONFLICT DO NOTHING`,
      ...values.slice(0, -1),
      teamId,
    );
  return {
    async addDenials(teamId, author, records) {
      const at = now();
      const res = await db.batch([bump(teamId), ...records.map((r) => insert('denials', denialColumns, denialValues(teamId, r, author, at, 0), teamId))]);
      return records.map((r, i) => ({ id: r.id, created: res[i + 1]!.meta.changes === 1 }));
    },
    async updateDenial(teamId, id, patch) {
      const set = [...patchAssignments(patch), ['updated_at', now()]] as [string, unknown][];
      const exists = 'EXISTS (SELECT 1 FROM denials WHERE team_id = ? AND id = ?)';
      const [, upd] = await db.batch([
        q(`UPDATE teams SET insights_rev = insights_rev + 1 WHERE id = ? AND ${exists}`, teamId, teamId, id),
        q(
          `UPDATE denials SET ${set.map(([c]) => `${c} = ?`).join(', ')}, rev = ${revOf} WHERE team_id = ? AND id = ?`,
          ...set.map(([, v]) => v),
          teamId,
          teamId,
          id,
        ),
      ]);
      if (upd!.meta.changes !== 1) return null;
      const row = await q(`SELECT ${denialSelect} FROM denials WHERE team_id = ? AND id = ?`, teamId, id).first<DenialRow>();
      return row ? toDenial(row) : null;
    },
    async denialsForPayer(teamId, norm, after, to) {
      const r = await q(
        `SELECT ${denialJsonArray} AS j FROM denials WHERE team_id = ? AND payer_norm = ? AND denied_on > ? AND denied_on <= ?`,
        teamId,
        norm,
        after,
        to,
      ).all<{ j: string }>();
      return r.results.map((row) => denialFromJson(row.j));
    },
    async addDecisions(teamId, coder, decisions) {
      const res = await db.batch([bump(teamId), ...decisions.map((d) => insert('decisions', decisionColumns, decisionValues(teamId, d, coder, 0), teamId))]);
      return decisions.map((d, i) => ({ id: d.id, created: res[i + 1]!.meta.changes === 1 }));
    },
    async insightRowsSince(teamId, since) {
      // One batch is one snapshot: the revision and the rows agree.
      const [rev, denials, decisions] = await db.batch([
        q('SELECT insights_rev AS rev FROM teams WHERE id = ?', teamId),
        q(`SELECT ${denialJsonArray} AS j FROM denials WHERE team_id = ? AND rev > ?`, teamId, since),
        q(`SELECT ${decisionJsonArray} AS j FROM decisions WHERE team_id = ? AND rev > ?`, teamId, since),
      ]);
      return {
        rev: Number((rev!.results[0] as { rev?: number } | undefined)?.rev ?? 0),
        denials: (denials!.results as { j: string }[]).map((r) => denialFromJson(r.j)),
        decisions: (decisions!.results as { j: string }[]).map((r) => decisionFromJson(r.j)),
      };
    },
  };
}
