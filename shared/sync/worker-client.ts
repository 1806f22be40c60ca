import { hc } from 'hono/client';
import type { WorkerApi } from '../contracts/api/index.ts';

export type WorkerClient = ReturnType<typeof hc<WorkerApi>>;

/**
 * The one client of the worker, typed from its route definitions (shared/contracts/api): paths,
 * parameters, bodies and answers per status. The extension's background, the CLI and the tests
 * all call the worker through it.
 */
export function workerClient(workerUrl: string, token?: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): WorkerClient {
  return hc<WorkerApi>(workerUrl.replace(/\/+$/, ''), {
    fetch: fetchImpl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** The worker's own words for a refusal (`{ error }`), else null. */
export async function refusal(res: { clone(): Response }): Promise<string | null> {
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === 'string' ? body.error : null;
}
