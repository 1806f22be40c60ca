/**
 * Remittance and claim-batch benchmark (issue 19). Prints, each beside its aim:
 *  - a ~100 MB 835 (fictitious, generated into a temp file) read in megabyte chunks and triaged
 *    claim by claim, as `chartside remit` lists it: elapsed, MB/s, claims/s and peak memory
 *    (heap sampled while reading, and the process's maximum resident set);
 *  - 837P claims checked per second, parsing included (aim >= 5,000).
 * Run: npx tsx scripts/bench/remit.ts [MB] [837 claims]
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readChunks } from '../../cli/read-chunks.ts';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { Claim } from '../../shared/contracts/claim.ts';
import { remit835Reader } from '../../shared/denials/remit/read-835.ts';
import { claimTriage, type ClaimReport } from '../../shared/denials/triage/triage-remit.ts';
import { read837p } from '../../shared/x12/837p/read-837p.ts';
import { build837p, type BuildClaim } from '../../test/support/build-837p.ts';
import { fmt, row } from '../lib/report.ts';

const targetMb = Number(process.argv[2] ?? 100);
const n837 = Number(process.argv[3] ?? 20_000);
const cpuOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

// 1. Write a ~100 MB 835 a megabyte at a time: one transaction set, claims with two or three
// lines, a quarter of them denied, some claim-level only, a reversal now and then, PLBs at the end.
const dir = mkdtempSync(join(tmpdir(), 'chartside-remit-bench-'));
const file = join(dir, 'large.835');
const fd = openSync(file, 'w');
const codes = ['99213', '99214', '20610', '93000', '36415', '70553', 'G0439'];
const denials: [string, string, string][] = [
  ['CO', '97', 'M15'],
  ['CO', '16', 'MA130'],
  ['CO', '197', ''],
  ['CO', '50', 'N115'],
  ['PR', '96', ''],
];
/** The segments of claim i: the same on every call, so the file can be sized before it is written. */
function claimSegments(i: number): string[] {
  const id = `B${i}`;
  const filing = i % 4 === 0 ? 'MB' : 'CI';
  const code = (k: number) => codes[(i + 3 * k) % codes.length]!;
  if (i % 3 === 0) {
    return [
      `CLP*${id}*4*250*0*0*${filing}*PCN${id}*11*1`,
      'CAS*CO*16*250',
      `NM1*QC*1*TESTPATIENT*N${i % 97}****MI*W000000000`,
      'MOA***MA130',
      'DTM*232*20261002',
    ];
  }
  const [g, c, r] = denials[i % denials.length]!;
  const out = [
    `CLP*${id}*${i % 50 === 1 ? 22 : 1}*${paidOf(i) + 60}*${paidOf(i)}*10*${filing}*PCN${id}*11*1`,
    `NM1*QC*1*TESTPATIENT*N${i % 97}****MI*W000000000`,
    `SVC*HC:${code(0)}:25*${paidOf(i) + 10}*${paidOf(i) - 20}**1`,
    'DTM*472*20261103',
    'CAS*CO*45*20*1*253*2.5',
    'CAS*PR*2*7.5',
    `SVC*HC:${code(1)}*50*20**1`,
    'DTM*472*20261103',
    `CAS*${g}*${c}*30`,
  ];
  if (r) out.push(`LQ*HE*${r}`);
  return out;
}
const paidOf = (i: number) => (i % 3 === 0 ? 0 : i % 3 === 1 ? 80 : 123);

// Size it first (BPR02, the payment, comes before the claims), then write a megabyte at a time.
let claims = 0;
let bytes = 0;
let paid = 0;
while (bytes < targetMb * 2 ** 20) {
  for (const sg of claimSegments(claims)) bytes += sg.length + 2;
  paid += paidOf(claims);
  claims++;
}
const plb = [
  ['WO:RECOUP1', 12.5],
  ['L6:INT', -2.5],
] as const;
const bpr02 = paid - plb.reduce((sum, [, a]) => sum + a, 0);
let pending =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261120*1200*^*00501*000000001*0*P*:~\nGS*HP*SENDER*RECEIVER*20261120*1200*1*X*005010X221A1~\nST*835*0001~\n';
let segments = 1;
const seg = (sg: string) => {
  pending += `${sg}~\n`;
  segments++;
  if (pending.length > 1 << 20) {
    writeSync(fd, pending);
    pending = '';
  }
};
for (const h of [
  `BPR*I*${bpr02.toFixed(2)}*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261120`,
  'TRN*1*0012345*1512345678',
  'DTM*405*20261120',
  'N1*PR*ACME HEALTH PLAN',
  'REF*2U*ACME1',
  'N1*PE*SAMPLE CLINIC*XX*1234567893',
  'LX*1',
])
  seg(h);
for (let i = 0; i < claims; i++) for (const sg of claimSegments(i)) seg(sg);
seg(`PLB*1234567893*20261231*${plb.map(([k, a]) => `${k}*${a}`).join('*')}`);
pending += `SE*${segments + 1}*0001~\nGE*1*1~\nIEA*1*000000001~\n`;
writeSync(fd, pending);
closeSync(fd);
const size = statSync(file).size;
console.log(`generated 835: ${claims.toLocaleString()} claims, ${mb(size)} (${segments.toLocaleString()} segments)`);

