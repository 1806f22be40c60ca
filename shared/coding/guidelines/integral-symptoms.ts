import { drugTableCode, findSubstances } from '../drugs/drug-table.ts';
import { refNames } from '../../codes/note-refs.ts';
import { lineOf } from '../text/lines.ts';
import { tokenize } from '../text/tokens.ts';
import type { Finding } from '../finding.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'integral-symptoms',
  section: 'I.B.4-I.B.6 (signs and symptoms integral to a definitive diagnosis, and those not routinely part of it), I.A.13 (use additional code)',
  decides:
    "Drops a chapter 18 sign or symptom found in the same statement as a definitive diagnosis (or in a later sentence of its line telling how it showed), unless that diagnosis's note asks for it or the sign's Excludes1 makes it a complication of that disease, and a joint or limb pain beside a definitive diagnosis of that site.",
};

/**
 * I.B.4-5: a sign or symptom (chapter 18, R codes) found in the same statement as a definitive
 * diagnosis is integral to it and not coded separately; a symptom standing alone is kept.
 */
export const integralSymptoms: GuidelineRule = (ctx) => {
  const list = active(ctx);
  for (const f of list) {
    if (!f.code.startsWith('R') || f.source === 'rule') continue;
    // SIRS and severe sepsis (R65.1-, R65.2-) are reported with their underlying condition by
    // instruction (I.C.1.d.1.b, I.C.18.g), not symptoms it explains.
    if (/^R65\.[12]/.test(f.code)) continue;
    // A statement of a poisoning, adverse effect or underdosing lists its manifestations, each coded after it
    // (I.C.19.e.5: "Metoprolol poisoning with sinus bradycardia and hypoglycemia"): none is integral to another.
    if (list.some((o) => o.order === f.order && drugTableCode.test(o.code))) continue;
    // A diagnosis whose tabular note says "use additional code ... symptoms" (N40.1) keeps them (I.A.13).
    const sameStatement = list.some(
      (o) =>
        o !== f &&
        !/^[RZ]/.test(o.code) &&
        // A poisoning, adverse effect or underdosing is no diagnosis its symptoms are part of: I.C.19.e.5 codes
        // their nature ("Supratherapeutic INR due to warfarin": R79.1, T45.515A).
        !drugTableCode.test(o.code) &&
        !paralyticSyndrome.test(o.code) &&
        !asksFor(ctx, o.code, f.code) &&
        o.order === f.order &&
        o.section === 'assessment' &&
        !codedApartIn(ctx, f.code, o),
    );
    // A later sentence of a problem's own line telling how it showed ("Symptomatic on admission (confusion)") is that problem's.
    const lineStart = ctx.doc.text.lastIndexOf('\n', f.start - 1) + 1;
    const sameItem =
      !sameStatement &&
      /\b(?:symptomatic|present(?:ed|ing|s)|manifest\w*)\b/i.test(lineOf(ctx.doc.text, f.start)) &&
      list.some(
        (o) => o !== f && !/^[RZ]/.test(o.code) && !drugTableCode.test(o.code) && o.section === 'assessment' && o.start >= lineStart && o.start < f.start,
      );
    if (sameStatement) drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom integral to the diagnosis in the same statement');
    else if (sameItem) drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom its problem showed with, told in the same item');
    // A symptom whose item defers to another problem ("# Dyspnea - see #1/#2") is that problem's, when one is coded there.
    else if (refersToProblem.test(lineOf(ctx.doc.text, f.start)) && list.some((o) => o !== f && !/^[RZ]/.test(o.code) && o.section === 'assessment'))
      drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom its item refers to another problem it is integral to');
    else {
      // A symptom its own item attributes to a diagnosis coded elsewhere ("Abd pain/emesis - likely assoc w/ strep"):
      // the provider links it to that disease process (I.B.5).
      const owner = attributedTo(ctx, f, list);
      if (owner) drop(f, 'integral-symptom', `ICD-10-CM I.B.5: a symptom its item attributes to ${owner.code}, coded for that condition`);
    }
  }
  // A symptom named only as what a drug is given for ("Ibuprofen/APAP for fever", "ondansetron for nausea")
  // beside a definitive diagnosis is that diagnosis's symptom being relieved (I.B.5).
  for (const f of list) {
    if (!f.code.startsWith('R') || f.dropped || f.source === 'rule') continue;
    const lineStart = ctx.doc.text.lastIndexOf('\n', f.start - 1) + 1;
    const before = ctx.doc.text.slice(lineStart, f.start);
    const clause = before.slice(before.search(/[^.;]*$/));
    const given = /\s(?:prn\s+)?for\s+$/i.exec(clause);
    if (!given) continue;
    const at = f.start - clause.length;
    const drug = findSubstances(ctx.codeSets, ctx.doc.dateOfService, ctx.doc.text, at, at + given.index).length > 0;
    if (drug && list.some((o) => o !== f && !o.dropped && !/^[RZ]/.test(o.code) && o.section === 'assessment'))
      drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: a symptom named as what a drug relieves, beside the diagnosis it belongs to');
  }
  for (const f of list) {
    const site = painSite(f);
    if (!site) continue;
    const of = list.find((o) => o !== f && !o.dropped && !/^[RZ]/.test(o.code) && !painSite(o) && sameSite(site, o.title.toLowerCase()));
    if (of) drop(f, 'integral-symptom', `ICD-10-CM I.B.5: pain of the ${site.words.join(' and ')} is routinely part of ${of.code}, coded at that site`);
  }
};

