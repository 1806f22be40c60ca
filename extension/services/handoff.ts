import type { ThreadPatch, ThreadState } from '../../shared/contracts/handoff.ts';
import { MAX_DENIALS_PER_PUSH } from '../../shared/contracts/denial-record.ts';
import { claimKey, deriveTeamKeys, openText, sealText, type ClaimIdentity, type TeamKeys } from '../../shared/sync/crypto.ts';
import type { TeamSettings } from '../../shared/sync/invite.ts';
import type { HandoffNoteView, HandoffView } from '../messaging/protocol.ts';
import { denialRecordsOf, type RemitReport } from '../../shared/denials/triage/triage-remit.ts';
import { db } from './db.ts';
import { denialThreadChange } from './denials.ts';
import { forgetRecentDenials } from './team-history.ts';
import { outboxFor } from './outbox.ts';
import { call, unexpected } from './worker-api.ts';
import { newClientId } from '../../shared/sync/ids.ts';
import { loadTeam } from './team.ts';
import { sawSeq } from './live-cursor.ts';

const keyCache = new Map<string, Promise<TeamKeys>>();
const keysFor = (team: TeamSettings) => {
  let keys = keyCache.get(team.teamSecret);
  if (!keys) keyCache.set(team.teamSecret, (keys = deriveTeamKeys(team.teamSecret)));
  return keys;
};

/** The claim key of an identity under the joined team's key, or null outside a team. */
export async function claimKeyFor(identity: ClaimIdentity): Promise<string | null> {
  const team = await loadTeam();
  return team ? claimKey(await keysFor(team), identity) : null;
}

/** Notes for the claim: the worker's, decrypted here, plus any still waiting in the outbox. */
export async function listHandoff(identity: ClaimIdentity): Promise<HandoffView> {
  const team = await loadTeam();
  if (!team) return { joined: false, notes: [] };
  const keys = await keysFor(team);
  const key = await claimKey(keys, identity);
  const outbox = outboxFor(team);
  await outbox.flush();
  const offline = outbox.failure;
  const pending: HandoffNoteView[] = (await db.outbox.where('claimKey').equals(key).sortBy('createdAt')).map((n) => ({
    id: n.id,
    text: n.text,
    authorRole: team.role,
    createdAt: n.createdAt,
    pending: true,
  }));
  try {
    const [res, thread] = await Promise.all([
      call(team, (c) => c.threads[':claimKey'].notes.$get({ param: { claimKey: key }, query: {} })),
      threadState(team, key),
    ]);
    if (res.status !== 200) throw await unexpected(res);
    const { notes } = await res.json();
    for (const n of notes) sawSeq(n.seq);
    sawSeq(thread.seq);
    const opened = await Promise.all(
      notes.map(async (n) => ({
        id: n.id,
        authorRole: n.authorRole,
        createdAt: n.createdAt,
        pending: false,
        text: await openText(keys, n.body).catch(() => '(this note cannot be decrypted with your team key)'),
      })),
    );
    return { joined: true, notes: [...opened, ...pending], thread, ...(offline !== null && { offline }) };
  } catch (err) {
    return { joined: true, notes: pending, offline: (err as Error).message };
  }
}

/** Writes go to the outbox first, so a note is never lost when the worker is down. */
export async function addHandoff(identity: ClaimIdentity, text: string): Promise<HandoffView> {
  const team = await loadTeam();
  if (!team) return { joined: false, notes: [] };
  const keys = await keysFor(team);
  await outboxFor(team).enqueue({
    id: newClientId(),
    claimKey: await claimKey(keys, identity),
    body: await sealText(keys, text),
    text,
    createdAt: new Date().toISOString(),
  });
  return listHandoff(identity);
}

/**
 * Changes status, root cause, CARC/RARC or due date. The worker applies it only on the version
 * the user saw; if someone changed the thread meanwhile, the current state comes back to review.
 */
export async function updateHandoff(identity: ClaimIdentity, patch: ThreadPatch): Promise<HandoffView> {
  const team = await loadTeam();
  if (!team) return { joined: false, notes: [] };
  const key = await claimKey(await keysFor(team), identity);
  const res = await call(team, (c) => c.threads[':claimKey'].$patch({ param: { claimKey: key }, json: patch }));
  const view = await listHandoff(identity);
  return res.status === 409 ? { ...view, conflict: 'a teammate changed this thread meanwhile: review and save again' } : view;
}

/** A denial read on a portal page becomes the claim's thread: routed, dated, explained in a note. */
export async function denialToThread(identity: ClaimIdentity, report: RemitReport): Promise<HandoffView> {
  const team = await loadTeam();
  if (!team) return { joined: false, notes: [] };
  const key = await claimKey(await keysFor(team), identity);
  const lines = report.claims.flatMap((c) => c.lines);
  const { patch, note } = denialThreadChange(lines, (await threadState(team, key)).version, report.payer.name ?? undefined);
  await addHandoff(identity, note);
  // Plain metadata for the team's denial memory and insights: codes, reason codes, amounts, dates.
  const records = denialRecordsOf(report).map((r) => ({ ...r, id: newClientId(), claimKey: key }));
  for (let i = 0; i < records.length; i += MAX_DENIALS_PER_PUSH) {
    const json = { records: records.slice(i, i + MAX_DENIALS_PER_PUSH) };
    await call(team, (c) => c.denials.$post({ json })).then(forgetRecentDenials, () => undefined);
  }
  return updateHandoff(identity, patch);
}

async function threadState(team: TeamSettings, key: string): Promise<ThreadState> {
  const res = await call(team, (c) => c.threads[':claimKey'].$get({ param: { claimKey: key } }));
  if (res.status !== 200) throw await unexpected(res);
  return res.json();
}
