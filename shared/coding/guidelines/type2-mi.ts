import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'type2-mi',
  section: 'I.C.9.e.5 (type 2 myocardial infarction: I21.A1, even when described as NSTEMI or STEMI)',
  decides: 'Turns an acute myocardial infarction (I21.0-I21.4, I21.9) its statement calls type 2 or demand into I21.A1.',
};

/** "Type 2" or "type II" said of the infarction, not of diabetes; "demand" (ischemia due to demand). */
const type2 = /\btype[ -]?(?:2|II)\b(?!\s*(?:diabet|DM\b))|\bdemand\b/i;

/**
 * ICD-10-CM I.C.9.e.5: "Type 2 myocardial infarction (myocardial infarction due to demand ischemia or
 * secondary to ischemic imbalance) is assigned to code I21.A1 ... If a type 2 AMI is described as
 * NSTEMI or STEMI, only assign code I21.A1." Read in the infarction's own statement, uncertain or not
 * as its setting reads it ("NSTEMI - likely type 2 (demand)" in a hospital note).
 */
export const type2Mi: GuidelineRule = (ctx) => {
  for (const f of active(ctx)) {
    if (!/^I21\.[0-49]/.test(f.code)) continue;
    const stmt = f.stmt ? ctx.doc.text.slice(f.stmt.start, f.stmt.end) : ctx.doc.text.slice(f.start, f.end);
    if (!type2.test(stmt)) continue;
    const why = `ICD-10-CM I.C.9.e.5: a type 2 infarction described as ${f.code} is I21.A1 only`;
    if (addFinding(ctx, 'I21.A1', f, why)) drop(f, 'other', why);
  }
};
