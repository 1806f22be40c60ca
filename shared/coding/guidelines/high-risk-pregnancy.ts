import { codeStatement } from '../matcher/statement.ts';
import { segments } from '../note/segments.ts';
import { asideToken, type Token } from '../text/tokens.ts';
import { currentPregnancy, trimesterOf } from './pregnancy-complicating.ts';
import { gravida } from './normal-pregnancy.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'high-risk-pregnancy',
  section:
    'I.C.15.b.2 (supervision of high-risk pregnancy, O09, prenatal period only); Index "Pregnancy, supervision of, high-risk, due to"; I.C.15.a.3 (trimester)',
  decides:
    'In a current, dated pregnancy, codes an assessment statement of a previous pregnancy problem ("history of pre-term labor") to the O09 supervision code of the trimester, in place of its personal history code, and one of advanced maternal age to O09.51-/O09.52- by the gravida the note gives.',
};

/** Words of the O09 titles ("Supervision of pregnancy with history of ...", "high risk") that a history statement leaves unsaid. */
const implied = new Set(['supervision', 'pregnancy', 'high', 'risk', 'due']);
/** The Index path's own words ("Pregnancy, supervision of"): the state the note documents, read as asides. */
const historyCue = /\b(?:history of|hx of|h\/o|hx|prior|previous)\b/i;
/**
 * An older mother (Tabular O09.5- "Supervision of elderly primigravida and multigravida", inclusion "Pregnancy for a
 * female 35 years and older at expected date of delivery"; abbr: AMA, advanced maternal age). The Index splits "Pregnancy,
 * supervision of, elderly mother" only by primigravida and multigravida, so a statement that names neither takes the
 * order the note's gravida gives ("36 yo G3P1102 ... AMA": multigravida, O09.52-).
 */
const elderlyCue = /\b(?:advanced maternal age|elderly)\b/i;
/** The capitals only, and not the list's "against medical advice" ("left AMA"). */
const amaCue = /\bAMA\b/;
const leftAma = /\b(?:left|leaving|signed out|discharged)\s+AMA\b/i;

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
      // 35 or older at the expected date of delivery: a younger patient's "AMA" is another of the list's meanings.
      const older = (ctx.doc.patient.age ?? 35) >= 34;
      const elderly = older && (elderlyCue.test(stmt) || (amaCue.test(stmt) && !leftAma.test(stmt))) && !/gravid/i.test(stmt) ? gravida(text) : null;
      if (!historyCue.test(stmt) && elderly === null) continue;
      const dated = trimesterOf(stmt, text);
      if (!dated) continue;
      const order = elderly === null ? [] : [asideToken(elderly === 1 ? 'primigravida' : 'multigravida'), asideToken('elderly')];
      const hit = codeStatement(
        ctx.codeSets,
        dos,
        text,
        seg.start,
        seg.headEnd,
        'F',
        ['O09'],
        implied,
        [asideToken('pregnancy'), asideToken('supervision'), ...order],
        [],
        ['pregnancy'],
        [`${dated.tri} trimester`],
      )[0];
      if (!hit?.req.some((k) => !implied.has(k) && k !== 'history' && !k.startsWith('!'))) continue;
      if (elderly !== null && !hit.code.startsWith('O095')) continue;
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
