import type { DoseUnit } from './hcpcs-catalogue.ts';

/**
 * Drugs given in the visit, with the documented dose: a drug name followed on its line by a dose
 * and by evidence the drug was administered here (route, site, "given", a time stamp), not
 * prescribed to take home. Cue sources: CMS Medicare Benefit Policy Manual ch. 15 §50 (drugs
 * "incident to" a physician's service are those administered in the office, not self-administered).
 */
export interface Dose {
  amount: number;
  unit: DoseUnit;
  start: number;
  end: number;
}

/**
 * "Given" as a word of giving, not the preposition "given her eGFR", "given that...", "given this":
 * the preposition is followed by a possessive or demonstrative, the verb by the drug, dose or giver.
 */
const givenVerb = String.raw`given(?!\s+(?:her|his|their|its|that|this|these|those|concern|risk)\b)`;
/** Administration here: a parenteral or inhaled route, an injection site, or a word of giving. */
export const administeredCue = new RegExp(
  String.raw`\b(?:IM|IV|SC|SQ|subcut\w*|intramuscular\w*|intravenous\w*|intra-?articular\w*|intralesional\w*|intradermal\w*|neb(?:ulizer|ulized|s)?|inhaled via|injected|injection given|infused|infusion|push|${givenVerb}|administered|inserted|implanted|deltoid|gluteal|ventrogluteal|thigh|buttock)\b`,
  'i',
);
/** Evidence it happened in this visit (not a standing regimen): a giving verb, "today", "in clinic", a time stamp, a site. */
export const givenHere = new RegExp(
  String.raw`\b(?:${givenVerb}|administered|injected|infused|inserted|implanted|placed|today|in (?:the )?(?:clinic|office)|Tx in clinic|deltoid|gluteal|ventrogluteal|thigh|buttock|neb\s?#\d|via nebulizer|over \d+ min|(?:IV )?push|premedicat\w*|per (?:\w+ )?protocol|across \d+ sites|into (?:the )?\w+)\b|^\s*\d{1,2}:\d{2}\b`,
  'i',
);
/**
 * Drugs that are part of another service, never reported on their own line: local anesthetic given
 * with a procedure and heparin or saline used to flush or lock a line (NCCI Policy Manual, ch. I:
 * services integral to a procedure).
 */
export const bundledCue =
  /\b(?:lidocaine|lido|bupivacaine|ropivacaine|mepivacaine|marcaine|xylocaine)\b|\b(?:heparin|saline|NS)\b[^.;]{0,20}\b(?:flush\w*|lock)\b|\b(?:flush\w*|lock)\b[^.;]{0,20}\b(?:heparin|saline)\b/i;
/** A plan for a later visit, told before the drug in its clause: "switch to", "start", "next dose", "will give". */
export const plannedCue =
  /\b(?:switch(?:ing)? to|start(?:ing)?|begin|will (?:give|start|begin|switch)|plan(?:ned)?(?: to)?|next dose|due (?:in|on|for)|schedul\w*|consider\w*|recommend\w*|discuss\w*|if\b)[^.;]*$/i;
/** A standing regimen, told before the drug in its clause: "Continue metoprolol 100 mg", "resume home insulin". */
export const standingCue = /\b(?:continu\w*|resum\w*|home)\b[^.;]*$/i;
/** A prescription to take home (CMS: self-administered drugs are not billed incident to the visit). */
export const prescribedCue = /\b(?:Rx|prescri\w*|e-?prescribed|refill\w*|self-inject\w*|at home|dispense\w*|PO|by mouth|tablets?|capsules?)\b/i;

/** A dose: not a strength per volume or weight ("mg/mL", "mg/kg", "mg/m2"), not a vial size ("200-unit vial"); "40 mg/1 mL" is 40 mg. */
const doseRe =
  /(?<![\d.-])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(mg|mcg|micrograms?|units?|u|iu|mL|g)\b(?!\s*\/\s*(?:mL|L|dL|kg|m2|h|hr|min|day|d)\b|-|\s+vial)(\s*\/\s*\d)?/gi;
const unitOf: Record<string, DoseUnit> = {
  mg: 'mg',
  g: 'mg',
  mcg: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  unit: 'unit',
  units: 'unit',
  u: 'unit',
  iu: 'iu',
  ml: 'ml',
};

/** Doses written after `from` on the line, in order ("200-unit vial" and "5 u/0.1 mL" are not doses). */
export function dosesAfter(line: string, from: number, offset: number): Dose[] {
  const out: Dose[] = [];
  for (const m of line.slice(from).matchAll(new RegExp(doseRe.source, 'gi'))) {
    // A ratio in parentheses is the strength of the preparation ("(5 u/0.1 mL)"), not the dose.
    if (m[3] && line.slice(0, from + m.index).lastIndexOf('(') > line.slice(0, from + m.index).lastIndexOf(')')) continue;
    let amount = Number(m[1]!.replace(/,/g, ''));
    const u = m[2]!.toLowerCase();
    if (u === 'g') amount *= 1000;
    const start = offset + from + m.index;
    out.push({ amount, unit: unitOf[u]!, start, end: start + m[0].length });
  }
  return out;
}

/** How many times the line gives the dose: "neb x2" twice; otherwise once. */
export function repeats(line: string): number {
  const m = /\b(?:neb|nebs|doses?|treatments?|given)?\s*x\s?(\d)\b/i.exec(line);
  return m ? Math.min(6, Number(m[1])) : 1;
}
