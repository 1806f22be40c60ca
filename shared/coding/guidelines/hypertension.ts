import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'hypertension',
  section: 'I.C.9.a (hypertension with heart disease and/or chronic kidney disease)',
  decides: 'Replaces I10 beside heart disease or CKD with the presumed-linked I11/I12/I13 combination code, plus the heart-failure type and CKD stage.',
};

/**
 * ICD-10-CM I.C.9.a: hypertension with heart failure / heart disease and/or CKD is presumed linked;
 * report I11/I12/I13 (first, in place of the heart or kidney code's position) plus the heart-failure
 * type and the CKD stage, never I10 beside them.
 */
export const hypertensionCombination: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const htn = list.filter((f) => f.code === 'I10' || /^I1[123]/.test(f.code));
  const hf = list.filter((f) => f.code.startsWith('I50'));
  // "CKD stage 3a with hypertension": the statement names the hypertension its own code did not take.
  const said = [...hf, ...list.filter((f) => /^N18\./.test(f.code))].some(
    (f) => f.stmt && /\b(?:hypertension|hypertensive|HTN)\b/i.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end)),
  );
  if (htn.length === 0 && !said && !/hypertensive heart/i.test(ctx.doc.text)) return;
  // "HTN w/ chronic diastolic HF": the hypertension statement names the heart failure its own code did
  // not take (Index: Hypertension, with, heart failure; medical-abbreviations: HF, CHF, heart failure).
  const hfSaid = htn.some((f) => f.stmt && /\b(?:heart failure|C?HF(?:[pr]EF)?)\b/i.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end)));
  // A combination code the statement itself reached ("hypertensive heart and kidney disease ... HF":
  // I13.0) says what it combines: the kidney disease, the heart disease and the heart failure.
  const named = (re: RegExp) => htn.some((f) => re.test(f.code));
  const hhd = /hypertensive heart/i.test(ctx.doc.text) || hf.length > 0 || hfSaid || named(/^I1[13]/);
  const ckd = list.filter((f) => /^N18\.(?:[1-46]|3[0-2]?|9)/.test(f.code));
  // A diabetic CKD code (E08-E13 .22) names the kidney disease whose stage its use-additional note adds later (I.A.13).
  const diabeticCkd = list.filter((f) => /^E(?:0[89]|1[013])\.22$/.test(f.code));
  const kidney = ckd.length > 0 || diabeticCkd.length > 0 || named(/^I1[23]/);
  if (!hhd && !kidney) return;
  const saysLate = (f: (typeof list)[number]) =>
    !!f.stmt && /\b(?:ESRD|end[- ]stage|stage (?:5|V)\b|CKD ?(?:5|V)\b)/i.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end));
  const late = ckd.some((f) => /^N18\.[56]/.test(f.code)) || diabeticCkd.some(saysLate) || named(/^I12\.0|^I13\.(?:11|2)/);
  const failure = hf.length > 0 || hfSaid || named(/^I11\.0|^I13\.[02]/);
  // I.C.9.a.3: I13.0/I13.2 with heart failure, I13.10/I13.11 without it.
  const code =
    hhd && kidney ? (failure ? (late ? 'I13.2' : 'I13.0') : late ? 'I13.11' : 'I13.10') : hhd ? (failure ? 'I11.0' : 'I11.9') : late ? 'I12.0' : 'I12.9';
  const anchor = [...hf].sort((a, b) => a.order - b.order)[0] ?? htn[0] ?? ckd[0] ?? diabeticCkd[0]!;
  // A statement that already reached the combination's category ("Hypertensive heart and chronic kidney
  // disease, CKD stage 4") is its evidence, and the statement its "use additional code" notes read (I.A.13).
  const own = htn.find((h) => h.stmt && h.code.slice(0, 3) === code.slice(0, 3)) ?? anchor;
  // I.C.9.a sets no sequence between diabetic and hypertensive CKD: named in one statement, the
  // statement's own order stands ("CKD 3b due to diabetic nephropathy and hypertension": E11.22 first),
  // read by which cause the statement names first ("CKD 4 due to diabetic nephropathy; HTN contributing").
  const stmt = own.stmt ? ctx.doc.text.slice(own.stmt.start, own.stmt.end) : '';
  const firstAt = (re: RegExp) => stmt.search(re);
  const diabetesAt = firstAt(/\b(?:diabet\w*|T[12]DM|DM\d?|IDDM|NIDDM)\b/i);
  const htnAt = firstAt(/\b(?:hypertens\w*|HTN)\b/i);
  const sameStatement =
    diabeticCkd.some((d) => !!own.stmt && d.start >= own.stmt.start && d.start <= own.stmt.end) && diabetesAt >= 0 && (htnAt < 0 || diabetesAt < htnAt);
  // The combination takes its anchor's place, after a condition its statement names first ("AKI due to ATN,
  // on CKD 3b": N17.0 stays the head, then I12.9 before N18.32, whose stage it asks for, I.C.9.a.2).
  const combined = (o: (typeof list)[number]) => /^(?:I1[0-6]|I50|N18|E(?:0[89]|1[013])\.22)/.test(o.code);
  const head = list.find((o) => o.order === anchor.order && !combined(o));
  const place = list.find((o) => o.order === anchor.order && combined(o))!;
  const afterHead = !sameStatement && !!head && list.indexOf(head) < list.indexOf(place);
  const at = sameStatement || afterHead ? anchor.order : anchor.order - 0.5;
  const f = addFinding(ctx, code, { ...own, order: at }, hypertensionWhy(code));
  if (!f) return;
  f.order = Math.min(f.order, at);
  if (afterHead && f.order === anchor.order) ctx.findings.splice(ctx.findings.indexOf(place), 0, ...ctx.findings.splice(ctx.findings.indexOf(f), 1));
  // The combination keeps its statement, where its "use additional code" notes look for the detail (I.A.13).
  if (!f.stmt && own.stmt) f.stmt = own.stmt;
  for (const h of htn) if (h !== f) drop(h, 'other', `ICD-10-CM I.C.9.a: replaced by the combination code ${code}`);
  // I.C.9.a.6: secondary hypertension is hypertension due to an underlying condition the note names as
  // its cause ("due to", "secondary to", "2/2"); "hypertensive heart and CKD" is the presumed-linked
  // combination instead, not "Hypertension, due to, renal disorders" read from the same words.
  for (const s of list.filter((x) => /^I15\./.test(x.code) && x.stmt))
    if (!/\bdue to\b|\bsecondary\b|\b2\/2\b|\brenovascular\b/i.test(ctx.doc.text.slice(s.stmt!.start, s.stmt!.end)))
      drop(s, 'other', `ICD-10-CM I.C.9.a.6: no cause of secondary hypertension is stated; ${code} codes the hypertension`);
};

/** The guideline paragraph behind each combination, in words. */
export function hypertensionWhy(code: string): string {
  if (code.startsWith('I13')) return 'ICD-10-CM I.C.9.a.3: hypertensive heart and chronic kidney disease, presumed linked';
  if (code.startsWith('I12')) return 'ICD-10-CM I.C.9.a.2: hypertension with chronic kidney disease, presumed linked';
  return 'ICD-10-CM I.C.9.a.1: hypertension with heart disease, presumed linked';
}
