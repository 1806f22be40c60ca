import type { Finding } from '../finding.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { organismWords, statedCauses } from '../matcher/cause-clauses.ts';
import { codeStatement } from '../matcher/statement.ts';
import { asideToken, tokenize, type Token } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'diabetes',
  section: 'I.A.15 ("with" combinations) and I.C.4.a (diabetes: combination codes, I.C.4.a.2 default type E11)',
  decides:
    'Covers both diabetes rules: diabetesDefaultType moves diabetes of undocumented type to E11, and diabetesCombination codes diabetes "with" any condition the Index lists under "Diabetes, with" as the combination code, unless another cause is documented; the condition\'s own code goes when the combination names it whole.',
};

/** Conditions the Alphabetic Index lists under "Diabetes, with": linked by I.A.15 unless the note says otherwise. */
const complications: [RegExp, string, string, includes?: boolean][] = [
  [/^N18\./, '22', 'diabetic chronic kidney disease'],
  [/^M86\./, '69', 'other specified complication (osteomyelitis)'],
  // The foot's ulcer is E11.621, an ulcer of skin elsewhere E11.622 ("skin ulcer NEC"): Tabular E11.621 "use additional
  // code to identify site of ulcer (L97.4-, L97.5-)"; E11.622 "(L97.1-L97.9, L98.41-L98.49)".
  [/^L97\.[45]/, '621', 'foot ulcer'],
  [/^L97\.[1-36-9]|^L98\.4/, '622', 'other skin ulcer'],
  // Peripheral angiopathy is peripheral vascular disease (Index: Angiopathy, peripheral I73.9; Disease, vascular,
  // peripheral I73.9): the combination names it whole, and E11.51 asks for no further code.
  [/^I73\.9/, '51', 'peripheral angiopathy without gangrene', true],
  [/^G62\.9|^G60\.9/, '42', 'polyneuropathy'],
  [/^R73\.9/, '65', 'hyperglycemia'],
  [/^K31\.84/, '43', 'gastroparesis'],
];

/**
 * ICD-10-CM I.A.15 and I.C.4.a: diabetes "with" a listed condition is coded as the combination;
 * E11.9 only when no complication is documented. Diabetic complications named in the statement
 * itself ("diabetic foot ulcer", "diabetic peripheral angiopathy") are taken from there.
 */
export const diabetesCombination: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const dm = list.filter((f) => /^E1[013]\./.test(f.code));
  // "Diabetic peripheral neuropathy" with no diabetes statement of its own: the adjective names the
  // diabetes, of the type the note documents, else type 2 (I.C.4.a.2); only its own statements are read.
  // A diabetes the statement denies ("Hyperglycemia due to prednisone - not diabetes") names none (ConText negation).
  const among = dm.length ? list : list.filter((f) => f.stmt && namesDiabetes.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end)));
  if (among.length === 0) return;
  const cat = dm[0]?.code.slice(0, 3) ?? (type1Said.test(ctx.doc.text) ? 'E10' : 'E11');
  const combos = list.filter((f) => f.code.startsWith(cat) && f.code !== `${cat}.9`);
  const listed = new Set<Finding>();
  for (const f of among) {
    for (const [re, suffix, label, includes] of complications) {
      if (!re.test(f.code)) continue;
      listed.add(f);
      if (causeDocumented(ctx, f)) continue;
      // The combination takes the place of the plain diabetes statement it replaces (IV.G keeps the
      // note's order); a diabetes already coded as another combination keeps its own place.
      const plain = dm.find((d) => d.code === `${cat}.9`);
      const order = Math.min(f.order, plain?.order ?? f.order) - 0.25;
      const c = addFinding(ctx, `${cat}.${suffix}`, { ...f, order }, `ICD-10-CM I.A.15: "with" presumes the link: diabetes with ${label}`);
      if (!c) continue;
      c.order = Math.min(c.order, order);
      combos.push(c);
      if (includes || named(c.title, f.title)) drop(f, 'other', `ICD-10-CM I.A.15: part of the diabetes combination code ${c.code}`);
    }
  }
  combos.push(
    ...indexCombinations(
      ctx,
      cat,
      among.filter((f) => !listed.has(f) && !f.dropped),
    ),
  );
  if (combos.length) for (const f of dm) if (f.code === `${cat}.9`) drop(f, 'other', 'ICD-10-CM I.A.15: a diabetes combination code is reported instead');
};

/** A diabetic adjective or diabetes said, not denied ("not diabetes at this time", "no diabetes", "non-diabetic"). */
const namesDiabetes = /(?<!\b(?:not|no|non|without|denies)[- ](?:\w+ )?)\bdiabet/i;
/** Type 1 diabetes as the note names it (shared lexicon abbreviations T1DM, IDDM). */
const type1Said = /\b(?:type 1 diabetes|T1DM|DM1|IDDM)\b/i;
/** Diabetes as the note names it (Index: Diabetes, diabetic; shared lexicon abbreviations DM, T1DM, T2DM, IDDM, NIDDM). */
const diabetesSaid = /\bdiabet|\b(?:T[12]DM|DM[12]?|IDDM|NIDDM)\b/i;
/** The note denies the link ("not diabetic nephropathy", "unrelated to his diabetes", "non-diabetic"). */
const denied = /\b(?:not|non)[- ](?:diabetic|(?:due|related|secondary) to (?:\w+ )?diabet)|\bunrelated to (?:\w+ )?diabet/i;

/**
 * I.A.15: the "with" link is presumed "unless the documentation clearly states the conditions are
 * unrelated": the complication's statement denies it, or states another cause that is not diabetes
 * ("CKD stage 4 due to hypertensive nephrosclerosis").
 */
