/**
 * Insulin given only for a while (ICD-10-CM I.C.4.a.3: Z79.4 is not assigned "if insulin is given temporarily to
 * bring a type 2 patient's blood sugar under control during an encounter"): "basal-bolus insulin while inpatient",
 * "while metformin held", "sliding scale", "lispro correction scale", "correction insulin", "insulin coverage", "per protocol",
 * "glargine for inpatient control only", "will stop when off dexamethasone"; an insulin infusion (drip, gtt), which is
 * given only in hospital.
 */
export const temporaryInsulin =
  /\b(?:while\b|until\b|in-?house|inpatient|temporar\w*|sliding[- ]scale|SSI|correction(?:al)? (?:scale|insulin|dos\w*)|coverage|(?:per )?(?:hospital )?protocol|during (?:this )?(?:admission|hospitali[sz]ation|stay)|infusion|drip|gtt|will (?:stop|discontinue)|stop (?:when|once|after))\b/i;

/**
 * Diabetes said to need no medicine at home ("diet-controlled", "on no meds at home"): insulin the passage names is the
 * hospital's, given for the encounter (I.C.4.a.3).
 */
const noHomeTherapy =
  /\bdiet[- ](?:controlled|alone|only)\b|\bno (?:home )?(?:meds|medications)(?: at home)?\b|\bnot on (?:any )?(?:meds|medications|insulin) at home\b/i;

/** Insulin no longer taken (I.C.21.c.3: Z79 is current use; ConText HISTORICAL "was on", "previously"): "off insulin", "insulin stopped 6/2025". */
const endedInsulin = /\b(?:off|stopp?ed|discontinued|d\/c'?d|no longer|was on|previously on|weaned)\b/i;

const insulinWord = /\binsulin\b|\b(?:glargine|lispro|aspart|detemir|degludec|NPH)\b/i;

/**
 * No insulin a passage names is long-term use now: each is given only for a while ("correction insulin while inpatient";
 * not "glargine 22 u qHS + lispro SSI") or is over ("off insulin since starting HD").
 */
export function noLongTermInsulin(passage: string): boolean {
  const pieces = passage.split(/[,;+]|\s[-–—]\s|\.\s/).filter((p) => insulinWord.test(p));
  if (pieces.length > 0 && noHomeTherapy.test(passage)) return true;
  return pieces.length > 0 && pieces.every((p) => temporaryInsulin.test(p) || endedInsulin.test(p));
}
