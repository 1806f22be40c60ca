/**
 * `npm run eval:notes`: the coding engine against the development notes (shared/eval/notes).
 * Prints micro P/R/F1 of recommended ICD-10-CM codes, recall anywhere in suggestions, trap rate,
 * first-listed accuracy, E/M exact, HCPCS P/R and the ten worst notes with what went wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { isEm, scoreNote, summarize, type GoldNote, type NoteScore } from '../../shared/coding/eval/score.ts';

const dir = process.argv[2] ?? process.env.NOTES_DIR ?? join(import.meta.dirname, '../../../shared/eval/notes');
const files = readdirSync(dir).filter((f) => /^n\d+\.json$/.test(f)).sort();
const codeSets = await loadCodeSets();
const rows: NoteScore[] = [];
for (const f of files) {
  let raw: GoldNote & { text: string; setting?: string; patient?: unknown };
  try { raw = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch (e) { console.error(`${f}: not valid JSON (${(e as Error).message})`); process.exit(2); }
  const doc = ClinicalDocument.safeParse({ text: raw.text, setting: raw.setting, patient: raw.patient ?? {} });
  if (!doc.success) { console.error(`${f}: ${doc.error.issues[0]?.path.join('.')}: ${doc.error.issues[0]?.message}`); process.exit(2); }
  const res = suggest(doc.data, codeSets);
  const icd = res.suggestions.filter((s) => s.system === 'ICD-10-CM');
  rows.push(scoreNote(raw, {
    recommended: icd.filter((s) => s.recommended).map((s) => s.code), all: icd.map((s) => s.code),
    first: icd.find((s) => s.first)?.code ?? null,
    em: res.suggestions.find((s) => s.system === 'CPT' && s.recommended && isEm(s.code))?.code ?? null,
    hcpcs: res.suggestions.filter((s) => s.system === 'HCPCS' && s.recommended).map((s) => s.code),
  }));
}
const s = summarize(rows);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`notes: ${rows.length} (${dir})`);
console.log(`ICD-10-CM recommended  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}   (target F1 >= 0.85)`);
console.log(`gold recall anywhere in suggestions  ${pct(s.anywhereRecall)}`);
console.log(`must_not traps recommended  ${pct(s.trapRate)}   (target <= 2%)`);
console.log(`first-listed accuracy  ${pct(s.firstListed)}`);
console.log(`E/M exact  ${pct(s.emExact)} of ${s.emCount}   (target >= 80%)`);
console.log(`HCPCS  P ${s.hcpcsPrecision.toFixed(3)}  R ${s.hcpcsRecall.toFixed(3)}`);
console.log('\nworst ten notes:');
const bad = (r: NoteScore) => r.fp.length + r.fn.length + r.traps.length * 2 + (r.firstOk ? 0 : 1) + (r.emGold && r.em !== r.emGold ? 1 : 0);
for (const r of [...rows].sort((a, b) => bad(b) - bad(a)).slice(0, 10)) {
  console.log(`  ${r.id}: missed [${r.fn.join(' ')}] false+ [${r.fp.join(' ')}] traps [${r.traps.join(' ')}]${r.firstOk ? '' : ' first-listed wrong'}${r.emGold && r.em !== r.emGold ? ` E/M ${r.em ?? '-'} vs ${r.emGold}` : ''}`);
}
