import type { TeamSettings } from '../../shared/sync/invite.ts';
import { refusal, type WorkerClient, workerClient } from '../../shared/sync/worker-client.ts';

const clients = new Map<string, WorkerClient>();

/** The typed client for this member of the team (one per worker and token). */
export function clientFor(team: Pick<TeamSettings, 'workerUrl' | 'token'>): WorkerClient {
  const key = `${team.workerUrl} ${team.token}`;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = workerClient(team.workerUrl, team.token)));
  return client;
}

/**
 * One call to the team's worker with this member's token, through the typed client. Unreachable,
 * refused (401), throttled (429) and failed calls become errors a user can read; 409 is returned
 * for the caller to handle.
 */
export async function call<R extends { status: number; clone(): Response }>(
  team: Pick<TeamSettings, 'workerUrl' | 'token'>,
  request: (c: WorkerClient) => Promise<R>,
): Promise<R> {
  let res: R;
  try {
    res = await request(clientFor(team));
  } catch {
    throw new Error(`worker ${team.workerUrl} unreachable: notes wait in the outbox`);
  }
  if (res.status === 401) throw new Error('the worker refused this member token (revoked?): join the team again');
  if (res.status === 429) throw new Error('the worker asks to slow down: notes wait in the outbox and are retried shortly');
  if (res.status >= 400 && res.status !== 409) throw await unexpected(res);
  return res;
}

/** An answer the caller did not expect, with the worker's own words when it sent some. */
export async function unexpected(res: { status: number; clone(): Response }): Promise<Error> {
  const why = await refusal(res);
  return new Error(`worker answered HTTP ${res.status}${why ? `: ${why}` : ''}`);
}
