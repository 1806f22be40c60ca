import { assess } from '../context/assess.ts';
import { plannedOnly } from '../context/planned.ts';
import { sectionAt } from '../note/sections.ts';
import { temporaryInsulin } from '../drugs/temporary-insulin.ts';
import { active, addFinding, cite, type GuidelineMeta, type GuidelineRule } from './rule.ts';
import { withoutOthersAside } from './stopped-drug.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'drug-therapy',
  section: 'I.C.21.c.3 (Z79 long-term drug therapy) and I.C.4.a.3 (insulin and oral hypoglycemics in diabetes)',
  decides: 'Adds the Z79 long-term therapy code for a drug the statements say is taken long term, insulin and oral hypoglycemics only beside diabetes.',
};

/** Diabetes of any kind (E08-E13: due to an underlying condition, drug-induced, type 1, type 2, other): I.C.4.a.3 applies to each. */
const diabetes = /^E(?:0[89]|1[013])/;

/**
 * Drug -> Z79 long-term therapy code, with the condition category it presumes (I.C.21.c.3,
 * I.C.4.a.3). Drugs by their WHO ATC group: A10A insulins and analogues (NPH = isophane insulin,
 * A10AC01), A10B blood glucose lowering drugs excl. insulins (A10BA02 metformin, A10BB sulfonylureas,
 * A10BH DPP-4 inhibitors, A10BG03 pioglitazone, A10BK SGLT2 inhibitors), B01AA/B01AE/B01AF
 * anticoagulants (warfarin B01AA03, dabigatran B01AE07, apixaban B01AF02, rivaroxaban B01AF01,
 * edoxaban B01AF03), B01AC platelet aggregation inhibitors (clopidogrel B01AC04, prasugrel
 * B01AC22, ticagrelor B01AC24), with their brands by the FDA label (DailyMed) established names
 * (Eliquis apixaban, Xarelto rivaroxaban, Coumadin and Jantoven warfarin, Pradaxa dabigatran,
 * Savaysa edoxaban, Plavix clopidogrel, Effient prasugrel, Brilinta ticagrelor); HRT is the Index's
 * own "Long-term, hormone replacement".
 */
const drugs: [RegExp, string, RegExp | null, string][] = [
  [/\binsulin\b|\b(?:glargine|lispro|aspart|detemir|degludec|NPH)\b/gi, 'Z79.4', diabetes, 'long-term (current) use of insulin (I.C.4.a.3)'],
  [
    /\b(?:metformin|glipizide|glyburide|glimepiride|sitagliptin|linagliptin|saxagliptin|pioglitazone|empagliflozin|dapagliflozin|canagliflozin)\b/gi,
    'Z79.84',
    diabetes,
    'long-term (current) use of oral hypoglycemic drugs (I.C.4.a.3)',
  ],
  [
    // The therapy named without its drug: "long-term"/"chronic" anticoagulation, "on anticoagulation", "anticoagulated".
    /\b(?:apixaban|rivaroxaban|warfarin|dabigatran|edoxaban|(?:long-term|chronic) anticoagula\w*|on anticoagulation|anticoagulated|eliquis|xarelto|coumadin|jantoven|pradaxa|savaysa)\b/gi,
    'Z79.01',
    null,
    'long-term (current) use of anticoagulants (I.C.21.c.3)',
  ],
  [
    /\b(?:clopidogrel|prasugrel|ticagrelor|plavix|effient|brilinta)\b/gi,
    'Z79.02',
    null,
    'long-term (current) use of antithrombotics/antiplatelets (I.C.21.c.3)',
  ],
  [/\b(?:hormone replacement therapy|HRT)\b/g, 'Z79.890', null, 'hormone replacement therapy (I.C.21.c.3)'],
  // WHO ATC H02AB glucocorticoids for systemic use (prednisone H02AB07, prednisolone H02AB06, methylprednisolone
  // H02AB04, dexamethasone H02AB02); "long-term"/"chronic" steroids said of them (Index "Long-term, steroids, systemic").
  [
    /\b(?:prednisone|prednisolone|methylprednisolone|dexamethasone|(?:long-term|chronic)(?: low-dose)?(?: systemic)? (?:steroids?|corticosteroids?|glucocorticoids?))\b/gi,
    'Z79.52',
    null,
    'long-term (current) use of systemic steroids (I.C.21.c.3)',
  ],
];

