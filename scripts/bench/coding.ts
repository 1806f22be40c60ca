/**
 * Coding engine benchmark (issue 4). Prints, each beside its aim:
 *  - cold start: index load + first note, split into load, matcher build and the note itself,
 *    wall and CPU time (the machine is shared: CPU time is the steadier figure);
 *  - warm suggest median and p95 over the development notes (5 rounds; the first round also pays
 *    for the Alphabetic Index groups each note names first);
 *  - cold start in fresh processes with a shipped matcher snapshot (snapshot.ts), and with the
 *    snapshot plus the raw Alphabetic Index tree accessor this engine asks the code sets for
 *    (a projection: the accessor is shimmed onto the instance here until the code sets add it);
 *  - matcher sizes and peak RSS.
 * Run: npx tsx scripts/bench/coding.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { restoreMatcher, snapshotMatcher } from '../../shared/coding/matcher/snapshot.ts';
import { titleIndex } from '../../shared/coding/matcher/title-index.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { fmt, median, p95, row } from '../lib/report.ts';

const dir = process.env.NOTES_DIR ?? join(import.meta.dirname, '../../../shared/eval/notes');
const docs: ClinicalDocument[] = readdirSync(dir).filter((f) => /^n\d+\.json$/.test(f)).sort().map((f) => {
  const n = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return { text: n.text, setting: n.setting ?? 'office', patient: n.patient ?? {} };
});
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const clock = () => [performance.now(), cpu()] as const;
const since = (a: readonly [number, number]) => { const b = clock(); return [b[0] - a[0], b[1] - a[1]] as const; };
const ms = ([wall, c]: readonly [number, number]) => `${fmt(wall)} ms wall, ${fmt(c)} ms CPU`;
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };

// Child mode: one fresh-process cold start with a snapshot file, printed as JSON for the parent.
const child = process.env.CODING_BENCH_CHILD;
if (child) {
  const [mode, file] = child.split(':') as [string, string];
  const t = clock();
  const cs = await loadCodeSets();
  if (mode === 'tree') Object.assign(cs, { alphabeticIndex: () => (cs as unknown as { indexOf: () => unknown }).indexOf() });
  restoreMatcher(cs, JSON.parse(readFileSync(file, 'utf8')), docs[0]!.dateOfService);
  const restored = since(t);
  suggest(docs[0]!, cs);
  console.log(JSON.stringify({ restored, cold: since(t) }));
  process.exit(0);
}

console.log(`coding engine, ${docs.length} notes; machine load average ${fmt(loadavg()[0]!)} (figures grow with it)`);
const t0 = clock();
const codeSets = await loadCodeSets();
const tLoad = since(t0);
const t1 = clock();
const idx = titleIndex(codeSets, docs[0]!.dateOfService);
const tBuild = since(t1);
const t2 = clock();
suggest(docs[0]!, codeSets);
const tNote = since(t2);
const tCold = since(t0);
sample();
row('cold: index load', ms(tLoad));
row('cold: title matcher build', ms(tBuild));
row('cold: first note (index grouping, tabular, HCPCS, …)', ms(tNote));
row('cold start (index load + first note)', ms(tCold), 'aim <= 300 ms');

const wall: number[] = [];
const cpus: number[] = [];
const later: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const d of docs) {
    const a = clock();
    suggest(d, codeSets);
    const [w, c] = since(a);
    wall.push(w);
    cpus.push(c);
    if (round > 0) later.push(w);
  }
  sample();
}
row(`warm suggest median (${wall.length} calls)`, `${fmt(median(wall), 2)} ms wall, ${fmt(median(cpus), 2)} ms CPU`, 'aim <= 5 ms');
row('warm suggest p95', `${fmt(p95(wall), 2)} ms wall, ${fmt(p95(cpus), 2)} ms CPU`, 'aim <= 20 ms');
row('warm suggest p95, rounds 2-5 (index groups built)', `${fmt(p95(later), 2)} ms wall`, 'aim <= 20 ms');
const tmp = mkdtempSync(join(tmpdir(), 'chartside-coding-bench-'));
const snapFile = join(tmp, 'matcher.json');
writeFileSync(snapFile, JSON.stringify(snapshotMatcher(codeSets, docs[0]!.dateOfService)));
for (const [mode, label] of [['snapshot', 'cold, fresh process, shipped matcher snapshot'], ['tree', 'cold, + index tree accessor (projection)']] as const) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename], { env: { ...process.env, CODING_BENCH_CHILD: `${mode}:${snapFile}` }, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const { restored, cold } = JSON.parse(line) as { restored: [number, number]; cold: [number, number] };
    row(label, ms(cold), 'aim <= 300 ms');
    row('  of which load + snapshot restore', ms(restored));
  } catch { row(label, `failed: ${(r.stderr || line).split('\n')[0]}`); }
}
row('matcher snapshot size (JSON)', `${fmt(statSync(snapFile).size / 2 ** 20, 2)} MB`);
rmSync(tmp, { recursive: true, force: true });
row('matcher: billable titles / vocabulary keys', `${idx.titles.size} / ${idx.vocab.keys.length}`);
row('matcher: title anchors / index phrases built', `${idx.anchorList.length} / ${idx.phrases.list.size}`);
row('peak RSS', `${fmt(peak / 2 ** 20, 0)} MB`);
row('reference: one round trip to a cloud coding API', '150-300 ms (assumed, not measured)');
