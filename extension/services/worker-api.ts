import type { TeamSettings } from '../../shared/sync/invite.ts';

/**
 * One call to the team's worker with this member's token. Unreachable, refused (401), throttled
 * (429) and failed calls become errors a user can read; 409 is returned for the caller to handle.
 */
export async function api(team: TeamSettings, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(new URL(path, team.workerUrl), {
      method,
      headers: { authorization: `Bearer ${team.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new Error(`worker ${team.workerUrl} unreachable: notes wait in the outbox`);
  }
  if (res.status === 401) throw new Error('the worker refused this member token (revoked?): join the team again');
  if (res.status === 429) throw new Error('the worker asks to slow down: notes wait in the outbox and are retried shortly');
  if (!res.ok && res.status !== 409) throw new Error(`worker answered HTTP ${res.status}`);
  return res;
}