// 2. Read it as `chartside remit` does: chunks in, each claim triaged as it completes, nothing kept.
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peakHeap = 0;
let peakRss = 0;
let triaged = 0;
let denied = 0;
let triage: ((c: Parameters<ReturnType<typeof claimTriage>>[0]) => ClaimReport) | null = null;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const reader = remit835Reader({
  keepClaims: false,
  onClaim: (c, r) => {
    triage ??= claimTriage(r);
    const rep = triage(c);
    triaged++;
    if (rep.lines.some((l) => l.status === 'denied') || rep.triage?.origin === 'billing') denied++;
  },
});
readChunks(file, reader.push, () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
});
const remits = reader.end();
const ms = performance.now() - t0;
const cpuMs = cpuOf(process.cpuUsage(cpu0));
rmSync(dir, { recursive: true, force: true });
const r = remits[0]!;
row(
  `835 streamed: read + map + triage, ${mb(size)}`,
  `${fmt(ms / 1000, 2)} s, ${fmt(size / 2 ** 20 / (ms / 1000), 1)} MB/s`,
  'issue: 100 MB in bounded memory',
);
row('835 claims read and triaged', `${fmt(triaged / (ms / 1000), 0)} claims/s (${triaged.toLocaleString()} claims, ${denied.toLocaleString()} with a denial)`);
row(
  '  the same per second of CPU time',
  `${fmt(triaged / (cpuMs / 1000), 0)} claims/s, ${fmt(size / 2 ** 20 / (cpuMs / 1000), 1)} MB/s`,
  'CPU time: what a loaded machine does not blur',
);
row('memory while reading: peak heap / peak RSS sampled', `${mb(peakHeap)} / ${mb(peakRss)}`, `RSS before reading ${mb(rssBefore)}; file ${mb(size)}`);
row('process maximum RSS (resourceUsage().maxRSS)', mb(process.resourceUsage().maxRSS * 1024), 'whole run, generation included');
row(
  'reconciliation of the generated file',
  r.reconciliation!.balanced ? 'balances' : 'does not balance',
  `${r.reversals?.length ?? 0} reversals; ${r.providerAdjustments!.length} PLB amounts`,
);

// 3. 837P: a batch of claims parsed and checked, as `chartside check --jsonl batch.837` does.
const codeSets = await loadCodeSets();
const dx = ['E11.22', 'N18.31', 'I12.9', 'M17.12', 'J02.9', 'Z00.00', 'E55.9', 'I10'];
const claims837: BuildClaim[] = Array.from({ length: n837 }, (_, i) => ({
  id: `P${i}`,
  payer: { name: 'ACME HEALTH PLAN', kind: i % 3 ? 'commercial' : 'medicare', payerId: 'ACME1' },
  patient: { firstName: 'Ana', lastName: 'Ruiz', dob: '1956-10-28', sex: 'F', memberId: `M${i}` },
  billingProvider: { npi: '1234567893', taxonomy: '207Q00000X' },
  renderingProvider: { npi: '1245319599' },
  placeOfService: '11',
  priorAuthorization: i % 5 ? null : `A${i}`,
  submissionDate: '2026-11-20',
  diagnoses: [dx[i % dx.length]!, dx[(i + 3) % dx.length]!, dx[(i + 5) % dx.length]!],
  lines: Array.from({ length: 1 + (i % 3) }, (_, k) => ({
    dateOfService: '2026-11-03',
    code: codes[(i + k) % codes.length]!,
    modifiers: k === 0 && i % 2 ? ['25'] : [],
    units: 1,
    diagnosisPointers: [1, 2],
    charge: 100 + k,
  })),
}));
const batch = build837p(claims837);
const pass = () => {
  const t = performance.now();
  const c0 = process.cpuUsage();
  const read = read837p(batch);
  let flags = 0;
  for (const c of read.claims) if (c.claim) flags += checkClaim({ claim: Claim.parse(c.claim) }, { codeSets }).length;
  return { ms: performance.now() - t, cpuMs: cpuOf(process.cpuUsage(c0)), claims: read.claims.length, flags };
};
pass(); // warm-up: the figure is the steady rate, not JIT start-up
const passes = [pass(), pass(), pass()].sort((a, b) => a.ms - b.ms);
const mid = passes[1]!;
row(
  `837P parse + contract + check, ${n837.toLocaleString()} claims (${mb(batch.length)})`,
  `${fmt(mid.ms, 0)} ms, ${fmt(mid.claims / (mid.ms / 1000), 0)} claims/s`,
  'aim (issue): >= 5,000 claims/s; median of 3 after a warm-up',
);
row('  the same per second of CPU time', `${fmt(mid.claims / (mid.cpuMs / 1000), 0)} claims/s`, 'CPU time: what a loaded machine does not blur');
const flags = mid.flags;
row('837P flags raised', `${flags.toLocaleString()}`);
console.log(`(machine load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores while measuring)`);
