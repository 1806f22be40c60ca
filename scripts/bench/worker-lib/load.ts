import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClientId } from '../../../shared/sync/ids.ts';

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU the load generator itself used per request, in µs: it shares the cores with the servers. */
  genCpu: number;
}

/** How pushed notes are named: as the extension names them (time-ordered), or random v4 UUIDs (another client). */
export type IdKind = 'client' | 'random';
/** What a run sends: the URL's GET, or note pushes, each with a fresh id, to `path` with `token`. */
export type Requests = { kind: 'get' } | { kind: 'push'; token: string; path: string; ids?: IdKind };
export type LoadTool = 'wrk' | 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * wrk when it is installed (Debian: `apt-get install -y wrk`), else autocannon. wrk builds each
 * push in LuaJIT (wrk-push.lua) for about what a GET costs it; autocannon rebuilds every request
 * with a body through its JavaScript request builder, about 45 µs of CPU against 16 µs for a GET
 * (measured here), which on a two-core machine is taken from the server under test and so
 * understates pushes against hello-world.
 */
export function loadTool(prefer?: LoadTool): LoadTool {
  if (prefer) return prefer;
  return spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk';
}

/** A fixed-length run of `connections` keep-alive clients, each sending its next request when answered. */
export function load(tool: LoadTool, url: string, connections: number, seconds: number, requests: Requests = { kind: 'get' }): Promise<LoadFigures> {
  return tool === 'wrk' ? wrk(url, connections, seconds, requests) : autocannonRun(url, connections, seconds, requests);
}

async function wrk(url: string, connections: number, seconds: number, requests: Requests): Promise<LoadFigures> {
  const script = requests.kind === 'push' ? 'wrk-push.lua' : 'wrk-report.lua';
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url];
  if (requests.kind === 'push') args.push('--', requests.token, requests.path, requests.ids ?? 'client', String(Date.now()));
  // One thread, as autocannon has one: the generator takes at most one of the cores. bash's
  // `times` reports the CPU wrk used (its children's line), which /proc no longer has after exit.
  const child = spawn('bash', ['-c', 'wrk "$@"; code=$?; times >&2; exit $code', 'wrk', ...args], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const times = err
    .trim()
    .split('\n')
    .at(-1)
    ?.match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  const cpu = times ? (Number(times[1]) + Number(times[3])) * 60_000 + (Number(times[2]) + Number(times[4])) * 1000 : Number.NaN;
  const line = out.split('WRK ')[1];
  if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}): ${(err || out).trim().slice(0, 500)}`);
  const j = JSON.parse(line) as { requests: number; duration: number; p50: number; p99: number; non2xx: number; errors: number };
  return {
    rps: j.requests / (j.duration / 1e6),
    p50: j.p50 / 1000,
    p99: j.p99 / 1000,
    failed: j.non2xx + j.errors,
    genCpu: (cpu * 1000) / Math.max(1, j.requests),
  };
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface RawRequest {
  method?: string;
  path?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the slice of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function autocannonRun(url: string, connections: number, seconds: number, requests: Requests): Promise<LoadFigures> {
  const before = process.cpuUsage();
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    ...(requests.kind === 'push' ? { requests: [{ setupRequest: (req: RawRequest) => ({ ...req, ...notePush(requests) }) }] } : {}),
  });
  const used = process.cpuUsage(before);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
    genCpu: (used.user + used.system) / Math.max(1, r.requests.total),
  };
}

/** The extension's push of one new note to `/sync/push` (extension/services/outbox.ts). */
const noteBody = (id: string) =>
  JSON.stringify({ notes: [{ id, claimKey: 'a'.repeat(64), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVkIG5vdGUgYm9keSBvZiBhIHR5cGljYWwgbGVuZ3Ro' } }] });

/** The same push as wrk-push.lua sends, for autocannon. */
function notePush(r: Extract<Requests, { kind: 'push' }>): RawRequest {
  return {
    method: 'POST',
    path: r.path,
    headers: { authorization: `Bearer ${r.token}`, 'content-type': 'application/json' },
    body: noteBody(r.ids === 'random' ? crypto.randomUUID() : newClientId()),
  };
}
