import { codeStatement } from '../matcher/statement.ts';
import { segments } from '../note/segments.ts';
import type { Token } from '../text/tokens.ts';
import { orderOf } from './high-risk-pregnancy.ts';
import { currentPregnancy } from './pregnancy-complicating.ts';
import { addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'previous-cesarean',
  section: 'I.C.15.a.1 (conditions in pregnancy); Index "Cesarean delivery, previous, affecting management of pregnancy" (O34.21-)',
  decides: 'In a current, dated pregnancy, codes an assessment statement of a previous cesarean delivery to O34.21- by the type of scar it names.',
};

/** Words of the O34.21- titles and of the Index main term that a history statement leaves unsaid. */
const implied = new Set(['maternal', 'care', 'scar', 'from', 'previous', 'delivery', 'affecting', 'management', 'pregnancy', 'type']);
/** "C-section", the clipped word form of "cesarean section", read as the cesarean: an aside with no place in the text. */
const cesarean: Token = { stem: 'cesarean', start: -1, end: -1, neg: false, paren: true };
const previousCesarean = /\b(?:history of|hx of|h\/o|hx|prior|previous|s\/p)\b[^.;\n]{0,30}\bcesarean\b|\bcesarean\b[^.;\n]{0,20}\bx\s?\d\b/i;

/**
 * I.C.15.a.1: in a current pregnancy a previous cesarean delivery is a condition of this pregnancy
 * (Index: "Cesarean delivery, previous, affecting management of pregnancy" O34.219; low transverse
 * scar O34.211, classical (vertical) scar O34.212), not a history code: the statement is read in
 * O34.21- with the scar type it names, the unspecified type otherwise.
 */
export const previousCesareanDelivery: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  if (ctx.doc.patient.sex === 'M' || !currentPregnancy(text)) return;
  for (const sec of ctx.sections.filter((s) => s.kind === 'assessment')) {
    for (const seg of segments(text, sec)) {
      // "C-section" and the scar's shorthand (LTCS, CVCS: abbreviations.ts) name the cesarean too.
      const stmt = text.slice(seg.start, seg.end).replace(/\bC-?section\b|\b(?:LTCS|CVCS)\b/gi, 'cesarean');
      if (!previousCesarean.test(stmt)) continue;
      const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, seg.start, seg.end, 'F', ['O3421'], implied, [cesarean])[0];
      const code = hit ? `${hit.code.slice(0, 3)}.${hit.code.slice(3)}` : 'O34.219';
      const f = addFinding(
        ctx,
        code,
        { start: seg.start, end: seg.headEnd, order: orderOf(ctx, seg.start), section: 'assessment' },
        `ICD-10-CM I.C.15.a.1: a previous cesarean delivery affects this pregnancy (Index: Cesarean delivery, previous, affecting management of pregnancy)`,
      );
      if (f) f.stmt = { start: seg.start, end: seg.end };
    }
  }
};
