/**
 * Denial benchmark (issue 8). Prints, each beside its aim:
 *  - 835 import rate (claims/second) on a generated 20,000-claim file (fictitious, in a temp dir);
 *  - triage rate (adjustments/second) over that remittance;
 *  - insights over 100,000 denial records (median, p95; aim p95 < 200 ms), the denial-memory
 *    query and the CSV export.
 * Run: npx tsx scripts/bench/denials.ts [claims] [records]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodingDecision, DenialRecord, Origin } from '../../shared/contracts/denial-record.ts';
import { insights, type InsightFilter } from '../../shared/denials/insights.ts';
import { toCsv } from '../../shared/denials/insights-csv.ts';
import { denialMemory } from '../../shared/denials/memory.ts';
import { build835, type ClaimSpec } from '../../shared/denials/remit/build-835.ts';
import { read835 } from '../../shared/denials/remit/read-835.ts';
import { triageRemit } from '../../shared/denials/triage/triage-remit.ts';
import { fmt, median, p95, row } from '../lib/report.ts';

const nClaims = Number(process.argv[2] ?? 20_000);
const nRecords = Number(process.argv[3] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
// A fixed-seed generator: the same file and records on every run.
let seed = 42;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

// 1. A large 835: two or three lines a claim, a mix of paid, adjusted and denied lines.
const codes = ['99213', '99214', '99203', '20610', '93000', '36415', '82306', '70553', '97110', 'G0439'];
const denials: [string, string, string[]][] = [
  ['CO', '97', ['M15']],
  ['CO', '16', ['MA130']],
  ['CO', '197', []],
  ['CO', '27', []],
  ['CO', '50', ['N115']],
  ['CO', '151', ['N640']],
  ['PR', '96', []],
  ['CO', '4', []],
];
const claims: ClaimSpec[] = Array.from({ length: nClaims }, (_, i) => {
  const lines = Array.from({ length: 2 + (i % 2) }, () => {
    const billed = 50 + Math.floor(rnd() * 300);
    if (rnd() < 0.25) {
      const [g, c, r] = pick(denials);
      return { proc: pick(codes), billed, paid: 0, cas: [[g, c, billed]] as [string, string, number][], rarc: r };
    }
    const co = Math.floor(billed * 0.3);
    return {
      proc: pick(codes),
      mods: rnd() < 0.3 ? ['25'] : [],
      billed,
      paid: billed - co - 10,
      cas: [
        ['CO', '45', co],
        ['PR', '2', 10],
      ] as [string, string, number][],
    };
  });
  return { id: `B${i}`, billed: lines.reduce((s, l) => s + l.billed, 0), paid: lines.reduce((s, l) => s + l.paid, 0), filing: i % 3 ? 'CI' : 'MB', lines };
});
const dir = mkdtempSync(join(tmpdir(), 'chartside-835-'));
const file = join(dir, 'large.835');
writeFileSync(file, build835({ claims }));
const size = statSync(file).size;
console.log(`generated 835: ${nClaims.toLocaleString()} claims, ${mb(size)}`);

const importMs: number[] = [];
let remit = read835(readFileSync(file, 'utf8'))[0]!; // warm-up
remit = undefined as unknown as typeof remit;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < 3; i++) {
  gc?.();
  const t = performance.now();
  remit = read835(readFileSync(file, 'utf8'))[0]!;
  importMs.push(performance.now() - t);
}
rmSync(dir, { recursive: true, force: true });
gc?.();
const held = process.memoryUsage().heapUsed - heapBefore;
const peakRss = process.resourceUsage().maxRSS * 1024;
row(`835 import (read + parse + map), ${nClaims.toLocaleString()} claims`, `${fmt(median(importMs), 0)} ms median of ${importMs.length}`);
row(
  '835 import rate',
  `${fmt(nClaims / (median(importMs) / 1000), 0)} claims/s (${fmt(size / 2 ** 20 / (median(importMs) / 1000), 1)} MB/s)`,
  'issue: measure; no figure set',
);
row(
  'memory: remittance model held / process peak RSS',
  `${gc ? mb(held) : 'run with --expose-gc'} / ${mb(peakRss)}`,
  `file ${mb(size)}; segments are mapped as streamed`,
);

const adjustments = remit.claims.reduce((s, c) => s + c.lines.reduce((t, l) => t + l.adjustments.length, 0), 0);
const triageMs: number[] = [];
triageRemit(remit);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  triageRemit(remit);
  triageMs.push(performance.now() - t);
}
row(`triage of ${adjustments.toLocaleString()} adjustments`, `${fmt(median(triageMs), 0)} ms median, ${fmt(p95(triageMs), 0)} ms p95`);
row(
  'triage rate (after the first, JIT-cold run)',
  `${fmt(adjustments / (median(triageMs) / 1000), 0)} adjustments/s, ${fmt(nClaims / (median(triageMs) / 1000), 0)} claims/s`,
);

// 2. Insights over 100,000 denial records and 100,000 coding decisions.
const payers = ['Acme PPO', 'Medicare', 'State Medicaid', 'Blue Plan', 'Tri Health', 'Work Comp Co'];
const origins: Origin[] = ['coding', 'billing', 'registration', 'authorization', 'payer-policy'];
const people = ['cora', 'dan', 'erin', 'fay', 'gus'];
const carcs = ['97', '16', '197', '27', '50', '151', '4', '11', '96', '236', '29', '31'];
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const records: DenialRecord[] = Array.from({ length: nRecords }, () => {
  const d = Math.floor(rnd() * 330);
  return {
    payer: pick(payers),
    codes: [pick(codes), pick(codes)],
    modifiers: rnd() < 0.3 ? ['25'] : [],
    carc: [pick(carcs)],
    rarc: rnd() < 0.3 ? ['N130'] : [],
    origin: pick(origins),
    deniedOn: day(d),
    outcome: pick([null, null, 'paid-on-appeal', 'upheld', 'corrected', 'written-off'] as const),
    amount: Math.round(rnd() * 50_000) / 100,
    assignee: pick(people),
    dueDate: rnd() < 0.9 ? day(d + 90) : null,
  };
});
const decisions: CodingDecision[] = Array.from({ length: nRecords }, () => ({
  coder: pick(people),
  decision: pick(['accepted', 'accepted', 'accepted', 'edited', 'rejected'] as const),
  at: day(Math.floor(rnd() * 330)),
}));
const filters: InsightFilter[] = [
  {},
  { payer: 'Acme PPO' },
  { from: '2026-06-01', to: '2026-08-31' },
  { person: 'dan' },
  { payer: 'Medicare', from: '2026-03-01' },
];
const insightMs: number[] = [];
for (let i = 0; i < 60; i++) {
  const t = performance.now();
  insights(records, decisions, filters[i % filters.length]!, '2026-11-20');
  insightMs.push(performance.now() - t);
}
const warm = insightMs.slice(10);
row(
  `insights over ${nRecords.toLocaleString()} records (${warm.length} queries)`,
  `${fmt(median(warm), 1)} ms median, ${fmt(p95(warm), 1)} ms p95`,
  'aim (issue): p95 < 200 ms',
);
row('insights, first query (cold)', `${fmt(insightMs[0]!, 1)} ms`);
const memMs: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  denialMemory(records, { payer: pick(payers), codes: [pick(codes), pick(codes)], modifiers: [], asOf: '2026-11-20' });
  memMs.push(performance.now() - t);
}
row(
  `denial memory query over ${nRecords.toLocaleString()} records`,
  `${fmt(median(memMs), 1)} ms median, ${fmt(p95(memMs), 1)} ms p95`,
  'issue: no figure (runs at coding time)',
);
const t = performance.now();
const csv = toCsv(records);
row(`CSV export of ${nRecords.toLocaleString()} records`, `${fmt(performance.now() - t, 0)} ms, ${mb(csv.length)}`);
console.log(`(machine load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores while measuring)`);
