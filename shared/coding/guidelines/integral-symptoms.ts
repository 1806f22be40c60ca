import { lineOf } from '../text/lines.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'integral-symptoms',
  section: 'I.B.4-I.B.5 (signs and symptoms integral to a definitive diagnosis), I.A.13 (use additional code)',
  decides: "Drops a chapter 18 sign or symptom found in the same statement as a definitive diagnosis, unless that diagnosis's note asks for it.",
};

/**
 * I.B.4-5: a sign or symptom (chapter 18, R codes) found in the same statement as a definitive
 * diagnosis is integral to it and not coded separately; a symptom standing alone is kept.
 */
export const integralSymptoms: GuidelineRule = (ctx) => {
  const list = active(ctx);
  for (const f of list) {
    if (!f.code.startsWith('R') || f.source === 'rule') continue;
    // SIRS and severe sepsis (R65.1-, R65.2-) are reported with their underlying condition by
    // instruction (I.C.1.d.1.b, I.C.18.g), not symptoms it explains.
    if (/^R65\.[12]/.test(f.code)) continue;
    // A diagnosis whose tabular note says "use additional code ... symptoms" (N40.1) keeps them (I.A.13).
    const sameStatement = list.some(
      (o) =>
        o !== f && !o.code.startsWith('R') && !o.code.startsWith('Z') && !asksFor(ctx, o.code, f.code) && o.order === f.order && o.section === 'assessment',
    );
    if (sameStatement) drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom integral to the diagnosis in the same statement');
    // A symptom whose item defers to another problem ("# Dyspnea - see #1/#2") is that problem's, when one is coded there.
    else if (refersToProblem.test(lineOf(ctx.doc.text, f.start)) && list.some((o) => o !== f && !/^[RZ]/.test(o.code) && o.section === 'assessment'))
      drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom its item refers to another problem it is integral to');
  }
};

/**
 * An item deferring to another problem of the list ("see #1", "see above"). A cause named instead
 * ("Nausea w/ vomiting 2/2 #1") may be a poisoning's manifestation, coded after it (I.C.19.e.5.b).
 */
const refersToProblem = /\bsee (?:#\s?\d|above|problem \d|item \d)/i;

/** The diagnosis's "use additional code" note asks for symptoms, or names this symptom's code ("nocturia (R35.1)" at N40.1). */
function asksFor(ctx: RuleContext, code: string, symptom: string): boolean {
  if (typeof ctx.codeSets.icdNotes !== 'function') return false;
  const own = symptom.replace('.', '');
  return ctx.codeSets
    .icdNotes(code, ctx.doc.dateOfService)
    .useAdditional.some((r) => /\bsymptoms?\b/i.test(r.text) || (r.subdivisions ? own.startsWith(r.code.replace('.', '')) : own === r.code.replace('.', '')));
}
