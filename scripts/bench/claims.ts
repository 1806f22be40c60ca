/**
 * Claim-engine benchmark (issue 5). Prints, each beside its aim:
 *  - load time and memory of a synthetic million-row NCCI PTP table in CMS's real format
 *    (generated into a temp folder, never committed), and the cost of one PTP lookup;
 *  - claims checked per second in a batch (aim >= 5,000) with real code sets and that table;
 *  - the cost of one check (median, p95), as the extension pays it per claim screen.
 * Run: npx tsx scripts/bench/claims.ts [rows]   (node --expose-gc gives steadier memory figures)
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { loadEditDir } from '../../cli/edits-dir.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { ClaimCase, PayerProfiles } from '../../shared/contracts/claim.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const evalDir = join(import.meta.dirname, '../../../shared/eval/claims');
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const mem = () => {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed + m.arrayBuffers };
};
const pctl = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

// 1. Synthetic PTP file: ~12k column-1 codes, each with its column-2 codes, as CMS writes them.
const dir = mkdtempSync(join(tmpdir(), 'chartside-ptp-'));
const header =
  'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n';
const codes = Array.from({ length: 12_000 }, (_, i) => (i < 9_000 ? String(10004 + i * 9) : `${'ABGJ'[i % 4]}${String(i).padStart(4, '0')}`));
const t0 = performance.now();
const chunks: string[] = ['Notice: synthetic table for benchmarking\n', header];
let written = 0;
for (let i = 0; written < rows; i++) {
  const c1 = codes[i % codes.length]!;
  const c2 = codes[(i * 7919 + (written % 83) + 1) % codes.length]!;
  const old = written % 5 === 0;
  chunks.push(
    `${c1}\t${c2}\t${old ? '*' : ''}\t${old ? '19960101' : '20190101'}\t${written % 20 === 0 ? '20230101' : '*'}\t${written % 3 === 0 ? '0' : '1'}\tStandards of medical / surgical practice\n`,
  );
  written++;
}
writeFileSync(join(dir, 'ptp-synthetic.txt'), chunks.join(''));
chunks.length = 0;
for (const f of readdirSync(join(evalDir, 'edits'))) if (!f.startsWith('ptp')) copyFileSync(join(evalDir, 'edits', f), join(dir, f));
const fileSize = statSync(join(dir, 'ptp-synthetic.txt')).size;
console.log(`synthetic PTP: ${rows.toLocaleString()} rows, ${mb(fileSize)} file (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// 2. Load time and memory of the table (streamed in 1 MB chunks into typed arrays).
const before = mem();
const cpu0 = process.cpuUsage();
let t = performance.now();
const edits = loadEditDir(dir);
const readMs = performance.now() - t;
t = performance.now();
edits.ptp(codes[0]!, codes[1]!); // the first lookup sorts the rows once
const sortMs = performance.now() - t;
const cpuMs = process.cpuUsage(cpu0).user / 1000;
const after = mem();
console.log(
  `PTP load: read ${readMs.toFixed(0)} ms + index ${sortMs.toFixed(0)} ms = ${(readMs + sortMs).toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (aim: < 2 s, once per CLI run or extension start)`,
);
console.log(
  `PTP memory: +${mb(after.heap - before.heap)} heap+buffers, rss ${mb(after.rss)} (aim: bounded, far below the ${mb(fileSize)} text${gc ? '' : '; run with --expose-gc for exact figures'})`,
);
const lookups: number[] = [];
for (let i = 0; i < 20_000; i++) {
  const s = performance.now();
  edits.ptp(codes[(i * 31) % codes.length]!, codes[(i * 17) % codes.length]!);
  lookups.push(performance.now() - s);
}
console.log(`PTP lookup: median ${(pctl(lookups, 0.5) * 1000).toFixed(2)} µs, p95 ${(pctl(lookups, 0.95) * 1000).toFixed(2)} µs`);

// 3. Batch throughput and per-check cost on the development claims.
const codeSets = await loadCodeSets();
const profiles = PayerProfiles.parse(JSON.parse(readFileSync(join(evalDir, 'payers.json'), 'utf8')));
const cases = readdirSync(evalDir)
  .filter((f) => /^c\d+\.json$/.test(f))
  .map((f) => ClaimCase.parse(JSON.parse(readFileSync(join(evalDir, f), 'utf8'))));
const one = (c: (typeof cases)[number]) =>
  checkClaim({ claim: c.claim, eligibility: c.eligibility ?? null, payerProfiles: profiles, payerProfileId: c.payerProfile }, { codeSets, edits });
// First sight of each claim: no JIT warm-up, no remembered Excludes1 answers (the worst case).
const cold = cases.map((c) => {
  const s = performance.now();
  one(c);
  return performance.now() - s;
});
console.log(
  `first check of each of ${cases.length} claims (cold): median ${(pctl(cold, 0.5) * 1000).toFixed(0)} µs, p95 ${(pctl(cold, 0.95) * 1000).toFixed(0)} µs`,
);
for (let i = 0; i < 2_000; i++) one(cases[i % cases.length]!); // warm-up
const n = 20_000;
t = performance.now();
let flags = 0;
for (let i = 0; i < n; i++) flags += one(cases[i % cases.length]!).length;
const secs = (performance.now() - t) / 1000;
console.log(
  `batch (the ${cases.length} development claims in turn, warm): ${n.toLocaleString()} claims in ${secs.toFixed(2)} s = ${Math.round(n / secs).toLocaleString()} claims/s (aim >= 5,000); ${flags} flags`,
);
const each: number[] = [];
for (let i = 0; i < 5_000; i++) {
  const s = performance.now();
  one(cases[i % cases.length]!);
  each.push(performance.now() - s);
}
console.log(
  `one check: median ${(pctl(each, 0.5) * 1000).toFixed(0)} µs, p95 ${(pctl(each, 0.95) * 1000).toFixed(0)} µs (aim: invisible in the extension, < 16 ms a frame)`,
);
rmSync(dir, { recursive: true, force: true });
