import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'antidiabetic-type',
  section: 'I.C.4.a.3 (Z79 antidiabetic codes with diabetes), I.A.13 ("use additional code" at E08, E09, E11, E13, not E10)',
  decides:
    'Drops the long-term insulin and antidiabetic Z79 codes when every reported diabetes code is one whose Tabular gives no "use additional code" for them (type 1: insulin is inherent).',
};

/** Diabetes categories (E08-E13) and diabetes in pregnancy (O24). */
const diabetes = /^(?:E0[89]|E1[013]|O24)/;
/**
 * Long-term antidiabetic therapy codes (I.C.4.a.3): Z79.4 insulin, Z79.84 oral hypoglycemic drugs,
 * Z79.85 injectable non-insulin antidiabetic drugs (FY2023; the FY2021 Tabular notes name the first two).
 */
const antidiabetic = /^Z79\.(?:4|84|85)$/;

/**
 * ICD-10-CM I.C.4.a.3 and the Tabular: E08, E09, E11 and E13 say "use additional code to identify
 * control using: insulin (Z79.4), oral antidiabetic drugs (Z79.84)"; E10 (type 1) says none, as
 * insulin is inherent to it. When diabetes is reported and none of its codes carries such a note,
 * the antidiabetic Z79 code is not reported.
 */
export const antidiabeticType: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  const dm = active(ctx).filter((f) => diabetes.test(f.code));
  if (dm.length === 0 || typeof ctx.codeSets.icdNotes !== 'function') return;
  const instructed = dm.some((f) => ctx.codeSets.icdNotes(f.code, dos).useAdditional.some((r) => r.code.startsWith('Z79')));
  if (instructed) return;
  for (const z of active(ctx).filter((f) => antidiabetic.test(f.code)))
    drop(z, 'other', `ICD-10-CM I.C.4.a.3: ${dm.map((f) => f.code).join(', ')} carries no "use additional code" for ${z.code}`);
};
