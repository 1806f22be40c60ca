/**
 * Coding engine benchmark (issue 4). Prints, each beside its aim:
 *  - cold start (index load + first note) in fresh processes, as a service worker or a CLI run
 *    meets it: with the matcher packs `codes build` ships (the default), and without them (the
 *    matcher built on the spot) for comparison; split into load, matcher restore and first note;
 *  - warm suggest median and p95 over the development notes (5 rounds; the first round also pays
 *    for the index groups and categories a note names first when no pack is shipped);
 *  - shipped artifact sizes and peak RSS, and a network coding API's round trip as the reference.
 * Run: npx tsx scripts/bench/coding.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { generatedDir } from '../../cli/codesets/paths.ts';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import type { CodeSetManifest } from '../../shared/codes/model.ts';
import { titleIndex } from '../../shared/coding/matcher/title-index.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { fmt, median, p95, row } from '../lib/report.ts';

const dir = process.env.NOTES_DIR ?? join(import.meta.dirname, '../../../shared/eval/notes');
const docs: ClinicalDocument[] = readdirSync(dir)
  .filter((f) => /^n\d+\.json$/.test(f))
  .sort()
  .map((f) => {
    const n = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    return { text: n.text, setting: n.setting ?? 'office', patient: n.patient ?? {}, ...(n.dateOfService && { dateOfService: n.dateOfService }) };
  });
/** Without its packs, the same code sets build the matcher from titles and index on first use. */
const unpacked = (cs: CodeSets): CodeSets => Object.assign(Object.create(cs) as CodeSets, { matcherPack: () => undefined });

// Child mode: one fresh-process cold start, printed as JSON for the parent.
const child = process.env.CODING_BENCH_CHILD;
if (child) {
  const note = docs[Number(process.env.CODING_BENCH_NOTE ?? 0) % docs.length]!;
  const t0 = performance.now();
  const loaded = await loadCodeSets();
  const cs = child === 'packed' ? loaded : unpacked(loaded);
  const t1 = performance.now();
  titleIndex(cs, note.dateOfService);
  const t2 = performance.now();
  suggest(note, cs);
  const t3 = performance.now();
  console.log(JSON.stringify({ load: t1 - t0, matcher: t2 - t1, note: t3 - t2, cold: t3 - t0 }));
  process.exit(0);
}

type Cold = { load: number; matcher: number; note: number; cold: number };
function coldRuns(mode: 'packed' | 'built', n: number): Cold[] {
  const out: Cold[] = [];
  for (let i = 0; i < n; i++) {
    // A different note each run: the first note's own cost varies with what it names.
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename], {
      env: { ...process.env, CODING_BENCH_CHILD: mode, CODING_BENCH_NOTE: String(i * 7) },
      encoding: 'utf8',
    });
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    try {
      out.push(JSON.parse(line) as Cold);
    } catch {
      throw new Error(`cold-start child failed: ${(r.stderr || line).split('\n')[0]}`);
    }
  }
  return out;
}

console.log(`coding engine, ${docs.length} notes; machine load average ${fmt(loadavg()[0]!)} (figures grow with it)`);
const packed = coldRuns('packed', 9);
const built = coldRuns('built', 3);
const med = (runs: Cold[], k: keyof Cold) => fmt(median(runs.map((r) => r[k])));
row('cold start, shipped matcher (median of 9 processes)', `${med(packed, 'cold')} ms (p95 ${fmt(p95(packed.map((r) => r.cold)))})`, 'aim <= 300 ms');
row('  code-set index load / matcher restore / first note', `${med(packed, 'load')} / ${med(packed, 'matcher')} / ${med(packed, 'note')} ms`);
row('cold start, matcher built on the spot (median of 3)', `${med(built, 'cold')} ms`, 'no pack: for comparison');
row('  code-set index load / matcher build / first note', `${med(built, 'load')} / ${med(built, 'matcher')} / ${med(built, 'note')} ms`);

let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const codeSets = await loadCodeSets();
const wall: number[] = [];
const later: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const d of docs) {
    const a = performance.now();
    suggest(d, codeSets);
    const w = performance.now() - a;
    wall.push(w);
    if (round > 0) later.push(w);
  }
  sample();
}
row(`warm suggest median (${wall.length} calls)`, `${fmt(median(wall), 2)} ms`, 'aim <= 5 ms');
row('warm suggest p95', `${fmt(p95(wall), 2)} ms`, 'aim <= 20 ms');
row('warm suggest p95, rounds 2-5', `${fmt(p95(later), 2)} ms`, 'aim <= 20 ms');

const manifest = JSON.parse(readFileSync(join(generatedDir, 'manifest.json'), 'utf8')) as CodeSetManifest;
const size = (file: string) => {
  const b = readFileSync(join(generatedDir, file));
  return `${fmt(statSync(join(generatedDir, file)).size / 2 ** 20, 2)} MB raw, ${fmt(gzipSync(b).length / 2 ** 20, 2)} MB gzip`;
};
for (const m of manifest.matchers ?? []) row(`shipped matcher pack ${m.year}`, size(m.file));
const idx = titleIndex(codeSets, undefined);
row('matcher: billable titles / index paths / inclusion terms', `${idx.titles.size} / ${idx.phrases.list.size} / ${idx.inclusions.list.size}`);
row('peak RSS', `${fmt(peak / 2 ** 20, 0)} MB`);
row('reference: one round trip to a cloud coding API', '150-300 ms (assumed, not measured)');
