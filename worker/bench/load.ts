import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RawRequest { method?: string; path?: string; body?: string; headers?: Record<string, string> }
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the slice of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

/** A fixed-length autocannon run; `make` builds each request (fresh ids for pushes). */
export async function load(url: string, connections: number, seconds: number, make?: () => RawRequest): Promise<LoadFigures> {
  const r = await autocannon({
    url, connections, duration: seconds, pipelining: 1, timeout: 10,
    ...(make ? { requests: [{ setupRequest: (req: RawRequest) => ({ ...req, ...make() }) }] } : {}),
  });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed: r.non2xx + r.errors + r.timeouts };
}

export const noteRequest = (token: string, claimKey: string) => (): RawRequest => ({
  method: 'POST',
  path: `/threads/${claimKey}/notes`,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ id: crypto.randomUUID(), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkIG5vdGUgYm9keSBvZiBhIHR5cGljYWwgbGVuZ3Ro' } }),
});
