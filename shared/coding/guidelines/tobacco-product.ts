import { active, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'tobacco-product',
  section: 'I.B.18 and Tabular F17.2- (nicotine dependence by product: cigarettes F17.21-, chewing tobacco F17.22-, other F17.29-)',
  decides:
    'Completes a nicotine dependence of unspecified product (F17.20-) with the product the note documents elsewhere (social history "1 ppd", "smokes cigarettes"), when it names one only; tobacco use in a note that says cigarettes, and no other product, are smoked now is a smoker\'s dependence (F17.210).',
};

/** A note's words for each product of F17.2-: packs a day and pack-years count cigarettes (USPSTF 2021). */
const products: [RegExp, string][] = [
  [/\b(?:cigarettes?|cigs?|\d+(?:\.\d+)?\s*(?:ppd|packs?(?: per | a |\/)day|pack-?years?|pk-?yrs?))\b/i, 'F17.21'],
  [/\b(?:chewing tobacco|chew|dip|snuff|smokeless tobacco)\b/i, 'F17.22'],
  [/\b(?:cigars?|pipe|e-?cig\w*|vap(?:e|es|ing))\b/i, 'F17.29'],
];

/** Words that make a habit past or absent: such a line tells no current smoking. */
const notNow = /\b(?:quit|former|ex-?smoker|never|denies|stopped|no longer)\b/i;

/** Where a relative's habits are told: not the patient's product. */
const familyLine = /\b(?:mother|father|mom|dad|brother|sister|spouse|wife|husband|partner|family|FHx|FH)\b/i;

/**
 * I.B.18: a code of unspecified detail is for documentation that lacks it; the detail may be stated
 * anywhere in the record of the encounter. A nicotine dependence coded F17.20- ("Tobacco use disorder -
 * nicotine patch") whose product the note gives in another place ("SH: smokes 1 ppd") takes that
 * product's subdivision, keeping its own complication character (F17.200 -> F17.210).
 */
export const tobaccoProduct: GuidelineRule = (ctx) => {
  const lines = ctx.doc.text.split('\n').filter((l) => !familyLine.test(l));
  const named = products.filter(([re]) => lines.some((l) => re.test(l)));
  if (named.length === 1) completeProduct(ctx, lines, named[0]!);
  smokerOfTobaccoUse(
    ctx,
    lines.filter((l) => !notNow.test(l)),
  );
};

function completeProduct(ctx: RuleContext, lines: string[], [re, category]: [RegExp, string]): void {
  const said = lines.find((l) => re.test(l))!.match(re)![0];
  for (const f of active(ctx).filter((x) => /^F17\.20\d$/.test(x.code))) {
    const hit = ctx.codeSets.icd(`${category}${f.code.slice(-1)}`, ctx.doc.dateOfService);
    if (!hit?.billable) continue;
    f.why.push(`ICD-10-CM I.B.18: the product is documented elsewhere in the note ("${said}"): ${hit.code}, not ${f.code}`);
    f.code = hit.code;
    f.title = hit.title;
  }
}

/**
 * Index: Smoker - see Dependence, drug, nicotine (cigarettes F17.210). Tabular Z72.0 is tobacco use NOS: a note that
 * says the patient smokes cigarettes now ("Tobacco use - 1 ppd cigarettes", "SH: 1/2 ppd") names a smoker, not
 * tobacco use NOS, when cigarettes are the only product it names (I.B.18: the detail may be anywhere in the note).
 */
function smokerOfTobaccoUse(ctx: RuleContext, current: string[]): void {
  const own = products.filter(([re]) => current.some((l) => re.test(l)));
  if (own.length !== 1 || own[0]![1] !== 'F17.21') return;
  const said = current.find((l) => own[0]![0].test(l))!.match(own[0]![0])![0];
  const smoker = ctx.codeSets.icd('F17.210', ctx.doc.dateOfService);
  if (!smoker?.billable) return;
  for (const f of active(ctx).filter((x) => x.code === 'Z72.0')) {
    f.why.push(`ICD-10-CM Index: Smoker - see Dependence, drug, nicotine: the note says "${said}", so ${smoker.code}, not tobacco use NOS (${f.code})`);
    f.code = smoker.code;
    f.title = smoker.title;
  }
}
