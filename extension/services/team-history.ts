import { DecisionInput, type DenialRecord } from '../../shared/contracts/denial-record.ts';
import { denialMemory, type DenialPattern } from '../../shared/denials/memory.ts';
import { db } from './db.ts';
import { call } from './worker-api.ts';
import { loadTeam } from './team.ts';

const windowDays = 90;
const refreshMs = 5 * 60_000;
let recent: { at: number; teamId: string; records: DenialRecord[] } | undefined;

/**
 * The team's own denial history for this payer and these codes. The team's recent denial records
 * (plain metadata) are fetched now and then and matched here in the browser, so the payer and codes
 * of the chart on screen never leave it. Empty when not in a team or offline: a hint, never a blocker.
 */
export async function memoryFor(payer: string, codes: string[], modifiers: string[]): Promise<DenialPattern[]> {
  const team = await loadTeam();
  if (!team || codes.length === 0) return [];
  if (!recent || recent.teamId !== team.teamId || Date.now() - recent.at > refreshMs) {
    try {
      const res = await call(team, (c) => c.denials.recent.$get({ query: { days: String(windowDays) } }));
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      recent = { at: Date.now(), teamId: team.teamId, records: (await res.json()).records };
    } catch {
      return recent?.records ? denialMemory(recent.records, query(payer, codes, modifiers)) : [];
    }
  }
  return denialMemory(recent.records, query(payer, codes, modifiers));
}

const query = (payer: string, codes: string[], modifiers: string[]) => ({ payer, codes, modifiers, asOf: new Date().toISOString().slice(0, 10), windowDays });

/** New records of this browser's own: the next memory lookup must see them. */
export function forgetRecentDenials(): void {
  recent = undefined;
}

/** Sends the coder's accept/reject/edit choices (code numbers only) for the team's accuracy figures. */
export async function syncDecisions(): Promise<void> {
  const team = await loadTeam();
  if (!team) return;
  const pending = await db.decisions.where('synced').equals(0).limit(200).toArray();
  if (pending.length === 0) return;
  // Rows are recorded through the message protocol's enum of systems; parse so a stray row cannot block the rest.
  const decisions = pending
    .map((d) =>
      DecisionInput.safeParse({
        id: d.id,
        system: d.system,
        code: d.editedTo ?? d.code,
        decision: d.decision,
        at: new Date(d.at).toISOString(),
      }),
    )
    .flatMap((r) => (r.success ? [r.data] : []));
  if (decisions.length === 0) return;
  const res = await call(team, (c) => c.decisions.$post({ json: { decisions } }));
  if (res.status === 200) await db.decisions.bulkUpdate(pending.map((d) => ({ key: d.key, changes: { synced: 1 } })));
}
