import { expandTokens } from '../lexicon/expand.ts';
import { codeStatement } from '../matcher/statement.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'adverse-effect',
  section: 'I.C.19.e.5.a (adverse effect of a drug correctly prescribed and taken)',
  decides:
    'Adds the T36-T50 adverse-effect code from the Table of Drugs row a statement names as the cause of a condition already found, after that condition.',
};

/** Table of Drugs categories that carry the adverse-effect codes (5th or 6th character 5). */
const drugCategories = Array.from({ length: 15 }, (_, i) => `T${36 + i}`);
/** The column the note implies when it says a drug caused a condition. */
const implied = new Set(['adverse', 'effect', 'drug']);
/** "due to / secondary to / induced by <drug>", or "<drug>-induced". */
const cause = /\b(?:due to|secondary to|induced by|caused by|from)\s+((?:(?!\s[-–—]\s)[^,;.()])+)|\b([A-Za-z]+)[- ]induced\b/i;
/** Words that say "a drug was given" without naming it. */
const therapy = new Set(['chemotherapy', 'therapy', 'treatment', 'medication', 'drug', 'use', 'agent', 'dose', 'adverse', 'effect']);

/**
 * ICD-10-CM I.C.19.e.5.a: an adverse effect of a drug correctly prescribed and taken is coded as
 * its nature (the condition already found) followed by the drug's T36-T50 adverse-effect code,
 * read from the Table of Drugs row the statement names. Poisoning and underdosing are not inferred.
 */
export const adverseEffect: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || !f.stmt || /^T/.test(f.code)) continue;
    const stmt = text.slice(f.stmt.start, f.stmt.end);
    if (/\b(?:overdose|poisoning|intentional|underdos|took too (?:much|little))/i.test(stmt)) continue;
    const m = cause.exec(stmt);
    if (!m) continue;
    const at = f.stmt.start + m.index + (m[1] ? m[0].length - m[1].length : 0);
    const end = f.stmt.start + m.index + m[0].length;
    const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, at, end, ctx.doc.patient.sex, drugCategories, implied)
      // The adverse-effect column: 6th character 5 (T45.1X5A), never poisoning or underdosing.
      .find((h) => h.code[5] === '5');
    // The cause must be the drug itself: "due to MRSA" names an organism that happens to contain "methicillin".
    const said = expandTokens(text, at, end)
      .filter((t) => !t.neg && !therapy.has(t.stem))
      .map((t) => t.stem);
    if (hit && said.some((s) => !hit.req.includes(s))) continue;
    if (!hit || ctx.findings.some((o) => o.code.startsWith(hit.code.slice(0, 3)) && !o.dropped)) continue;
    const code = `${hit.code.slice(0, 3)}.${hit.code.slice(3)}`;
    addFinding(
      ctx,
      code,
      { start: hit.start, end: hit.end, order: f.order + 0.15, section: f.section },
      `ICD-10-CM I.C.19.e.5.a: adverse effect of the drug named as the cause of ${f.code}`,
      7,
    );
  }
};
