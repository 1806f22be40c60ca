import { Outbox, PushError, type OutboxStore, type PushOutcome } from '../../shared/sync/outbox.ts';
import type { TeamSettings } from '../../shared/sync/invite.ts';
import { db, type OutboxNote } from './db.ts';
import { api } from './worker-api.ts';

/** The shared outbox on Dexie. A pending note keeps its text here, in the browser, to be shown as pending. */
const dexieStore: OutboxStore<OutboxNote> = {
  add: async (note) => {
    await db.outbox.add(note);
  },
  list: (limit) => db.outbox.orderBy('createdAt').limit(limit).toArray(),
  remove: (ids) => db.outbox.bulkDelete(ids),
};

/**
 * One idempotent batch push (`/sync/push`, up to 100 notes): only the sealed note leaves the browser.
 * Only a 409 sets a note aside; every other refusal or failure comes back from `api` as an error,
 * so the notes stay in the outbox and the panel shows why.
 */
async function push(team: TeamSettings, notes: OutboxNote[]): Promise<PushOutcome> {
  const res = await api(team, '/sync/push', { notes: notes.map(({ id, claimKey, body }) => ({ id, claimKey, body })) });
  if (res.status === 409) {
    // An id the worker holds for a different note. The other notes of the batch are stored; this
    // one can never be, and keeping it would block the outbox for ever.
    throw new PushError(((await res.json()) as { error: string }).error, false);
  }
  const { results } = (await res.json()) as { results: { id: string }[] };
  return { acked: results.map((r) => r.id) };
}

const outboxes = new Map<string, Outbox<OutboxNote>>();

/** The outbox of the team this browser belongs to; one flush at a time per team. */
export function outboxFor(team: TeamSettings): Outbox<OutboxNote> {
  const key = `${team.workerUrl} ${team.token}`;
  let outbox = outboxes.get(key);
  if (!outbox) {
    outbox = new Outbox(dexieStore, (notes) => push(team, notes), async (notes, err) => {
      console.warn(`Chartside: a note was refused and left the outbox (the rest of its batch of ${notes.length} is stored): ${err.message}`);
    });
    outboxes.set(key, outbox);
  }
  return outbox;
}
