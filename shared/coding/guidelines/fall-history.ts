import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'fall-history',
  section: 'I.C.21.c.4 (history codes); Index "History, personal, fall(s)" and "At risk for falling" Z91.81',
  decides:
    'Codes a fall dated before the visit, with no injury coded for it, or the falls before a visit for a fall injury, as history of falling Z91.81 rather than R29.6 repeated falls.',
};

/** A fall the statement dates before the visit ("3 wks ago", "last winter", "02/2025") or a stated risk of further falls. */
const past =
  /\b(?:\d+\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)\s+ago|last (?:week|month|year|winter|spring|summer|fall|autumn)|in the past|past (?:year|12 mo\w*)|prior|previous|(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d|at risk for (?:further |recurrent )?falls?)\b/i;

/** An injury's initial encounter (S00-T34, T66-T79; a pathological fracture M80/M84) coded at this visit. */
const injuryNow = /^(?:S\d\d|T(?:[0-2]\d|3[0-4]|6[6-9]|7\d)|M8[04])\.[0-9A-Z]*A$/;

/**
 * Index: "History, personal, fall(s) Z91.81" and "At risk for falling Z91.81"; I.C.21.c.4: a past
 * event that bears on care is a history code. A fall the statement places before the visit, with
 * no injury coded for it, is Z91.81, not R29.6 "Repeated falls" (which the Index reaches from
 * "Fall, falling (repeated)" for falls as a current symptom).
 */
export const fallHistory: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  // This visit's fall is coded by the injury it caused (I.C.19, initial encounter): the falls before it
  // are the patient's history of falling ("Recurrent falls - 3 falls this yr" beside a hip fracture).
  const injuries = active(ctx).filter((x) => injuryNow.test(x.code));
  for (const f of active(ctx).filter((x) => x.code === 'R29.6')) {
    const stmt = text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end);
    // The fall an injury's own statement names ("SDH after mechanical fall") is that injury's cause, not the falls before it.
    const injured = injuries.length > 0 && !injuries.some((i) => i.stmt && f.stmt && i.stmt.start === f.stmt.start);
    // One fall, undated, beside the injury it caused ("3. Fall at home (tripped on rug)") is this visit's fall:
    // its external cause (W00-W19, optional: I.C.20), neither a symptom of repeated falls nor a history of them.
    if (injured && !past.test(stmt) && !/\bfalls\b|\brepeated\b|\brecurrent\b|\bfrequent\b|\bmultiple\b/i.test(stmt)) {
      drop(f, 'other', "ICD-10-CM I.C.20: this visit's fall is the injury's external cause, not repeated falls");
      continue;
    }
    if (
      !injured &&
      (!past.test(stmt) || /\brepeated|recurrent falls\b|\bfrequent falls\b/i.test(stmt.replace(/at risk for (?:further |recurrent )?falls?/i, '')))
    )
      continue;
    const h = addFinding(ctx, 'Z91.81', f, 'ICD-10-CM I.C.21.c.4: a fall before this visit is a history of falling (Index: History, personal, fall(s))');
    if (!h) continue;
    h.order = Math.min(h.order, f.order);
    drop(f, 'history', 'ICD-10-CM I.C.21.c.4: the fall happened before this visit; Z91.81 instead of repeated falls');
  }
};
