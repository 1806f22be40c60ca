import { futureCue } from '../context/planned.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'future-aftercare',
  section: 'I.C.21.c.7 (aftercare Z codes: the encounter for that aftercare)',
  decides: 'Drops an aftercare encounter code (Z42-Z49) whose statement is an instruction for a later visit ("suture removal 10-12 d").',
};

/** Aftercare categories (Z42-Z49: plastic surgery, openings, prostheses, devices, orthopedic and postprocedural aftercare). */
const aftercare = /^Z4[2-9]/;
/**
 * A later visit said: an interval from now ("10-12 d", "in 2 weeks", "x 7 days" is a course, not
 * an interval, and is left to other rules), a return instruction, or ConText's FUTURE cues
 * (context/planned.ts: "next visit", "scheduled", "will ...").
 */
const later =
  /\b(?:in\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:d|days?|wks?|weeks?)\b(?!\s*ago)|\b(?:return|RTC|come back|at (?:the )?next visit|with (?:PCP|pediatrician))\b/i;

/**
 * ICD-10-CM I.C.21.c.7: an aftercare code reports the encounter for that aftercare. A statement
 * telling the patient when to have it ("Wound care, suture removal 10-12 d" after a repair) is an
 * instruction for a later encounter, not this one's reason.
 */
export const futureAftercare: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx).filter((x) => aftercare.test(x.code))) {
    // The statement from the aftercare's words to its sentence end; one said to be done now ("today") is this visit's.
    const rest = text.slice(f.start, f.end + 40).split(/[.;\n](?:\s|$)/)[0] ?? '';
    if (/\b(?:today|now|this visit)\b/i.test(rest)) continue;
    if (later.test(rest) || futureCue.test(rest))
      drop(f, 'other', `ICD-10-CM I.C.21.c.7: "${rest.trim()}" is an instruction for a later encounter, not this one's aftercare`);
  }
};
