import { sectionAt } from '../note/sections.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'hypertensive-crisis',
  section: 'I.C.9.a.11 (hypertensive crisis: code also any identified hypertensive disease, I10-I1A)',
  decides:
    'Beside a hypertensive urgency, emergency or crisis (I16) with no hypertensive disease coded, adds I10 when the note names the hypertension itself; the hypertension rule then combines it with heart or kidney disease.',
};

/** The hypertension itself, as notes name it (Index: Hypertension, hypertensive; shared lexicon abbreviation HTN). */
const hypertensionSaid = /\b(?:HTN|hypertension|hypertensive (?:disease|heart|kidney|chronic kidney))\b/gi;
/** A denial or an uncertainty just before the word ("no HTN", "no known hypertension", "? HTN"). */
const deniedBefore = /(?:\bno(?: known| hx of| history of)?|\bdenies|\bwithout|\?)\s*$/i;

/**
 * ICD-10-CM I.C.9.a.11 and Tabular I16 "Code also any identified hypertensive disease (I10-I1A)": a crisis is
 * reported with the hypertension the note identifies ("77M with HTN ... 5. HTN emergency": I16.1 and I10).
 */
export const hypertensiveCrisis: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const crisis = list.find((f) => f.code.startsWith('I16'));
  if (!crisis || list.some((f) => /^I1(?:[0-35]|A)/.test(f.code))) return;
  const { text } = ctx.doc;
  const said = [...text.matchAll(hypertensionSaid)].find((m) => {
    const kind = sectionAt(ctx.sections, m.index)?.kind ?? 'preamble';
    return kind !== 'fhx' && kind !== 'allergies' && !deniedBefore.test(text.slice(Math.max(0, m.index - 20), m.index));
  });
  if (!said) return;
  addFinding(
    ctx,
    'I10',
    { start: said.index, end: said.index + said[0].length, order: crisis.order + 0.5, section: crisis.section },
    'ICD-10-CM I.C.9.a.11: code also the identified hypertensive disease beside the crisis (Tabular I16)',
  );
};
