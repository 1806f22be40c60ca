/**
 * `npm run eval:notes`: the coding engine against the development notes (shared/eval/notes).
 * Prints, for all notes and for each part of the set: micro P/R/F1 of recommended ICD-10-CM codes,
 * recall anywhere in suggestions, trap rate,
 * first-listed accuracy, E/M exact, HCPCS P/R and the ten worst notes with what went wrong.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { isEm, scoreNote, summarize, type GoldNote, type NoteScore } from '../../shared/coding/eval/score.ts';

const dir = process.argv[2] ?? process.env.NOTES_DIR ?? join(import.meta.dirname, '../../../shared/eval/notes');
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`eval:notes: ${dir} is not a folder of notes. Usage: npm run eval:notes [-- FOLDER] (default ../shared/eval/notes)`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const codeSets = await loadCodeSets();
const rows: NoteScore[] = [];
for (const f of files) {
  let raw: GoldNote & { text: string; setting?: string; patient?: unknown };
  try {
    raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  } catch (e) {
    console.error(`${f}: not valid JSON (${(e as Error).message})`);
    process.exit(2);
  }
  const doc = ClinicalDocument.safeParse({ text: raw.text, setting: raw.setting, patient: raw.patient ?? {} });
  if (!doc.success) {
    console.error(`${f}: ${doc.error.issues[0]?.path.join('.')}: ${doc.error.issues[0]?.message}`);
    process.exit(2);
  }
  const res = suggest(doc.data, codeSets);
  const icd = res.suggestions.filter((s) => s.system === 'ICD-10-CM');
  rows.push(
    scoreNote(raw, {
      recommended: icd.filter((s) => s.recommended).map((s) => s.code),
      all: icd.map((s) => s.code),
      first: icd.find((s) => s.first)?.code ?? null,
      em: res.suggestions.find((s) => s.system === 'CPT' && s.recommended && isEm(s.code))?.code ?? null,
      hcpcs: res.suggestions.filter((s) => s.system === 'HCPCS' && s.recommended).map((s) => s.code),
    }),
  );
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
// The set's README numbers its two parts: n001-n110 (the first set) and n201-n320 (written later by
// a separate team). The second part is the nearer figure to an unseen score, so both are shown.
const parts: [string, NoteScore[]][] = [
  ['all', rows],
  ['n001-n110', rows.filter((r) => /^n[01]\d\d$/.test(r.id))],
  ['n201-n320', rows.filter((r) => /^n[23]\d\d$/.test(r.id))],
];
console.log(`notes: ${rows.length} (${dir})`);
console.log('aims on development notes: F1 >= 0.90, traps <= 1%, first-listed >= 90%, E/M exact >= 85%\n');
console.log('set         notes  ICD P   ICD R   ICD F1  anywhere  traps   first   E/M exact      HCPCS P/R');
for (const [name, part] of parts.filter(([, p]) => p.length)) {
  const s = summarize(part);
  const cells = [
    name.padEnd(11),
    String(part.length).padStart(5),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
    pct(s.anywhereRecall).padStart(8),
    pct(s.trapRate).padStart(6),
    pct(s.firstListed).padStart(6),
    `${pct(s.emExact)} of ${s.emCount}`.padStart(13),
    `${s.hcpcsPrecision.toFixed(2)}/${s.hcpcsRecall.toFixed(2)}`,
  ];
  console.log(cells.join('  '));
}
console.log('\nworst ten notes:');
const bad = (r: NoteScore) => r.fp.length + r.fn.length + r.traps.length * 2 + (r.firstOk ? 0 : 1) + (r.emGold && r.em !== r.emGold ? 1 : 0);
for (const r of [...rows].sort((a, b) => bad(b) - bad(a)).slice(0, 10)) {
  console.log(
    `  ${r.id}: missed [${r.fn.join(' ')}] false+ [${r.fp.join(' ')}] traps [${r.traps.join(' ')}]${r.firstOk ? '' : ' first-listed wrong'}${r.emGold && r.em !== r.emGold ? ` E/M ${r.em ?? '-'} vs ${r.emGold}` : ''}`,
  );
}
