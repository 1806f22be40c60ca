/**
 * Code-set benchmark (issue 3). Prints, each beside its aim:
 *  - build time of the whole index from the release files (into a temp folder, never committed);
 *  - index size per file, raw and gzip, and the total (aim: <= 4 MB gzip);
 *  - cold load in a fresh Node process (aim: <= 150 ms), and memory;
 *  - lookup latency (ICD-10-CM, HCPCS) and search latency, median and p95 (aim: search p95 < 2 ms),
 *    plus the one-off cost of the first search (its index is built on first use).
 * Run: npx tsx scripts/bench/codes.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildCodeSets } from '../../cli/codesets/build.ts';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { findSourceDir } from '../../cli/codesets/paths.ts';

const source = findSourceDir();
if (!source) {
  console.log('codes bench: no code-set release files (set CHARTSIDE_CODESETS); skipped');
  process.exit(0);
}
const gc = (globalThis as { gc?: () => void }).gc;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
const pctl = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const median = (xs: number[]) => pctl(xs, 0.5);

// 1. Build.
const out = mkdtempSync(join(tmpdir(), 'chartside-codes-bench-'));
const loadAvg = (await import('node:os')).loadavg()[0]!;
console.log(`machine load average ${loadAvg.toFixed(1)} (figures below grow with it)`);
let t = performance.now();
buildCodeSets(source, () => {}, out);
console.log(`build: ${((performance.now() - t) / 1000).toFixed(2)} s (reads ICD-10-CM years, tabular, index, HCPCS, MCE; no aim, runs at install)`);

// 2. Sizes.
// The coding engine's matcher packs ship beside the code sets but are the engine's, not the index's.
const total: Record<'index' | 'engine', [number, number]> = { index: [0, 0], engine: [0, 0] };
for (const f of readdirSync(out).sort()) {
  const size = statSync(join(out, f)).size;
  const z = gzipSync(readFileSync(join(out, f))).length;
  const t = total[/^matcher-/.test(f) ? 'engine' : 'index'];
  t[0] += size;
  t[1] += z;
  console.log(`  ${f.padEnd(24)} ${kb(size).padStart(8)} raw ${kb(z).padStart(7)} gzip`);
}
console.log(`index total: ${mb(total.index[0])} raw, ${mb(total.index[1])} gzip (aim: <= 4 MB gzip; every ICD-10-CM year shares icd10cm.json)`);
console.log(`coding engine matcher packs: ${mb(total.engine[0])} raw, ${mb(total.engine[1])} gzip (no aim; spare the engine's cold start ~0.5 s)`);

// 3. Cold load: a fresh process each time, timing only the load (not tsx's start-up).
const probe = `import { performance } from 'node:perf_hooks';
const { loadCodeSets } = await import(${JSON.stringify(join(import.meta.dirname, '../../cli/codesets/load.ts'))});
const t = performance.now();
const cs = await loadCodeSets(${JSON.stringify(out)});
cs.icd('E11.22');
const ms = performance.now() - t;
console.log(JSON.stringify({ ms, heap: process.memoryUsage().heapUsed }));`;
const colds: number[] = [];
let heap = 0;
for (let i = 0; i < 7; i++) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`cold-load probe failed: ${r.stderr.split('\n')[0]}`);
  const res = JSON.parse(line) as { ms: number; heap: number };
  colds.push(res.ms);
  heap = res.heap;
}
console.log(
  `cold load (Node, fresh process, load + first lookup): median ${median(colds).toFixed(1)} ms, p95 ${pctl(colds, 0.95).toFixed(1)} ms over ${colds.length} runs (aim: <= 150 ms); heap after ${mb(heap)}`,
);

// 4. Lookups and search in this process.
const cs = await loadCodeSets(out);
const codes = cs.icdEntries('2026-01-15').map((e) => e[0]);
const lookups: number[] = [];
for (let i = 0; i < 20_000; i++) {
  const code = codes[(i * 7919) % codes.length]!;
  t = performance.now();
  cs.icd(code, i % 2 ? '2026-01-15' : '2026-11-02');
  lookups.push(performance.now() - t);
}
console.log(`ICD-10-CM lookup: median ${us(median(lookups))}, p95 ${us(pctl(lookups, 0.95))}`);
const hc = ['A0021', 'E0100', 'G0008', 'J1100', 'K0001', 'L3000', 'Q4100', 'ZZZZZ'];
const hl: number[] = [];
for (let i = 0; i < 20_000; i++) {
  t = performance.now();
  cs.hcpcs(hc[i % hc.length]!, '2026-02-01');
  hl.push(performance.now() - t);
}
console.log(`HCPCS lookup: median ${us(median(hl))}, p95 ${us(pctl(hl, 0.95))}`);

gc?.();
const before = process.memoryUsage().heapUsed;
t = performance.now();
const cpu0 = process.cpuUsage();
cs.search('diabetes', { dos: '2026-01-15' });
const cpu1 = process.cpuUsage(cpu0);
gc?.();
console.log(
  `first search (reads index + notes, builds the year's search index once): ${(performance.now() - t).toFixed(0)} ms wall, ${((cpu1.user + cpu1.system) / 1000).toFixed(0)} ms CPU, +${mb(process.memoryUsage().heapUsed - before)} heap (no aim; paid once per process)`,
);
const queries = [
  'type 2 diabetes with chronic kidney disease',
  'diabetis mellitus',
  'essential hypertension',
  'hypertensive heart disease',
  'acute bronchitis',
  'pneumonia unspecified organism',
  'copd exacerbation',
  'chronic obstructive pulmonary disease',
  'torus fracture right radius',
  'alzheimers dementia',
  'major depressive disorder recurrent moderate',
  'anxiety',
  'low back pain',
  'osteoarthritis knee',
  'urinary tract infection',
  'hyperlipidemia',
  'atrial fibrilation',
  'congestive heart failure',
  'asthma mild intermittent',
  'obesity bmi 40',
  'long term use of insulin',
  'wheelchair',
  'ambulance mile',
  'glucose test strip',
  'injection vitamin b12',
  'migrane without aura',
  'gastroesophageal reflux',
  'hypothyroidism',
  'abdominal pain',
  'cellulitis left leg',
];
const sl: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    t = performance.now();
    cs.search(q, { dos: '2026-01-15', limit: 10 });
    sl.push(performance.now() - t);
  }
}
console.log(`search: median ${median(sl).toFixed(3)} ms, p95 ${pctl(sl, 0.95).toFixed(3)} ms over ${sl.length} queries (aim: p95 < 2 ms)`);
rmSync(out, { recursive: true, force: true });