/**
 * A glucocorticoid course, not long-term use: a burst or taper of days ("prednisone 40 mg x 5 d", "day 2/5", "dose pack"),
 * a dose given by injection or IV at the visit, a stress dose, a start, or a past course ("prednisone none since 2023",
 * "last prednisone 2023"). Said long-term or chronic, the drug is long-term.
 */
const steroidCourse =
  /\bx\s*\d|\b\d+\s*(?:d|days?)\b|\bday\s*\d|\b\d\s*\/\s*\d\b|\bburst|\btaper|\bdose ?pa?ck|\bcourse|\bIV\b|\bIM\b|\binj\w*|\bstress[- ]dose|\bpremed\w*|\b(?:1st|2nd|first|second) dose|\bonce\b|\bstart\w*|\bnone\b|\blast\b|\bago\b|\bprior\b|\bprevious\w*|\bhistory\b|\bhx\b|\bh\/o\b/i;
/** Visits where a glucocorticoid named is the patient's own regimen, not a hospital or emergency course. */
const ownRegimen = new Set(['office', 'telehealth', 'consult']);

/** The list item a drug is named in: its line between commas and semicolons, without another drug's aside. */
function itemOf(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const rest = /[,;\n]/.exec(text.slice(at));
  return withoutOthersAside(text.slice(from, rest ? at + rest.index : text.length));
}

/**
 * Z79.x for drugs taken long term. Oral hypoglycemics and insulin are coded with diabetes only
 * (I.C.4.a.3: both when both are used); a drug mentioned as prophylaxis or stopped is not, one held for a while still is.
 */
export const drugTherapy: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const coded = active(ctx).map((f) => f.code);
  for (const [re, code, needs, why] of drugs) {
    if (needs && !coded.some((c) => needs.test(c.replace('.', '')))) continue;
    for (const m of text.matchAll(re)) {
      const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index) >>> 0);
      const item = itemOf(text, m.index);
      // A drug declined (medspaCy ConText NEGATED_EXISTENCE "decline(s/d)") or refused is not taken.
      if (/\b(?:ppx|prophylaxis|prophylactic|stopp?ed|discontinued|allerg\w*|declin\w*|refus\w*)\b/i.test(item) && !/long-term/i.test(line)) continue;
      // I.C.4.a.3: not "if insulin is given temporarily to bring a type 2 patient's blood sugar under control during an encounter".
      if (code === 'Z79.4' && temporaryInsulin.test(item)) continue;
      if (code === 'Z79.52' && !/\b(?:long-term|chronic)\b/i.test(line) && (steroidCourse.test(line) || !ownRegimen.has(ctx.doc.setting))) continue;
      const kind = sectionAt(ctx.sections, m.index)?.kind ?? 'preamble';
      // A drug denied or not yet taken ("no HRT", "will start insulin") is no therapy (ConText negation, hypothetical).
      const said = assess(text, text.lastIndexOf('\n', m.index) + 1, m.index, m.index + m[0].length, kind, ctx.doc.setting).status;
      if (said === 'negated' || said === 'hypothetical' || said === 'family-history') continue;
      if (plannedOnly(text, m.index, m.index + m[0].length)) continue;
      // I.C.21.c.3: Z79 is current use; a course the clause says is over ("completed 6 mo apixaban", "off warfarin") is not.
      const clause =
        text
          .slice(Math.max(0, m.index - 60), m.index)
          .split(/[;:\n]|\s[-–—]\s|\.\s/)
          .at(-1) ?? '';
      // A loading dose ("Loaded ASA 325 + clopidogrel 300") starts a drug; it is no current long-term use yet.
      if (/\b(?:completed|finished|off|was on|previously on|load(?:ed|ing))\b/i.test(clause)) continue;
      if (kind === 'allergies' || kind === 'fhx') continue;
      addFinding(ctx, code, { start: m.index, end: m.index + m[0].length, order: 900 + m.index, section: kind }, cite(why), 6);
      break;
    }
  }
};
