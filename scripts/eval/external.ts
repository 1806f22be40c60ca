/**
 * `npm run eval:external [-- FOLDER] [--setting S]`: the coding engine on real text nobody on the
 * project wrote, the CodiEsp clinical cases (codiesp.ts), beside a naive title matcher
 * (naive-matcher.ts). Prints strict and three-character precision, recall and F1 of recommended
 * ICD-10-CM codes for each split, then the engine's most frequent false positives: CodiEsp's gold
 * codes every mention, so its recall is no aim, but a code recommended from a lone generic word is
 * a defect to fix in the engine (never by naming a document).
 */
import { join } from 'node:path';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { type CodedDocument, commonFalsePositives, scoreCodeSets } from '../../shared/coding/eval/code-set-score.ts';
import { ClinicalDocument, settings } from '../../shared/contracts/suggestion.ts';
import { CorpusError, readCodiesp, type CodiespSplit } from './codiesp.ts';
import { naiveMatcher } from './naive-matcher.ts';

const usage = 'Usage: npm run eval:external [-- FOLDER] [--setting S] (default ../shared/eval-external/codiesp, setting inpatient-progress)';
const args = process.argv.slice(2);
const at = args.indexOf('--setting');
const setting = at >= 0 ? args[at + 1] : 'inpatient-progress';
if (!setting || !(settings as readonly string[]).includes(setting)) {
  console.error(`eval:external: --setting must be one of ${settings.join(', ')}. ${usage}`);
  process.exit(2);
}
const positional = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
const dir = positional[0] ?? (process.env.CHARTSIDE_CODIESP || join(import.meta.dirname, '../../../shared/eval-external/codiesp'));

let splits: CodiespSplit[];
try {
  splits = readCodiesp(dir);
} catch (err) {
  if (!(err instanceof CorpusError)) throw err;
  console.error(`eval:external: ${err.message}. CodiEsp is read as published: <split>/<split>D.tsv with <split>/text_files_en/*.txt. ${usage}`);
  process.exit(2);
}

const codeSets = await loadCodeSets();
const naive = naiveMatcher(codeSets.icdEntries());
const total = splits.reduce((n, s) => n + s.docs.length, 0);
const progress = process.stderr.isTTY ? (done: number) => process.stderr.write(`\r  coding ${done}/${total} documents`) : () => {};
let done = 0;
const results = splits.map((split) => {
  const engine: CodedDocument[] = [];
  const baseline: CodedDocument[] = [];
  for (const d of split.docs) {
    const doc = ClinicalDocument.parse({ text: d.text, setting });
    const recommended = suggest(doc, codeSets).suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended);
    engine.push({ gold: d.gold, predicted: recommended.map((s) => s.code) });
    baseline.push({ gold: d.gold, predicted: naive(d.text) });
    if (++done % 10 === 0 || done === total) progress(done);
  }
  return { name: split.name, engine, baseline };
});
if (process.stderr.isTTY) process.stderr.write('\n');

const f = (x: number) => x.toFixed(3).padStart(6);
const line = (cells: string[]) => cells.join('  ');
const row = (name: string, docs: number, who: string, coded: CodedDocument[]) => {
  const s = scoreCodeSets(coded, 'strict');
  const c = scoreCodeSets(coded, 'category');
  const perDoc = coded.reduce((n, d) => n + new Set(d.predicted).size, 0) / Math.max(1, coded.length);
  return line([
    name.padEnd(6),
    String(docs).padStart(5),
    who.padEnd(14),
    f(s.precision),
    f(s.recall),
    f(s.f1),
    f(c.precision),
    f(c.recall),
    f(c.f1),
    perDoc.toFixed(1).padStart(9),
  ]);
};
console.log(`codiesp: ${total} documents in ${splits.length} split(s) (${dir}); setting ${setting}`);
console.log('aims (engine, strict): precision >= 0.60, F1 >= 0.35\n');
console.log(line(['split ', ' docs', 'matcher'.padEnd(14), ...['P', 'R', 'F1', '3c P', '3c R', '3c F1'].map((h) => h.padStart(6)), 'codes/doc']));
const all =
  results.length > 1 ? [...results, { name: 'all', engine: results.flatMap((r) => r.engine), baseline: results.flatMap((r) => r.baseline) }] : results;
for (const r of all) {
  console.log(row(r.name, r.engine.length, 'engine', r.engine));
  console.log(row('', r.engine.length, 'naive matcher', r.baseline));
}
console.log('(P, R, F1: whole codes; 3c: three-character categories)');
console.log('\nengine: most frequent false positives (strict), documents');
const wrong = commonFalsePositives(all.at(-1)!.engine, 15);
if (wrong.length === 0) console.log('  none');
for (const { code, documents } of wrong) {
  console.log(`  ${code.padEnd(8)} ${String(documents).padStart(4)}  ${codeSets.icd(code)?.title ?? ''}`);
}
