import type { DecisionState } from '../../shared/contracts/decision.ts';
import type { DecisionStats } from '../messaging/protocol.ts';
import { db, type CodeDecision } from './db.ts';
import { newClientId } from '../../shared/sync/ids.ts';

export async function decisionsFor(docKey: string): Promise<Record<string, DecisionState>> {
  const rows = await db.decisions.where('docKey').equals(docKey).toArray();
  return Object.fromEntries(rows.map((r) => [`${r.system}:${r.code}`, { decision: r.decision, ...(r.editedTo && { editedTo: r.editedTo }) }]));
}

export async function recordDecision(d: Omit<CodeDecision, 'key' | 'at' | 'id' | 'synced'>): Promise<Record<string, DecisionState>> {
  // A changed mind is sent as a further choice (new id); the worker keeps every one it gets.
  await db.decisions.put({ ...d, key: `${d.docKey}|${d.system}:${d.code}`, at: Date.now(), id: newClientId(), synced: 0 });
  return decisionsFor(d.docKey);
}

/** Acceptance counts for the coder's own record (shown in options; insights use the same data). */
export async function decisionStats(): Promise<DecisionStats> {
  const stats: DecisionStats = { total: 0, accepted: 0, rejected: 0, edited: 0, bySystem: {} };
  await db.decisions.each((d) => {
    stats.total++;
    stats[d.decision]++;
    const s = (stats.bySystem[d.system] ??= { accepted: 0, rejected: 0, edited: 0 });
    s[d.decision]++;
  });
  return stats;
}
