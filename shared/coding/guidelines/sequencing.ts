import type { CodeRef } from '../../codes/model.ts';
import type { Finding } from '../finding.ts';
import { refCovers } from './excludes1.ts';
import { procedureReason } from '../note/procedure-reason.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** Where each sequencing rank comes from (reviewers check every entry against it). */
export const meta: GuidelineMeta & { sources: readonly string[] } = {
  id: 'sequencing',
  section: 'IV.G (first-listed diagnosis) with the chapter rules it defers to, each listed in sources',
  decides: "Moves to first place the code that is the visit's reason and that no guideline places after another.",
  sources: [
    'ICD-10-CM Section IV.G (first-listed: the condition chiefly responsible for the visit), IV.D (signs and symptoms)',
    'ICD-10-CM I.C.21.c.15 (Z codes that may only be first-listed), I.C.21.c.3 (status), I.C.21.c.4 (history), I.C.21.c.2 (Z23)',
    'ICD-10-CM I.C.15.b.2 (O09 supervision of high-risk pregnancy first at prenatal outpatient visits)',
    'ICD-10-CM I.C.20 (external cause never first), I.C.19.e.5 (adverse effect and underdosing follow the condition), I.C.15.b (Z3A), I.C.1.d.4 and I.C.18.g (R65.1-/R65.2- never first)',
    'ICD-10-CM I.A.13 (etiology/manifestation: "code first", "use additional code"), CMS MCE manifestation list, I.C.1 (B95-B97)',
  ],
};

/** I.C.21.c.15: categories and subcategories that may only be the first-listed diagnosis. */
const firstOnly = [
  'Z00',
  'Z01',
  'Z02',
  'Z04',
  'Z33.2',
  'Z31.81',
  'Z31.83',
  'Z31.84',
  'Z34',
  'Z39',
  'Z38',
  'Z40',
  'Z42',
  'Z51.0',
  'Z51.1',
  'Z52',
  'Z76.1',
  'Z76.2',
  'Z99.12',
];
const firstOnlyExcept = ['Z00.6', 'Z52.9'];

const under = (code: string, list: string[]) => list.some((p) => code.startsWith(p));

/**
 * The rank of a code for first-listing (lower goes first): 0 the encounter-only Z codes, 1 other
 * "Encounter for" reasons, 2 conditions, 3 signs and symptoms, 4 codes that are never first.
 */
export function rank(code: string, title: string, manifestation = false): number {
  const c = code.toUpperCase();
  if (under(c, firstOnly) && !under(c, firstOnlyExcept)) return 0;
  // I.C.20: external causes are never first; I.C.15.b: Z3A weeks of gestation go with an O code;
  // I.C.21.c.3-c.4: status, history and BMI codes qualify a condition (Z77-Z99, Z68), as do the statuses its "use additional
  // code" notes name: drug resistance (Z16, I.C.1.c), receptor and hormone status of a malignancy (Z17, Z19; I.C.2.r);
  // I.C.1: B95-B97 name an organism of a condition coded first.
  if (/^[VWXY]/.test(c) || c.startsWith('Z3A') || c.startsWith('Z68') || /^Z(?:1[679]|7[7-9]|8\d|9\d)/.test(c) || /^B9[5-7]/.test(c)) return 4;
  // I.C.19.e.5.a/c: an adverse effect (5th or 6th character 5) or underdosing (6) follows the condition it caused.
  if (/^T(?:3[6-9]|4\d|50)/.test(c) && /[56]/.test(c.replace('.', '')[5] ?? '')) return 4;
  // I.C.1.d.4 and I.C.18.g: severe sepsis (R65.2-) "can never be assigned as a principal diagnosis",
  // nor SIRS (R65.1-): the underlying condition comes first.
  if (/^R65\.[12]/.test(c)) return 4;
  // I.A.13: a manifestation ("in diseases classified elsewhere") is never first.
  if (manifestation || /\bin diseases classified elsewhere\b/i.test(title)) return 4;
  return 2;
}

/** I.A.13: `b` is sequenced after `a` when a's "use additional code" or b's "code first" names the other. */
function follows(ctx: RuleContext, b: Finding, a: Finding): boolean {
  const notes = (f: Finding) => ctx.codeSets.icdNotes(f.code, ctx.doc.dateOfService);
  const covers = (refs: CodeRef[], f: Finding) => refs.some((r) => refCovers(ctx, r, f.code));
  return covers(notes(b).codeFirst, a);
}

/** A prenatal care visit as obstetric notes title it ("OB visit - routine prenatal", "Prenatal follow-up"). */
const routinePrenatal = /\b(?:prenatal|antenatal|antepartum|OB)\s+(?:visit|care|f\/u|follow[- ]?up|check)\b|\broutine prenatal\b/i;

/** A stated cause between a manifestation and its disease ("secondary to", "due to", "2/2", "from"). */
const causeWord = /\b(?:secondary to|due to|2\/2|d\/t|from|caused by|because of|in the setting of)\b/i;

/** The systemic infection codes of chapter 1 (I.C.1.d: sepsis A40-A41 and the organism-specific sepsis codes). */
const systemicInfection = /^(?:A4[01]\.|A02\.1|A22\.7|A26\.7|A32\.7|A39\.[1-4]|A42\.7|A54\.86|B37\.7)/;

