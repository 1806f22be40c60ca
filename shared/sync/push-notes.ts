import type { PushNote } from '../contracts/handoff.ts';
import { type PushOutcome, PushError } from './outbox.ts';
import { refusal, type WorkerClient } from './worker-client.ts';

/** Readable reasons a push waits, by status; anything else gets the worker's own words. */
const waitReasons: Record<number, string> = {
  401: 'the worker refused this member token (revoked?): join the team again',
  429: 'the worker asks to slow down: notes wait in the outbox and are retried shortly',
};

/**
 * One idempotent batch push through the typed client: only the sealed note's own fields leave.
 * A 409 names the one note whose id the worker holds for a different note (nothing of the batch
 * was stored): only that note can never pass. Any other failure keeps every note for a retry.
 */
export async function pushNotes(client: WorkerClient, notes: readonly PushNote[]): Promise<PushOutcome> {
  let res;
  try {
    res = await client.sync.push.$post({ json: { notes: notes.map(({ id, claimKey, body }) => ({ id, claimKey, body })) } });
  } catch (err) {
    throw new PushError(`worker unreachable (${(err as Error).message}): notes wait in the outbox`, true);
  }
  if (res.status === 409) {
    const { error, index } = await res.json();
    throw new PushError(error, false, [notes[index]?.id ?? notes[0]!.id]);
  }
  if (res.status !== 200) {
    throw new PushError(waitReasons[res.status] ?? `worker answered HTTP ${res.status}: ${(await refusal(res)) ?? 'no reason given'}`, true);
  }
  return { acked: (await res.json()).results.map((r) => r.id) };
}