function unlinked(ctx: RuleContext, f: Finding): boolean {
  const { text } = ctx.doc;
  if (!f.stmt) return false;
  const stmt = text.slice(f.stmt.start, f.stmt.end);
  if (denied.test(stmt)) return true;
  // An infection's agent ("osteomyelitis due to MRSA", B95-B97) is no cause competing with diabetes.
  const organisms = organismWords(ctx.codeSets, ctx.doc.dateOfService);
  const agent = (c: string) => expandTokens(c, 0, c.length).some((t) => organisms.has(t.stem));
  const causes = statedCauses(text, f.stmt.start, f.stmt.end).filter((c) => !agent(c));
  return causes.length > 0 && !causes.some((c) => diabetesSaid.test(c));
}

/**
 * The combination's title names the condition whole ("... with diabetic polyneuropathy" names
 * "Polyneuropathy, unspecified"): its own code adds nothing. A code detailing more ("Chronic kidney
 * disease, stage 4", which the tabular asks for beside E11.22) or naming it otherwise stays.
 */
function named(combination: string, condition: string): boolean {
  const has = new Set(tokenize(combination).map((t) => t.stem));
  const own = tokenize(condition).filter((t) => !t.neg && !/^(?:unspecified|other|nos)$/.test(t.stem));
  return own.length > 0 && own.every((t) => has.has(t.stem));
}

/** Words the Index path "Diabetes, diabetic (mellitus), type N, with, ..." carries that a condition's statement leaves implied. */
const implied = new Set(['diabetes', 'diabetic', 'mellitus', 'type', 'type1', 'type2', 'with', 'diabetes-related']);
/**
 * I.A.15: the "with" presumption also yields where the condition's own code names another cause
 * ("due to plants", "hypertensive", "alcoholic"), aging included ("Age-related nuclear cataract").
 */
const otherCause = /\b(?:due to|hypertensive|alcoholic|induced|age-related|senile|in diseases classified elsewhere)\b/i;

function causeDocumented(ctx: RuleContext, f: Finding): boolean {
  return otherCause.test(f.title) || unlinked(ctx, f);
}

/**
 * I.A.15: any condition the Alphabetic Index lists under "Diabetes, with" is linked to the
 * diabetes unless the provider says otherwise: each other condition's own words are read under
 * that main term (a scoped search of the category's Index paths), and the combination is reported.
 * The condition's own code goes when the combination names it whole (`named`); otherwise the
 * tabular decides (its Excludes1, excludes1.ts; the combination's "use additional code").
 */
function indexCombinations(ctx: RuleContext, cat: string, among: Finding[]): NonNullable<ReturnType<typeof addFinding>>[] {
  const { text } = ctx.doc;
  const context = [asideToken('diabetes'), ...(cat === 'E10' ? [asideToken('type1')] : cat === 'E11' ? [asideToken('type2')] : [])];
  const found: { f: Finding; code: string; title: string; caused: boolean }[] = [];
  for (const f of among) {
    if (/^(?:E0[89]|E1[013]|Z|R73)/.test(f.code) || f.section !== 'assessment' || f.start < 0) continue;
    const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, f.start, f.end, ctx.doc.patient.sex, [cat], implied, context, [], ['diabetes'])[0];
    if (!hit?.code.startsWith(cat) || /^E1[013](?:9|8)$/.test(hit.code)) continue;
    found.push({ f, code: `${hit.code.slice(0, 3)}.${hit.code.slice(3)}`, title: hit.title, caused: causeDocumented(ctx, f) });
  }
  // A cause documented anywhere for the condition ("CKD 2/2 hypertensive nephrosclerosis") holds for its other mentions too.
  const deniedCodes = new Set(found.filter((x) => x.caused).map((x) => x.code));
  const out: NonNullable<ReturnType<typeof addFinding>>[] = [];
  for (const { f, code, title } of found) {
    if (deniedCodes.has(code)) continue;
    const c = addFinding(
      ctx,
      code,
      { ...f, order: f.order - 0.25 },
      `ICD-10-CM I.A.15: the Index lists it under "Diabetes, with" (${title}); "with" presumes the link`,
    );
    if (!c) continue;
    out.push(c);
    // Named whole by its title, or as the note says it: "retinopathy" is the Index's "Retinopathy (background)" H35.00,
    // whose title keeps the nonessential "background"; E11.319 "... with unspecified diabetic retinopathy" names it.
    if (named(c.title, f.title) || named(c.title, text.slice(f.start, f.end)))
      drop(f, 'other', `ICD-10-CM I.A.15: part of the diabetes combination code ${c.code}`);
  }
  return out;
}

/**
 * I.C.4.a.2: diabetes of undocumented type defaults to E11; a title match may land on E13
 * ("other specified") only because the note said "diabetic X" without a type.
 */
export const diabetesDefaultType: GuidelineRule = (ctx) => {
  if (/\b(?:secondary|drug[- ]induced|steroid[- ]induced|other specified) diabetes/i.test(ctx.doc.text)) return;
  const type1 = type1Said.test(ctx.doc.text);
  for (const f of active(ctx)) {
    if (!/^E13\./.test(f.code)) continue;
    const target = `${type1 ? 'E10' : 'E11'}${f.code.slice(3)}`;
    const hit = ctx.codeSets.icd(target, ctx.doc.dateOfService);
    if (!hit) continue;
    f.code = hit.code;
    f.title = hit.title;
    f.why.push(`ICD-10-CM I.C.4.a.2: type not stated in the statement, ${type1 ? 'type 1 documented' : 'default E11'}`);
  }
};
