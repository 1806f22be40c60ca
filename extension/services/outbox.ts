import { Outbox, type OutboxStore } from '../../shared/sync/outbox.ts';
import { pushNotes } from '../../shared/sync/push-notes.ts';
import type { TeamSettings } from '../../shared/sync/invite.ts';
import { db, type OutboxNote } from './db.ts';
import { clientFor } from './worker-api.ts';

/** The shared outbox on Dexie. A pending note keeps its text here, in the browser, to be shown as pending. */
const dexieStore: OutboxStore<OutboxNote> = {
  add: async (note) => {
    await db.outbox.add(note);
  },
  list: (limit) => db.outbox.orderBy('createdAt').limit(limit).toArray(),
  remove: (ids) => db.outbox.bulkDelete(ids),
};

const outboxes = new Map<string, Outbox<OutboxNote>>();

/**
 * The outbox of the team this browser belongs to; one flush at a time per team. Only the sealed
 * note leaves the browser; a note the worker refuses for good (409) is set aside, the rest retried.
 */
export function outboxFor(team: TeamSettings): Outbox<OutboxNote> {
  const key = `${team.workerUrl} ${team.token}`;
  let outbox = outboxes.get(key);
  if (!outbox) {
    outbox = new Outbox(
      dexieStore,
      (notes) => pushNotes(clientFor(team), notes),
      async (notes, err) => {
        console.warn(`Chartside: ${notes.length} note(s) refused and set aside; the rest of the batch is sent again: ${err.message}`);
      },
    );
    outboxes.set(key, outbox);
  }
  return outbox;
}
