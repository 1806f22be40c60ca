import type Database from 'better-sqlite3';
import type { StoredDenial } from '../../shared/contracts/denial-record.ts';
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

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Denials and decisions on better-sqlite3; `durable` runs a write in an immediate transaction and
 * acknowledges it only after the WAL is synced.
 */
export function sqliteDenials(db: Database.Database, durable: <T>(write: () => T) => Promise<T>): DenialStore {
  const now = () => new Date().toISOString();
  const q = {
    bump: db.prepare('UPDATE teams SET insights_rev = insights_rev + 1 WHERE id = ? RETURNING insights_rev').pluck(),
    insertDenial: db.prepare(`INSERT INTO denials (${denialColumns.join(', ')}) VALUES (${marks(denialColumns.length)}) ON CONFLICT DO NOTHING`),
    insertDecision: db.prepare(`INSERT INTO decisions (${decisionColumns.join(', ')}) VALUES (${marks(decisionColumns.length)}) ON CONFLICT DO NOTHING`),
    denialExists: db.prepare('SELECT 1 FROM denials WHERE team_id = ? AND id = ?').pluck(),
    denial: db.prepare(`SELECT ${denialSelect} FROM denials WHERE team_id = ? AND id = ?`),
    forPayer: db.prepare(`SELECT ${denialJsonArray} FROM denials WHERE team_id = ? AND payer_norm = ? AND denied_on > ? AND denied_on <= ?`).pluck(),
    // From scratch the primary key range is read in order; catching up goes through the rev index.
    allDenials: db.prepare(`SELECT ${denialJsonArray} FROM denials WHERE team_id = ?`).pluck(),
    denialsSince: db.prepare(`SELECT ${denialJsonArray} FROM denials WHERE team_id = ? AND rev > ?`).pluck(),
    allDecisions: db.prepare(`SELECT ${decisionJsonArray} FROM decisions WHERE team_id = ?`).pluck(),
    decisionsSince: db.prepare(`SELECT ${decisionJsonArray} FROM decisions WHERE team_id = ? AND rev > ?`).pluck(),
    rev: db.prepare('SELECT insights_rev FROM teams WHERE id = ?').pluck(),
  };
  return {
    addDenials: (teamId, author, records) =>
      durable(() => {
        const rev = q.bump.get(teamId) as number;
        const at = now();
        return records.map((r) => ({ id: r.id, created: q.insertDenial.run(...denialValues(teamId, r, author, at, rev)).changes === 1 }));
      }),
    updateDenial: (teamId, id, patch) =>
      durable((): StoredDenial | null => {
        if (!q.denialExists.get(teamId, id)) return null;
        const rev = q.bump.get(teamId) as number;
        const set = [...patchAssignments(patch), ['updated_at', now()], ['rev', rev]] as [string, unknown][];
        db.prepare(`UPDATE denials SET ${set.map(([c]) => `${c} = ?`).join(', ')} WHERE team_id = ? AND id = ?`).run(...set.map(([, v]) => v), teamId, id);
        return toDenial(q.denial.get(teamId, id) as DenialRow);
      }),
    async denialsForPayer(teamId, norm, after, to) {
      return (q.forPayer.all(teamId, norm, after, to) as string[]).map(denialFromJson);
    },
    addDecisions: (teamId, coder, decisions) =>
      durable(() => {
        const rev = q.bump.get(teamId) as number;
        return decisions.map((d) => ({ id: d.id, created: q.insertDecision.run(...decisionValues(teamId, d, coder, rev)).changes === 1 }));
      }),
    async insightRowsSince(teamId, since) {
      // One read transaction: the revision and the rows agree.
      return db.transaction(() => {
        const rev = (q.rev.get(teamId) as number | undefined) ?? 0;
        if (rev <= since) return { rev, denials: [], decisions: [] };
        const denials = (since === 0 ? q.allDenials.all(teamId) : q.denialsSince.all(teamId, since)) as string[];
        const decisions = (since === 0 ? q.allDecisions.all(teamId) : q.decisionsSince.all(teamId, since)) as string[];
        return { rev, denials: denials.map(denialFromJson), decisions: decisions.map(decisionFromJson) };
      })();
    },
  };
}
