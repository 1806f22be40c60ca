import type { DenialPattern } from '../../shared/denials/memory.ts';
import { db } from './db.ts';
import { api } from './handoff.ts';
import { loadTeam } from './team.ts';

/**
 * The team's own denial history for this payer and these codes, from the worker's plain denial
 * records. Empty when not in a team or the worker is unreachable: memory is a hint, never a blocker.
 */
export async function memoryFor(payer: string, codes: string[], modifiers: string[]): Promise<DenialPattern[]> {
  const team = await loadTeam();
  if (!team || codes.length === 0) return [];
  const q = new URLSearchParams({ payer, codes: codes.join(','), modifiers: modifiers.join(','), days: '90' });
  try {
    const res = await api(team, `/denials/memory?${q}`);
    return res.ok ? ((await res.json()) as { patterns: DenialPattern[] }).patterns : [];
  } catch {
    return [];
  }
}

/** Sends the coder's accept/reject/edit choices (code numbers only) for the team's accuracy figures. */
export async function syncDecisions(): Promise<void> {
  const team = await loadTeam();
  if (!team) return;
  const pending = await db.decisions.where('synced').equals(0).limit(200).toArray();
  if (pending.length === 0) return;
  const decisions = pending.map((d) => ({
    id: d.id, system: d.system, code: d.editedTo ?? d.code, decision: d.decision, at: new Date(d.at).toISOString(),
  }));
  const res = await api(team, '/decisions', { decisions });
  if (res.ok) await db.decisions.bulkUpdate(pending.map((d) => ({ key: d.key, changes: { synced: 1 } })));
}
