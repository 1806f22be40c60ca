import { codeStatement } from '../matcher/statement.ts';
import { datedPast } from './history-family.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'stroke-sequelae',
  section: 'I.C.9.d (sequelae of cerebrovascular disease, category I69)',
  decides: 'Replaces the acute stroke code of a deficit tied to an old stroke with the I69.3- sequela code the deficit names.',
};

/**
 * A deficit tied to a stroke the statement calls old ("Oropharyngeal dysphagia as late effect of
 * prior stroke", "aphasia residual from CVA 2019", "R hemiparesis, chronic, post-stroke"): I.C.9.d's late
 * effects. Cues are the guideline's own words (sequela, late effect, residual), the history words of assess.ts,
 * "post-" joined to the stroke, and the I69 titles' own "following" right before it ("Hemiplegia following stroke":
 * I69.35- "Hemiplegia and hemiparesis following cerebral infarction").
 */
const oldStroke =
  /\b(?:late effects? of|sequela[e]? of|residual(?: \w+)? (?:from|of|after)|(?:from|due to|d\/t|2\/2|after|following|secondary to) (?:an? |his |her )?(?:old|prior|previous|remote|past|hx of|history of))\b|\bpost-?\s*$|\bfollowing\s*$/i;

/** The history words of assess.ts right before the stroke's own words: "Old CVA", "prior stroke", "h/o CVA". */
const pastStroke = /\b(?:old|prior|previous|remote|past|hx of|history of|h\/o)\s+$/i;

/** A deficit told after the stroke's words: "with residual ...", "w/ left hemiparesis" (I.C.9.d: "residual deficits"). */
const deficitAfter = /^[\s,;-]*(?:with|w\/)\s+(?!no\b)\w|\bresidual\s+(?!deficits?\b)\w/i;

/**
 * Title words of I69.3- a note leaves implied ("Dysphagia following cerebral infarction"), and the block's own
 * "cerebrovascular disease" the Index walks through ("Hemiplegia, following, cerebrovascular disease, cerebral infarction").
 */
const implied = new Set(['following', 'cerebral', 'infarction', 'sequelae', 'cerebrovascular', 'disease']);

/**
 * ICD-10-CM I.C.9.d: conditions left by an old cerebrovascular disease are coded to category I69
 * (the deficit "following cerebral infarction"), not to the acute stroke; the old stroke itself is
 * not reported as current. The acute code of such a statement is dropped and the I69.3- code the
 * deficit names is added (its Excludes1 then retires Z86.73, I.A.12.a).
 */
export const strokeSequelae: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    // A rule's history code carries no statement: its line is the statement.
    const from = f.stmt?.start ?? text.lastIndexOf('\n', f.start) + 1;
    if (!/^(?:I63\.|Z86\.73)/.test(f.code)) continue;
    // Old by its words before it, or by a date after it ("CVA 2019 with residual left hemiparesis", history-family.ts).
    const dated = datedPast(text.slice(f.start, f.end + 40), ctx.doc.dateOfService) !== null;
    const lineEnd = text.indexOf('\n', f.end);
    const stmtEnd = f.stmt?.end ?? (lineEnd < 0 ? text.length : lineEnd);
    // A stroke the statement itself calls past ("History of stroke", "Old CVA") followed by the deficit it left
    // ("... with residual left hemiparesis"): the deficit is a sequela, I69 (I.C.9.d), not a history (Z86.73 is without residuals).
    const pastWithDeficit = (f.code.startsWith('Z86.73') || pastStroke.test(text.slice(from, f.start))) && deficitAfter.test(text.slice(f.end, stmtEnd));
    if (!dated && !pastWithDeficit && (from >= f.start || !oldStroke.test(text.slice(from, f.start)))) continue;
    const sequela = (end: number) => codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, from, end, ctx.doc.patient.sex, ['I693'], implied)[0];
    // The deficit may also follow the stroke's words ("Late effect of CVA with aphasia").
    let hit = (from < f.start ? sequela(f.start) : undefined) ?? (stmtEnd > f.end ? sequela(stmtEnd) : undefined);
    // The deficit is named before the stroke's words; its side may follow them ("Hemiparesis following stroke, left
    // nondominant side"): the same deficit, completed by that side.
    const sided = hit && /\bunspecified side\b/i.test(hit.title) ? sequela(Math.max(f.end, stmtEnd)) : undefined;
    if (sided && hit && sided.code.slice(0, 5) === hit.code.slice(0, 5)) hit = sided;
    if (hit)
      addFinding(
        ctx,
        hit.code,
        { start: hit.start, end: hit.end, order: f.order, section: f.section },
        `ICD-10-CM I.C.9.d: a deficit left by an old stroke, ${hit.title}`,
      );
    if (f.code.startsWith('I63'))
      drop(f, 'history', 'ICD-10-CM I.C.9.d: the stroke is old; its residual deficits are coded to I69, not to the acute infarction');
  }
};