/** The finding to list first among reportable ones, or null. */
export function firstListed(ctx: RuleContext, list: Finding[]): Finding | null {
  if (!list.length) return null;
  // I.C.15.b.2: at a routine prenatal outpatient visit of a high-risk pregnancy, the O09 supervision code is
  // first-listed (a consult for one of its problems lists that problem, IV.G). A complication of the pregnancy the
  // visit treats or monitors (another chapter 15 code) is the visit's principal reason instead (I.C.15.b.3).
  const prenatal = (ctx.doc.setting === 'office' || ctx.doc.setting === 'telehealth') && routinePrenatal.test(ctx.doc.text);
  const complication = list.some((f) => /^O(?!09)/.test(f.code));
  const supervision = (f: Finding) => prenatal && !complication && f.code.startsWith('O09');
  const r = new Map(list.map((f) => [f, supervision(f) ? 1 : rank(f.code, f.title, safeManifestation(ctx, f.code))]));
  const sorted = [...list].sort((a, b) => r.get(a)! - r.get(b)! || a.order - b.order || a.start - b.start);
  let best = sorted[0]!;
  // IV.A.1: at a procedure encounter, the reason for the procedure is listed first, among conditions of the first rank.
  if (ctx.doc.setting === 'procedure') {
    const reason = procedureReason(
      ctx.doc.text,
      sorted.filter((f) => r.get(f) === r.get(best)),
      ctx.codeSets.abbreviations?.().expand,
    );
    if (reason) best = reason;
  }
  // Walk back along "code first" / "use additional" links (bounded: each step moves to an earlier partner).
  for (let i = 0; i < list.length; i++) {
    const before = sorted.find((o) => o !== best && r.get(o)! <= 2 && follows(ctx, best, o) && !follows(ctx, o, best));
    if (!before) break;
    best = before;
  }
  // I.C.1.d.4: sepsis named with (or before) a localized infection is the systemic infection, sequenced first. Not
  // before an obstetric or a procedure's complication, which the guideline codes first (I.C.15.d, I.C.1.d.5).
  const sepsis = sorted.find((o) => systemicInfection.test(o.code) && r.get(o)! <= 2 && o.order <= best.order);
  if (sepsis && !systemicInfection.test(best.code) && !/^[OST]/.test(best.code)) best = sepsis;
  // I.A.13: "code first underlying disease" with no code named: the disease its own statement names as the
  // cause ("Bleeding esophageal varices secondary to alcoholic cirrhosis": K70.3- before I85.11).
  const notes = ctx.codeSets.icdNotes(best.code, ctx.doc.dateOfService);
  if (notes.underlying && notes.codeFirst.length === 0 && best.stmt) {
    const stmt = best.stmt;
    const first = best;
    // The cause as the statement names it, or the code of its category that replaced it there (K70.30 -> K70.31); along a
    // chain of causes ("varices secondary to portal hypertension from alcoholic cirrhosis"), the last: the underlying disease.
    const inStmt = ctx.findings
      .filter((o) => o !== first && o.start >= stmt.start && o.end <= stmt.end && o.start >= first.start)
      .sort((a, b) => a.start - b.start);
    let said: Finding | undefined;
    for (let at: Finding = first; ; ) {
      const next = inStmt.find((o) => o.start > at.start && causeWord.test(ctx.doc.text.slice(at.start, o.start)));
      if (!next) break;
      said = at = next;
    }
    const cause = said && sorted.find((o) => o !== first && r.get(o)! <= 2 && o.code.slice(0, 3) === said.code.slice(0, 3));
    if (cause) best = cause;
  }
  return best;
}

function safeManifestation(ctx: RuleContext, code: string): boolean {
  try {
    return ctx.codeSets.mce(code).manifestation;
  } catch {
    return false;
  }
}

/**
 * ICD-10-CM Section IV.G with the chapter rules it defers to: the first-listed code is the
 * visit's reason, never a code the guidelines place after another. The chosen finding is moved
 * ahead of the others (suggest lists in `order`).
 */
export const sequencing: GuidelineRule = (ctx) => {
  let list = active(ctx).filter((f) => f.recommended !== false);
  // I.C.21.c.15: a code that may only be first-listed, stated after the visit's other problems
  // ("5. Health maintenance"), is not this encounter's reason; the conditions addressed are.
  const lead = Math.min(...list.map((f) => f.order));
  for (const f of list) {
    if (rank(f.code, f.title) === 0 && f.order > lead && f.source !== 'rule' && list.some((o) => o.order < f.order && rank(o.code, o.title) === 2)) {
      drop(f, 'other', `ICD-10-CM I.C.21.c.15: ${f.code} may only be listed first, and the note states it after the problems this visit addressed`);
    }
  }
  list = list.filter((f) => !f.dropped);
  const best = firstListed(ctx, list);
  if (!best) return;
  const min = Math.min(...list.map((f) => f.order));
  // A statement's leading diagnosis goes first among codes of the same statement ("Morbid obesity w/ OSA").
  if (best.order > min || list.some((f) => f !== best && f.order === min)) {
    best.order = min - 1;
    best.why.push(`ICD-10-CM IV.G: sequenced first; the codes listed before it in the note follow it (${reasonOf(best)})`);
  }
};

function reasonOf(f: Finding): string {
  const r = rank(f.code, f.title);
  return r === 0
    ? 'I.C.21.c.15: this Z code is only ever first-listed'
    : r === 1
      ? 'I.C.21.c: the encounter is for this service'
      : 'I.C.20, I.C.21.c.3-4, I.A.13, IV.D: status, history, external-cause, manifestation and symptom codes follow a condition';
}
