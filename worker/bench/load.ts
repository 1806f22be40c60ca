import { createRequire } from 'node:module';
import { newClientId } from '../../shared/sync/ids.ts';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RawRequest { method?: string; path?: string; body?: string | Buffer; headers?: Record<string, string> }
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the slice of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

/** A fixed-length autocannon run; `make` hands out each request (fresh ids for pushes). */
export async function load(url: string, connections: number, seconds: number, make?: () => RawRequest): Promise<LoadFigures> {
  const r = await autocannon({
    url, connections, duration: seconds, pipelining: 1, timeout: 10,
    ...(make ? { requests: [{ setupRequest: (req: RawRequest) => ({ ...req, ...make() }) }] } : {}),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors + r.timeouts };
}

/** How the pushed notes are named: as the extension names them, or random v4 UUIDs (another client). */
export type IdKind = 'client' | 'random';
const newIdOf = (kind: IdKind) => (kind === 'client' ? newClientId : () => crypto.randomUUID());

const noteBody = (newId: () => string): Buffer =>
  Buffer.from(JSON.stringify({ id: newId(), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkIG5vdGUgYm9keSBvZiBhIHR5cGljYWwgbGVuZ3Ro' } }));

/**
 * Note pushes with bodies built before the timed run: the load generator shares the cores with
 * the worker, and hello-world pays nothing per request, so neither may the push run. Every body
 * carries its own fresh id (UUIDv7 as the extension makes them, or random v4 with `ids: 'random'`)
 * and is handed out once (a replayed id would measure the idempotent no-op path). `count` should exceed what a run can send; past it, bodies are built on the fly
 * (still new ids) and `overflow` says how many, so a too-small pool shows in the output.
 */
export function notePushes(token: string, claimKey: string, count: number, opts: { path?: string; ids?: IdKind } = {}): { make: () => RawRequest; overflow: () => number } {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const { path = `/threads/${claimKey}/notes` } = opts;
  const newId = newIdOf(opts.ids ?? 'client');
  const pool = Array.from({ length: count }, (): RawRequest => ({ method: 'POST', path, headers, body: noteBody(newId) }));
  let next = 0;
  let extra = 0;
  return {
    make: () => {
      const req = pool[next++];
      if (req) return req;
      extra++;
      return { method: 'POST', path, headers, body: noteBody(newId) };
    },
    overflow: () => extra,
  };
}
