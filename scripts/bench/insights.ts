/**
 * Insights through the worker's HTTP routes (issue 8): 100,000 denial records and 100,000 coding
 * decisions pushed over HTTP into a SQLite worker, then GET /insights under five filters
 * (median, p95; aim p95 < 200 ms), the first (cold) query, the catch-up after a write, denial
 * memory and the CSV export. Synthetic, fixed-seed data in a temp dir.
 * Run: npx tsx scripts/bench/insights.ts [records]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type DecisionInput, type DenialInput, MAX_DENIALS_PER_PUSH, type Origin } from '../../shared/contracts/denial-record.ts';
import { serveStore } from '../../worker/node-server.ts';
import { openSqliteStore } from '../../worker/store/sqlite.ts';
import { fmt, median, p95, row } from '../lib/report.ts';

const n = Number(process.argv[2] ?? 100_000);
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
let seed = 7;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'chartside-insights-'));
const worker = await serveStore(openSqliteStore(join(dir, 'worker.db')), { port: 0, limits: { member: null, anonymous: null } });
const call = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${worker.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text;
};
try {
  const lead = (await (
    await fetch(`${worker.url}/teams`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Bench"}' })
  ).json()) as { token: string };
  const people = ['cora', 'dan', 'erin', 'fay', 'gus'];
  const coders = await Promise.all(
    people.map(async (name) => JSON.parse(await call('POST', '/teams/members', lead.token, { name, role: 'coder' })) as { token: string }),
  );

  // 1. Push the records (MAX_DENIALS_PER_PUSH a request) and decisions (500) over HTTP, each acknowledged after its WAL sync.
  const payers = ['Acme PPO', 'Medicare', 'State Medicaid', 'Blue Plan', 'Tri Health', 'Work Comp Co'];
  const origins: Origin[] = ['coding', 'billing', 'registration', 'authorization', 'payer-policy'];
  const codes = ['99213', '99214', '99203', '20610', '93000', '36415', '82306', '70553', '97110', 'G0439'];
  const carcs = ['97', '16', '197', '27', '50', '151', '4', '11', '96', '236', '29', '31'];
  const record = (): DenialInput => {
    const d = Math.floor(rnd() * 330);
    return {
      id: crypto.randomUUID(),
      payer: pick(payers),
      codes: [pick(codes), pick(codes)],
      modifiers: rnd() < 0.3 ? ['25'] : [],
      carc: [pick(carcs)],
      rarc: rnd() < 0.3 ? ['N130'] : [],
      origin: pick(origins),
      deniedOn: day(d),
      amount: Math.round(rnd() * 50_000) / 100,
      outcome: pick([null, null, 'paid-on-appeal', 'upheld', 'corrected', 'written-off'] as const),
      assignee: pick(people),
      dueDate: rnd() < 0.9 ? day(d + 90) : null,
    };
  };
  let t = performance.now();
  for (let i = 0; i < n; i += MAX_DENIALS_PER_PUSH) {
    await call('POST', '/denials', lead.token, { records: Array.from({ length: Math.min(MAX_DENIALS_PER_PUSH, n - i) }, record) });
  }
  const pushMs = performance.now() - t;
  row(
    `push ${n.toLocaleString()} denial records (${MAX_DENIALS_PER_PUSH} a request)`,
    `${fmt(pushMs / 1000, 1)} s, ${fmt(n / (pushMs / 1000), 0)} records/s`,
    'issue: no figure',
  );
  t = performance.now();
  for (let i = 0; i < n; i += 500) {
    const decisions: DecisionInput[] = Array.from({ length: Math.min(500, n - i) }, () => ({
      id: crypto.randomUUID(),
      system: 'ICD-10-CM',
      code: 'E11.9',
      decision: pick(['accepted', 'accepted', 'accepted', 'edited', 'rejected'] as const),
      at: day(Math.floor(rnd() * 330)),
    }));
    await call('POST', '/decisions', pick(coders).token, { decisions });
  }
  row(`push ${n.toLocaleString()} coding decisions`, `${fmt((performance.now() - t) / 1000, 1)} s`);

  // 2. GET /insights: the first query loads the team into this instance; later ones catch up by revision.
  const filters = ['', 'payer=Acme%20PPO', 'from=2026-06-01&to=2026-08-31', 'person=dan', 'payer=Medicare&from=2026-03-01'];
  const get = async (qs: string) => {
    const s = performance.now();
    await call('GET', `/insights?asOf=2026-11-20${qs ? `&${qs}` : ''}`, lead.token);
    return performance.now() - s;
  };
  row('GET /insights, first query (loads the team)', `${fmt(await get(''), 0)} ms`, 'once per instance and team');
  const times: number[] = [];
  for (let i = 0; i < 100; i++) times.push(await get(filters[i % filters.length]!));
  const warm = times.slice(10);
  row(
    `GET /insights over ${n.toLocaleString()} records (${warm.length} queries, 5 filters)`,
    `${fmt(median(warm), 1)} ms median, ${fmt(p95(warm), 1)} ms p95`,
    'aim (issue): p95 < 200 ms',
  );
  const afterWrite: number[] = [];
  for (let i = 0; i < 10; i++) {
    await call('POST', '/denials', lead.token, { records: [record()] });
    afterWrite.push(await get(''));
  }
  row(
    'GET /insights right after a write (catch-up)',
    `${fmt(median(afterWrite), 1)} ms median, ${fmt(p95(afterWrite), 1)} ms p95`,
    'aim (issue): p95 < 200 ms',
  );

  // 3. Denial memory (indexed by payer and date) and the CSV export.
  const mem: number[] = [];
  for (let i = 0; i < 50; i++) {
    const s = performance.now();
    await call('GET', `/denials/memory?payer=${encodeURIComponent(pick(payers))}&codes=${pick(codes)},${pick(codes)}&asOf=2026-11-20`, pick(coders).token);
    mem.push(performance.now() - s);
  }
  row('GET /denials/memory (one payer, 90 days)', `${fmt(median(mem), 1)} ms median, ${fmt(p95(mem), 1)} ms p95`, 'issue: no figure (runs at coding time)');
  t = performance.now();
  const csv = await call('GET', '/insights.csv', lead.token);
  row(`GET /insights.csv (${(csv.split('\r\n').length - 2).toLocaleString()} rows)`, `${fmt(performance.now() - t, 0)} ms, ${mb(csv.length)}`);
  row('worker process RSS after the run', mb(process.memoryUsage().rss), 'includes this client');
  console.log(`(load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores while measuring; client and server share this process)`);
} finally {
  await worker.close();
  rmSync(dir, { recursive: true, force: true });
}