/**
 * A joint or limb pain code (M25.5- "Pain in joint", M79.6- "Pain in limb", chapter 13's symptom
 * codes): its side and sites ("Pain in right ankle and joints of right foot": right; ankle, foot).
 */
function painSite(f: { code: string; title: string }): { side?: string; words: string[] } | null {
  if (!/^M(?:25\.5|79\.6)/.test(f.code)) return null;
  const m = /^pain in (?:(right|left|unspecified) )?(.+)$/i.exec(f.title);
  if (!m) return null;
  const words = m[2]!
    .toLowerCase()
    .replace(/\b(?:right|left|unspecified|joints? of|and)\b/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  return words.length ? { side: m[1]?.toLowerCase(), words } : null;
}

/** A definitive diagnosis of that site, on that side or both (or no side said). */
function sameSite(site: { side?: string; words: string[] }, title: string): boolean {
  if (!site.words.some((w) => new RegExp(`\\b${w}\\b`).test(title))) return false;
  const other = site.side === 'right' ? 'left' : site.side === 'left' ? 'right' : undefined;
  return !other || !new RegExp(`\\b${other}\\b`).test(title) || /\bbilateral\b/.test(title);
}

/**
 * A paralytic syndrome (G81-G83) is a deficit beside others, not their cause: Tabular G81 "is also for use in multiple
 * coding to identify these types of hemiplegia resulting from any cause" ("Deficits: R hemiparesis, expressive aphasia").
 */
const paralyticSyndrome = /^G8[1-3]/;

/**
 * An item deferring to another problem of the list ("see #1", "see above"). A cause named instead
 * ("Nausea w/ vomiting 2/2 #1") may be a poisoning's manifestation, coded after it (I.C.19.e.5.b).
 */
const refersToProblem = /\bsee (?:#\s?\d|above|problem \d|item \d)/i;

/** A cause the item names after the symptom: "assoc w/", "due to", "2/2", "secondary to", "from", "related to". */
const causeCue = /\b(?:assoc(?:iated)?\.? (?:w\/|with)|due to|2\/2|d\/t|secondary to|related to|from|c\/w|consistent with)\s+([^.;\n]+)/i;

const sharedWords = new Set(['right', 'left', 'bilateral', 'acute', 'chronic', 'mild', 'moderate', 'severe', 'with', 'and', 'the', 'from', 'due']);

/** The diagnosis, coded from another statement, whose words the symptom's cause clause repeats. */
function attributedTo(ctx: RuleContext, f: Finding, list: Finding[]): Finding | undefined {
  const { text } = ctx.doc;
  const lineEnd = text.indexOf('\n', f.end);
  const cause = causeCue.exec(text.slice(f.end, lineEnd < 0 ? undefined : lineEnd))?.[1];
  if (!cause) return undefined;
  const named = new Set([...tokenize(cause).map((t) => t.stem), ...(cause.toLowerCase().match(/[a-z]{3,}/g) ?? [])]);
  return list.find((o) => {
    // A drug's adverse-effect code names the cause, not a disease process the symptom belongs to.
    if (o === f || o.dropped || /^[RZ]/.test(o.code) || drugTableCode.test(o.code) || o.section !== 'assessment' || o.order === f.order) return false;
    // The condition's own words, not a side or a course word any two conditions share.
    const evidence = text.slice(o.start, o.end);
    const words = [...tokenize(evidence).map((t) => t.stem), ...(evidence.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
    return words.some((w) => w.length > 2 && !sharedWords.has(w) && named.has(w));
  });
}

/**
 * I.B.6: a sign not routinely part of a disease is coded when present. The classification says which: a sign
 * whose Excludes1 sends it "in" one kind of a disease to a combination code (R18 "ascites in alcoholic cirrhosis
 * (K70.31)") is a complication of that disease, not integral to it; in another kind of it, of the same block of
 * codes and without a combination code ("Cirrhosis with ascites": K74.60), it is coded beside it (R18.8).
 */
function codedApartIn(ctx: RuleContext, symptom: string, dx: Finding): boolean {
  if (typeof ctx.codeSets.icdNotes !== 'function') return false;
  const title = dx.title.toLowerCase();
  return ctx.codeSets.icdNotes(symptom, ctx.doc.dateOfService).excludes1.some((r) => {
    // The disease's head noun, the last word of the "in ..." phrase before any "with" ("in alcoholic cirrhosis": cirrhosis).
    const head = /\bin (?:[\w-]+ )*?([a-z]+)(?: with\b.*)?$/i.exec(r.text.replace(/\s*\([^)]*\)\s*$/, ''))?.[1]?.toLowerCase();
    if (!head || head.length < 5 || !new RegExp(`\\b${head}\\b`).test(title)) return false;
    return !refNames(r, dx.code) && dx.code.slice(0, 2) === r.code.slice(0, 2);
  });
}

/** The diagnosis's "use additional code" note asks for symptoms, or names this symptom's code ("nocturia (R35.1)" at N40.1). */
function asksFor(ctx: RuleContext, code: string, symptom: string): boolean {
  if (typeof ctx.codeSets.icdNotes !== 'function') return false;
  const own = symptom.replace('.', '');
  return ctx.codeSets
    .icdNotes(code, ctx.doc.dateOfService)
    .useAdditional.some((r) => /\bsymptoms?\b/i.test(r.text) || (r.subdivisions ? own.startsWith(r.code.replace('.', '')) : own === r.code.replace('.', '')));
}
