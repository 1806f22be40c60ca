import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'postop-aftercare',
  section:
    'I.C.21.c.7 (aftercare: care in the healing or recovery phase after the initial treatment); Index "Aftercare, following surgery, joint replacement" Z47.1 (Tabular: use additional code to identify the joint, Z96.6-)',
  decides:
    'At an office or telehealth postoperative visit after a joint replacement (the visit and the joint named in its opening lines), lists Z47.1 first, the joint code after it.',
};

/**
 * A visit named as postoperative in the note's opening lines: "post-op visit", "Ortho post-op (global)", "POD 10",
 * "6 wk s/p R TKA" (weeks or days since the operation; a year is the history of one).
 */
const postopVisit = /\bpost-?op(?:erative)?\b|\bPOD\s*#?\s*\d+|\b\d+\s*(?:d|days?|wks?|weeks?)\s+(?:post-?op\w*|s\/p|status post)\b/i;
/** Where a note names its visit: the lines before the history proper. */
const opening = (text: string) => text.split('\n').slice(0, 3).join('\n');

/**
 * ICD-10-CM I.C.21.c.7: a visit for the care after a joint replacement, the operation itself behind, is aftercare:
 * Z47.1 first (the Index's "Aftercare, following surgery, joint replacement"), with the Z96.6- code of the joint its
 * Tabular asks for. A joint replaced years ago, told in the history, is a status only.
 */
export const postopAftercare: GuidelineRule = (ctx) => {
  const { text, setting } = ctx.doc;
  if (setting !== 'office' && setting !== 'telehealth') return;
  const head = opening(text);
  if (!postopVisit.test(head)) return;
  // The joint the visit's opening names: the operation the visit is after.
  const joint = active(ctx).find((f) => f.code.startsWith('Z96.6') && f.start < head.length);
  if (!joint || active(ctx).some((f) => f.code.startsWith('Z47.'))) return;
  const first = Math.min(...active(ctx).map((f) => f.order));
  const o = addFinding(
    ctx,
    'Z47.1',
    joint,
    'ICD-10-CM I.C.21.c.7: a postoperative visit after a joint replacement is its aftercare (Index: Aftercare, following surgery, joint replacement)',
  );
  if (o) o.order = first - 1;
};
