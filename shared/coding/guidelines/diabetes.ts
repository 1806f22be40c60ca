import type { Finding } from '../finding.ts';
import { statedCauses } from '../matcher/cause-clauses.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'diabetes',
  section: 'I.A.15 ("with" combinations) and I.C.4.a (diabetes: combination codes, I.C.4.a.2 default type E11)',
  decides:
    'Covers both diabetes rules: diabetesDefaultType moves diabetes of undocumented type to E11, and diabetesCombination codes diabetes "with" a listed or named complication as the combination code.',
};

/** Conditions the Alphabetic Index lists under "Diabetes, with": linked by I.A.15 unless the note says otherwise. */
const complications: [RegExp, string, string][] = [
  [/^N18\./, '22', 'diabetic chronic kidney disease'],
  [/^M86\./, '69', 'other specified complication (osteomyelitis)'],
  [/^L97\./, '621', 'foot ulcer'],
  [/^I73\.9/, '51', 'peripheral angiopathy without gangrene'],
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
  if (dm.length === 0) return;
  const cat = dm[0]!.code.slice(0, 3);
  const combos = list.filter((f) => f.code.startsWith(cat) && f.code !== `${cat}.9`);
  for (const f of list) {
    for (const [re, suffix, label] of complications) {
      if (!re.test(f.code) || unlinked(ctx.doc.text, f)) continue;
      // The combination takes the place of the plain diabetes statement it replaces (IV.G keeps the
      // note's order); a diabetes already coded as another combination keeps its own place.
      const plain = dm.find((d) => d.code === `${cat}.9`);
      const order = Math.min(f.order, plain?.order ?? f.order) - 0.25;
      const c = addFinding(ctx, `${cat}.${suffix}`, { ...f, order }, `ICD-10-CM I.A.15: "with" presumes the link: diabetes with ${label}`);
      if (c) {
        c.order = Math.min(c.order, order);
        combos.push(c);
      }
      if (f.code.startsWith('R73.9')) drop(f, 'integral-symptom', 'part of the diabetes combination code');
    }
  }
  if (combos.length) for (const f of dm) if (f.code === `${cat}.9`) drop(f, 'other', 'ICD-10-CM I.A.15: a diabetes combination code is reported instead');
};

/** Diabetes as the note names it (Index: Diabetes, diabetic; shared lexicon abbreviations DM, T1DM, T2DM, IDDM, NIDDM). */
const diabetesSaid = /\bdiabet|\b(?:T[12]DM|DM[12]?|IDDM|NIDDM)\b/i;
/** The note denies the link ("not diabetic nephropathy", "unrelated to his diabetes", "non-diabetic"). */
const denied = /\b(?:not|non)[- ](?:diabetic|(?:due|related|secondary) to (?:\w+ )?diabet)|\bunrelated to (?:\w+ )?diabet/i;

/**
 * I.A.15: the "with" link is presumed "unless the documentation clearly states the conditions are
 * unrelated": the complication's statement denies it, or states another cause that is not diabetes
 * ("CKD stage 4 due to hypertensive nephrosclerosis").
 */
function unlinked(text: string, f: Finding): boolean {
  if (!f.stmt) return false;
  const stmt = text.slice(f.stmt.start, f.stmt.end);
  if (denied.test(stmt)) return true;
  const causes = statedCauses(text, f.stmt.start, f.stmt.end);
  return causes.length > 0 && !causes.some((c) => diabetesSaid.test(c));
}

/**
 * I.C.4.a.2: diabetes of undocumented type defaults to E11; a title match may land on E13
 * ("other specified") only because the note said "diabetic X" without a type.
 */
export const diabetesDefaultType: GuidelineRule = (ctx) => {
  if (/\b(?:secondary|drug[- ]induced|steroid[- ]induced|other specified) diabetes/i.test(ctx.doc.text)) return;
  const type1 = /\b(?:type 1 diabetes|T1DM|DM1|IDDM)\b/i.test(ctx.doc.text);
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
