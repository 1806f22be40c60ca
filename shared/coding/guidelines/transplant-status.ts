import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'transplant-status',
  section:
    'I.C.21.c.3 (Z94 transplanted organ status: an organ received); Index "Transplant, awaiting organ", "Transplant, candidate", "Waiting list, for organ transplant" (Z76.82)',
  decides: 'Turns a transplant status that is a listing or candidacy into Z76.82 and drops one that is only an evaluation or referral.',
};

/** Index "Transplant, awaiting organ / candidate" and "Waiting list, for organ transplant": listed, not yet transplanted. */
const awaiting = /\b(?:list(?:ed|ing)|wait[- ]?list\w*|waiting list|awaiting|candidate|UNOS)\b/i;
/** Candidacy still being decided (evaluation, referral, discussion): neither a transplant nor a listing. */
const prospect = /\b(?:evaluat\w*|eval|referr\w*|referral|consider\w*|discuss\w*|work-?up)\b/i;

/**
 * ICD-10-CM I.C.21.c.3: Z94 reports an organ or tissue the patient has received. The Index's main
 * term "Transplant (ed) (status)" also names a statement of a transplant to come: "Transplant
 * listing - active" is "Transplant, awaiting organ" Z76.82; "Transplant evaluation referral" is
 * neither. Read from the line the status stands in.
 */
export const transplantStatus: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx).filter((x) => x.code.startsWith('Z94'))) {
    const lineStart = text.lastIndexOf('\n', f.start) + 1;
    const lineEnd = text.indexOf('\n', f.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (awaiting.test(line) && !/\b(?:s\/p|status post|post)[- ]?\w*\s+transplant/i.test(line)) {
      drop(f, 'other', 'ICD-10-CM Index: Transplant, awaiting organ / candidate: a listing is no transplant received');
      addFinding(ctx, 'Z76.82', f, 'ICD-10-CM Index: Transplant, awaiting organ (Waiting list, for organ transplant)', 6);
    } else if (prospect.test(line) && !/\b(?:s\/p|status post)\b/i.test(line)) {
      drop(f, 'other', 'ICD-10-CM I.C.21.c.3: a transplant evaluated or referred for is no transplant received');
    }
  }
  // The organ named elsewhere in the note ("Renal transplant 2014" ... "given transplant immunosuppression"): not the unspecified organ (I.B.18).
  const organ = active(ctx).some((x) => x.code.startsWith('Z94') && x.code !== 'Z94.9');
  for (const f of active(ctx).filter((x) => x.code === 'Z94.9'))
    if (organ) drop(f, 'other', 'ICD-10-CM I.B.18: the transplanted organ is documented in the note');
};
