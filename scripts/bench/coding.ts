/**
 * Coding engine benchmark: cold start (index load + first note), warm suggest median/p95 per note
 * over the development notes, peak memory; beside an assumed network round trip for a cloud API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';

const dir = process.env.NOTES_DIR ?? join(import.meta.dirname, '../../../shared/eval/notes');
const docs: ClinicalDocument[] = readdirSync(dir).filter((f) => /^n\d+\.json$/.test(f)).sort().map((f) => {
  const n = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return { text: n.text, setting: n.setting ?? 'office', patient: n.patient ?? {} };
});
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const t0 = performance.now();
const codeSets = await loadCodeSets();
const tLoad = performance.now() - t0;
suggest(docs[0]!, codeSets);
const tCold = performance.now() - t0;
sample();
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const d of docs) {
    const a = performance.now();
    suggest(d, codeSets);
    times.push(performance.now() - a);
  }
  sample();
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`coding engine, ${docs.length} notes x 5 rounds (${times.length} calls)`);
console.log(`  cold start (index load ${ms(tLoad)} + first note)  ${ms(tCold)}   aim <= 300 ms`);
console.log(`  warm suggest median  ${ms(q(0.5))}   aim <= 5 ms`);
console.log(`  warm suggest p95     ${ms(q(0.95))}   aim <= 20 ms`);
console.log(`  peak RSS             ${(peak / 1048576).toFixed(0)} MB`);
console.log(`  reference: one round trip to a cloud coding API, 150-300 ms (assumed, not measured)`);
