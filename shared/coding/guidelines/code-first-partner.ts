import { codeStatement } from '../matcher/statement.ts';
import { tokenize } from '../text/tokens.ts';
import { refCovers } from './excludes1.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'code-first-partner',
  section: 'I.A.13 ("code first" notes: the condition coded after the underlying one its note names); I.A.11 (inclusion terms)',
  decides:
    'Adds, after a reported code whose inclusion term names a further condition the statement says ("... with diabetic gastroparesis"), that condition\u2019s own code when its "code first" note names the reported code.',
};

/** An inclusion term's further condition: "Type 2 diabetes mellitus with diabetic gastroparesis" -> "gastroparesis". */
const furtherCondition = /\bwith (?:diabetic )?([a-z][a-z ()-]*)$/i;

/**
 * ICD-10-CM I.A.13: a code whose "code first" note names the underlying condition is reported after it. A combination
 * code may include the condition by an inclusion term (E11.43 "Type 2 diabetes mellitus with diabetic gastroparesis")
 * while the condition's own code asks for it first (K31.84 Gastroparesis: "Code first underlying disease, such as
 * diabetes mellitus (E11.43)"): a statement saying the condition gets both, the combination first.
 */
export const codeFirstPartner: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  for (const f of active(ctx)) {
    if (!f.stmt || typeof ctx.codeSets.icdInclusionTerms !== 'function') continue;
    const said = tokenize(ctx.doc.text.slice(f.stmt.start, f.stmt.end)).filter((t) => !t.neg);
    for (const term of ctx.codeSets.icdInclusionTerms(f.code, dos)) {
      const m = furtherCondition.exec(term);
      const words = m ? tokenize(m[1]!).map((t) => t.stem) : [];
      const at = said.filter((t) => words.includes(t.stem));
      if (!words.length || !words.every((w) => at.some((t) => t.stem === w))) continue;
      // The condition's own words, coded alone: its code, whose "code first" note must name the reported one.
      const from = f.stmt.start + Math.min(...at.map((t) => t.start));
      const to = f.stmt.start + Math.max(...at.map((t) => t.end));
      const hit = codeStatement(ctx.codeSets, dos, ctx.doc.text, from, to, ctx.doc.patient.sex).find((h) =>
        ctx.codeSets.icdNotes(h.code, dos).codeFirst.some((r) => refCovers(ctx, r, f.code)),
      );
      if (!hit) continue;
      addFinding(
        ctx,
        `${hit.code.slice(0, 3)}.${hit.code.slice(3)}`,
        { start: hit.start, end: hit.end, order: f.order + 0.05, section: f.section },
        `ICD-10-CM I.A.13: "code first" at ${hit.code.slice(0, 3)}.${hit.code.slice(3)} names ${f.code}, whose inclusion term "${term}" the statement says`,
      );
    }
  }
};
