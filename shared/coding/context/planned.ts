/**
 * Whether a drug or device mention is only planned or conditional in its clause ("discussed
 * starting basal insulin if A1c still >8", "plan dual-chamber pacemaker tomorrow if persists").
 * ICD-10-CM I.C.21.c.3: a status code reports a device present or a drug in current use, so a
 * future one is not reported. Cues: ConText's FUTURE/HYPOTHETICAL trigger class (Harkema et al.
 * 2009; medspaCy context_rules "if", FORWARD) with the planning verbs of a plan statement (a referral
 * for a device is its prospect: "Audiology referral for hearing aids"), and the patient's wish ("she wants L TKA in
 * spring"): an intention, not a device in place; as is a drug anticipated or likely ("Anticipate apixaban at discharge",
 * "likely apixaban day 3-6": ConText FUTURE, POSSIBLE_EXISTENCE); and a procedure whose risks are discussed ("discussed
 * risks, benefits and alternatives of laparoscopic cholecystectomy": ConText HYPOTHETICAL "risks of") or to be scheduled.
 */
export const futureCue =
  /\b(?:plan(?:ned|ning|s)?|pending|tomorrow|next (?:visit|week|month)|schedul(?:ed?|ing)|(?:risks?|benefits|alternatives)(?:,? (?:and )?(?:benefits|alternatives))* of|candidate for|consider(?:ing|ed)?|discussed (?:starting|adding|initiating|placing)|will (?:start|need|place|require|add|begin)|refer(?:ral|red)?(?: to [\w ]{1,30}?)? for|to be (?:given|done|administered|placed|started)|if|wants?|wish(?:es)?|would like|interested in|anticipat\w*|likely)\b/i;

/** Clause breaks as the context module reads them (assess.ts): ";", ":", " - ", sentence ends. */
const clauseBreak = /[;:\n]|\s[-–—]\s|\.\s|\bbut\b/gi;

export function plannedOnly(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  let cut = 0;
  for (const m of before.matchAll(clauseBreak)) cut = m.index + m[0].length;
  const after = text.slice(end, end + 80).split(clauseBreak)[0] ?? '';
  return futureCue.test(before.slice(cut)) || futureCue.test(after);
}
