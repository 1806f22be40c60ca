/**
 * `npm run eval:claims`: checks every case of the claims development set (or the folder given
 * as the first argument) with its edit tables and payer profiles, and prints per-rule and
 * overall precision / recall / F1, clean claims flagged, CARC and severity agreement, and
 * every miss and false alarm.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimCase, PayerProfiles } from '../../shared/contracts/claim.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { loadEditDir } from '../../cli/edits-dir.ts';
import { profilesFor } from '../../shared/claims/payers/select-profile.ts';
import { f1, precision, recall, scoreCase, tally, type CaseScore, type GoldFlag } from '../../shared/claims/eval/score.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/eval/claims');
const codeSets = await loadCodeSets();
const edits = loadEditDir(join(dir, 'edits'));
const profiles = PayerProfiles.parse(JSON.parse(readFileSync(join(dir, 'payers.json'), 'utf8')));

const scores: CaseScore[] = [];
let carcSame = 0;
let sevSame = 0;
for (const file of readdirSync(dir)
  .filter((f) => /^c\d+\.json$/.test(f))
  .sort()) {
  const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string; expected: GoldFlag[]; dont_care?: GoldFlag[] };
  const c = ClaimCase.parse(raw);
  const flags = checkClaim(
    { claim: c.claim, eligibility: c.eligibility ?? null, payerProfiles: profilesFor(c.payerProfile, profiles), payerProfileId: c.payerProfile },
    { codeSets, edits },
  );
  const s = scoreCase(raw.id ?? file, flags, raw.expected, raw.dont_care);
  for (const h of s.hits) {
    if (h.gold.carc === undefined || h.gold.carc === h.flag.carc) carcSame++;
    if (h.gold.severity === undefined || h.gold.severity === h.flag.severity) sevSame++;
  }
  scores.push(s);
}

const { perRule, overall } = tally(scores);
const pct = (x: number) => x.toFixed(3);
console.log('rule                      tp  fp  fn  precision recall  f1');
for (const [rule, t] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(
    `${rule.padEnd(24)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${pct(precision(t))}     ${pct(recall(t))}  ${pct(f1(t))}`,
  );
}
const clean = scores.filter((s) => s.clean);
console.log(
  `\noverall: tp ${overall.tp} fp ${overall.fp} fn ${overall.fn}  precision ${pct(precision(overall))} (aim >= 0.95)  recall ${pct(recall(overall))} (aim >= 0.95)  F1 ${pct(f1(overall))}`,
);
console.log(
  `clean claims flagged: ${clean.filter((s) => s.flaggedClean).length}/${clean.length} = ${pct(clean.length ? clean.filter((s) => s.flaggedClean).length / clean.length : 0)} (aim <= 0.05)`,
);
console.log(`CARC agreement on matched flags: ${carcSame}/${overall.tp}; severity agreement: ${sevSame}/${overall.tp}`);
for (const s of scores) {
  for (const m of s.misses) console.log(`MISS  ${s.id}  ${m.rule} ${m.field}`);
  for (const f of s.falseAlarms) console.log(`FALSE ${s.id}  ${f.rule} ${f.field} [${f.severity}] ${f.message}`);
  for (const h of s.hits) {
    if (h.gold.carc !== undefined && h.gold.carc !== h.flag.carc)
      console.log(`CARC  ${s.id}  ${h.gold.rule} ${h.gold.field}: gold ${h.gold.carc}, engine ${h.flag.carc}`);
    if (h.gold.severity !== undefined && h.gold.severity !== h.flag.severity)
      console.log(`SEV   ${s.id}  ${h.gold.rule} ${h.gold.field}: gold ${h.gold.severity}, engine ${h.flag.severity}`);
  }
}
