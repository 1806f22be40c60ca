import { codeStatement } from '../matcher/statement.ts';
import { segments } from '../note/segments.ts';
import type { Token } from '../text/tokens.ts';
import { currentPregnancy, trimesterOf } from './pregnancy-complicating.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'high-risk-pregnancy',
  section:
    'I.C.15.b.2 (supervision of high-risk pregnancy, O09, prenatal period only); Index "Pregnancy, supervision of, high-risk, due to"; I.C.15.a.3 (trimester)',
  decides:
    'In a current, dated pregnancy, codes an assessment statement of a previous pregnancy problem ("history of pre-term labor") to the O09 supervision code of the trimester, in place of its personal history code.',
};

/** Words of the O09 titles ("Supervision of pregnancy with history of ...", "high risk") that a history statement leaves unsaid. */
const implied = new Set(['supervision', 'pregnancy', 'high', 'risk', 'due']);
/** The Index path's own words ("Pregnancy, supervision of"): the state the note documents, read as asides. */
const aside = (stem: string): Token => ({ stem, start: -1, end: -1, neg: false, paren: true });
const historyCue = /\b(?:history of|hx of|h\/o|hx|prior|previous)\b/i;

/**
 * ICD-10-CM I.C.15.b.2: during the prenatal period, a pregnancy at risk because of a previous
 * pregnancy's problem ("History of preterm labor", "prior stillbirth") is coded to O09, supervision of
 * high-risk pregnancy, by trimester; the personal history code it replaces (Z87.51) says so by its
 * Excludes1 ("current pregnancy with history of pre-term labor (O09.21-)").
 */
export const highRiskPregnancy: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const dos = ctx.doc.dateOfService;
  if (ctx.doc.patient.sex === 'M' || !currentPregnancy(text)) return;
  for (const sec of ctx.sections.filter((s) => s.kind === 'assessment')) {
    for (const seg of segments(text, sec)) {
      const stmt = text.slice(seg.start, seg.headEnd);
      if (!historyCue.test(stmt)) continue;
      const dated = trimesterOf(stmt, text);
      if (!dated) continue;
      const hit = codeStatement(
        ctx.codeSets,
        dos,
        text,
        seg.start,
        seg.headEnd,
        'F',
        ['O09'],
        implied,
        [aside('pregnancy'), aside('supervision')],
        [],
        ['pregnancy'],
        [`${dated.tri} trimester`],
      )[0];
      if (!hit?.req.some((k) => !implied.has(k) && k !== 'history' && !k.startsWith('!'))) continue;
      const code = `${hit.code.slice(0, 3)}.${hit.code.slice(3)}`;
      const f = addFinding(
        ctx,
        code,
        { start: hit.start, end: hit.end, order: orderOf(ctx, seg.start), section: 'assessment' },
        `ICD-10-CM I.C.15.b.2: supervision of high-risk pregnancy, ${hit.title} (${dated.why})`,
      );
      if (!f) continue;
      f.stmt = { start: seg.start, end: seg.end };
      // The personal history code of the same statement is the O09 code's Excludes1.
      for (const z of active(ctx))
        if (z.stmt?.start === seg.start && /^Z8[67]\./.test(z.code) && ctx.codeSets.icdNotes(z.code, dos).excludes1.some((r) => r.code.startsWith('O09')))
          drop(z, 'excludes1', `ICD-10-CM I.C.15.b.2: ${code} in the current pregnancy (Excludes1 at ${z.code})`);
    }
  }
};

/** The statement order of the finding nearest before `at` (so the O09 code sits where its statement does). */
export function orderOf(ctx: Parameters<GuidelineRule>[0], at: number): number {
  const before = ctx.findings.filter((f) => f.section === 'assessment' && (f.stmt?.start ?? f.start) <= at);
  return before.length ? Math.max(...before.map((f) => f.order)) + 0.5 : 0.5;
}
