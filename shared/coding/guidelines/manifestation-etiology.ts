import { codeStatement } from '../matcher/statement.ts';
import { refCovers } from './excludes1.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'manifestation-etiology',
  section: 'I.A.13 (etiology/manifestation convention: "code first" the underlying condition; "in diseases classified elsewhere")',
  decides: 'Adds, before a manifestation code reported alone, the underlying condition its "code first" note lists when the same statement names it.',
};

/** A manifestation title (I.A.13): never reported without its etiology, never first-listed. */
const manifestation = /\bin (?:other )?diseases classified elsewhere\b/i;

/**
 * ICD-10-CM I.A.13: a manifestation code ("Dementia in other diseases classified elsewhere" F02) goes with
 * the underlying condition, coded first. When none of the conditions its "code first" note lists is
 * reported, the statement that gave the manifestation is searched within them ("end-stage Alzheimer
 * dementia": G30.9 before F02.C0), as a long statement's further codes may not have reached it.
 */
export const manifestationEtiology: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  for (const f of active(ctx)) {
    if (!f.stmt || !manifestation.test(f.title)) continue;
    const refs = ctx.codeSets.icdNotes(f.code, dos).codeFirst;
    if (refs.length === 0 || active(ctx).some((o) => o !== f && refs.some((r) => refCovers(ctx, r, o.code)))) continue;
    const prefixes = [...new Set(refs.map((r) => r.code.replace('.', '').slice(0, 3)))];
    const hit = codeStatement(ctx.codeSets, dos, ctx.doc.text, f.stmt.start, f.stmt.end, ctx.doc.patient.sex, prefixes).find(
      (h) => h.matched >= 1 && refs.some((r) => refCovers(ctx, r, h.code)) && !manifestation.test(h.title),
    );
    if (!hit) continue;
    addFinding(
      ctx,
      `${hit.code.slice(0, 3)}.${hit.code.slice(3)}`,
      { start: hit.start, end: hit.end, order: f.order, section: f.section },
      `ICD-10-CM I.A.13: "code first" at ${f.code}: ${hit.title}, the underlying condition, first`,
    );
  }
};
