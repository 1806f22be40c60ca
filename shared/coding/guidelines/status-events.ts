import { lineOf } from '../text/lines.ts';
import { baseOf } from '../../codes/year-view.ts';
import { assess } from '../context/assess.ts';
import { futureCue, plannedOnly } from '../context/planned.ts';
import { codeStatement } from '../matcher/statement.ts';
import { keyIdf, titleIndex } from '../matcher/title-index.ts';
import { sectionAt } from '../note/sections.ts';
import type { Finding } from '../finding.ts';
import { tokenize } from '../text/tokens.ts';
import { refCovers } from './excludes1.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';
import { expandStatus, firstShorthand, statusShorthand } from '../lexicon/status-shorthand.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'status-events',
  section:
    'I.C.21.c.3 (status Z codes: devices in place, dependence on machines), I.C.1.c (drug resistance Z16), I.C.9.e.4 (old myocardial infarction); Index "Presence", "Status", "Dependence, on", "Resistance", "Wandering", "Infarct, myocardial, healed or old"',
  decides:
    'Adds the status code the Index gives under "Presence", "Status" or "Dependence" for a device in place or a machine depended on, unless a reported diagnosis already says it.',
};

/** The postoperative days of the operation a note follows (POD #2, post-op day 3; shared lexicon abbreviation POD "postoperative day"). */
const recentOperation = /\bPOD\s*#?\s*\d|\bpost-?op(?:erative)?\s+day\s*#?\s*\d/i;

/**
 * The Index main terms walked, which a statement leaves unsaid ("s/p DES to LAD" is "Status ...
 * angioplasty"; "ESBL-producing" is "Resistance, resistant (to), ... extended spectrum beta lactamase").
 */
const mainTerms = ['presence', 'status', 'dependence', 'resistance', 'absence'];
/**
 * I.A.13 "in diseases classified elsewhere" (Index "Wandering, in diseases classified elsewhere"
 * Z91.83, Tabular "code first underlying disorder"): said by the note's other, coded disease, not in words.
 */
const elsewhere = ['in', 'disease', 'classified', 'elsewhere'];
/**
 * Words of those paths a note leaves unsaid: the main terms, "resistant" (Resistance, resistant), "post" (Status (post)), "on"
 * (Dependence, on), "artery" (Index "Presence, cardiac implant, coronary (artery)": a nonessential word) and "old"
 * (I25.2 "Old myocardial infarction", said as "s/p MI": `oldInfarct` reads that the infarction is past).
 */
const implied = new Set([...mainTerms, ...elsewhere, 'resistant', 'post', 'on', 'artery', 'acquired', 'old']);
/**
 * Categories of devices and machines in place (Z95 cardiac and vascular implants, Z98.6- angioplasty
 * status, Z99 dependence on machines), an infection's drug resistance (Z16, I.C.1.c) and an old or
 * healed myocardial infarction (I25.2, I.C.9.e.4: Index "Infarct, myocardial, healed or old").
 */
const statusCategories = ['Z95', 'Z986', 'Z99', 'Z16', 'Z9183', 'I252', 'Z89', 'Z90', 'Z93', 'Z96', 'Z9884'];
/** The categories read where no removal is said (Z89, Z90 acquired absence need one). */
const withoutAbsence = statusCategories.filter((c) => !/^Z(?:89|90)/.test(c));
/** I.C.1.c: a resistance code follows the infection it qualifies (an infectious or organism code, or an infection title). */
const infection = (ctx: RuleContext) => active(ctx).some((f) => /^[AB]/.test(f.code) || /\binfection\b/i.test(f.title));
/**
 * Oxygen as a therapy the patient stays on (Index: "Dependence, on, oxygen (long-term)
 * (supplemental)"), not a saturation or an acute trial ("on 2 L in the ED"): the Index's own
 * nonessential words or a word of continuing use.
 */
const oxygenOngoing = /\b(?:home|long[- ]term|supplemental|chronic|baseline|nocturnal|at night|with exertion|w\/ exertion|continuous(?:ly)?|dependen\w*)\b/i;
const oxygenReading = /\b(?:SpO2|O2 sat\w*|sat(?:uration)?s?)\b/i;

/**
 * An operation named for what it is, in the words of the Index subterm it belongs to:
 * - "gastric bypass": "Status, gastric bypass for obesity" Z98.84 (Tabular Z98.84 "Bariatric surgery
 *   status": a gastric bypass, Roux-en-Y or other, is a bariatric operation, ASMBS);
 * - a joint arthroplasty or replacement (abbr: TKA, TKR, THA, THR) puts a prosthesis in the joint:
 *   "Presence, knee-joint implant (functional) (prosthesis)" Z96.65- (Tabular Z96.6- "Presence of
 *   orthopedic joint implants");
 * - a below- or above-knee amputation (abbr: BKA) takes the leg: "Absence, leg, below knee (acquired)" Z89.51-;
 * - a PEG tube (abbr: PEG, percutaneous endoscopic gastrostomy; its other meaning, polyethylene glycol, is no tube): "Status, gastrostomy" Z93.1.
 */
const operations: [RegExp, string][] = [
  [/\bgastric bypass\b/gi, '$& for obesity'],
  [/\b(?:(?:total|partial|unicompartmental|reverse)\s+)?(knee|hip|shoulder|elbow|ankle)(?:\s+joint)?\s+(?:arthroplasty|replacement)\b/gi, '$1 joint implant'],
  [/\bPEG(?= tube| in place)\b/g, 'gastrostomy'],
];
const abbreviated: Record<string, string> = { TKA: 'knee joint implant', TKR: 'knee joint implant', THA: 'hip joint implant', THR: 'hip joint implant' };
const withPurpose = (s: string) =>
  operations
    .reduce(
      (out, [re, to]) => out.replace(re, to),
      s.replace(/\bT[KH][AR]\b/g, (m) => abbreviated[m] ?? m),
    )
    .replace(/\b(?:(below|above)[- ]knee amputation|BKA)\b/gi, (_m, side?: string) => `leg ${(side ?? 'below').toLowerCase()} knee amputation`);

/**
 * Index "Absence (of) (organ or part) ... (acquired)" Z90: an organ removed, said by the operation
 * ("s/p mastectomy", "-ectomy" = excision, "resection", "amputated") or the absence
 * itself, not by the organ's name alone ("lungs clear") nor a bypass ("gastric bypass" removes no
 * stomach) nor the excision of a lesion (lumpectomy, polypectomy: the organ stays). An operation listed only among the past
 * history (PMH/PSH) affects no care at this visit (IV.J: code conditions that affect care).
 */
const removal = /\b(?:(?!lumpectom|polypectom)\w+ectom(?:y|ies)|resect\w*|amputat\w*|absen\w*)\b/i;
/** What a resection removes when it is a lesion, not the organ ("polyp resection", "TURBT of bladder tumor"): the organ stays. */
const lesion = /\b(?:polyps?|lesions?|mass(?:es)?|nodules?|tumou?rs?|cysts?|moles?|lipomas?|TURBT|wedge|margins?|foreign body)\b/i;

/** Anything a status piece may say besides a status title's word: a shorthand, an operation, a removal (case aside). */
const mightSay = new RegExp(
  [...statusShorthand.map((s) => s.said.source), ...operations.map(([re]) => re.source), '\\bT[KH][AR]\\b', '\\bBKA\\b', removal.source].join('|'),
  'i',
);

/**
 * Distinctive words of any status this rule reads: stems of its categories' titles and inclusion
 * terms that are rare among all titles (IDF above 6: "dialysis", "defibrillator", "coronary", not
 * "heart" or "graft"), once per code set and year. A piece without one is not read through the Index.
 */
const vocabulary = new WeakMap<object, Map<string, Set<string>>>();
/**
 * Words of the implant, opening and postprocedural titles (Z93, Z96, Z98.84) that name a body part,
 * a purpose or a kind, not the status ("stomach", "obesity", "total", "hearing", "tube"): alone they open no piece.
 */
const partWords = [
  'presence',
  'functional',
  'total',
  'surgery',
  'obesity',
  'stomach',
  'brain',
  'peripheral',
  'urinary',
  'gastrointestinal',
  'cutaneous',
  'endocrine',
  'hearing',
  'tooth',
  'root',
  'skull',
  'plate',
  'larynx',
  'sacral',
  'conduction',
  'tube',
  'artificial',
  'opening',
  'insulin',
];
const notDistinctive = new Set([...implied, ...partWords, 'of', 'and', 'or', 'with', 'without', 'to', 'other', 'unspecified', 'specified', 'nec', 'nos']);
function statusWords(ctx: RuleContext): Set<string> {
  const byYear = vocabulary.get(baseOf(ctx.codeSets)) ?? new Map<string, Set<string>>();
  vocabulary.set(baseOf(ctx.codeSets), byYear);
  const year = ctx.codeSets.icdYearFor(ctx.doc.dateOfService) ?? '';
  let words = byYear.get(year);
  if (!words) {
    words = new Set<string>();
    const idx = titleIndex(ctx.codeSets, ctx.doc.dateOfService);
    const idf = (k: string) => {
      const id = idx.vocab.ids.get(k);
      return id === undefined ? 0 : keyIdf(idx, id);
    };
    // An absence (Z89, Z90) is read only where a removal is said (`removal`): its organ and limb words open no piece.
    const worded = statusCategories.filter((c) => !/^Z(?:89|90)/.test(c));
    for (const [code, , title] of worded.flatMap((c) => ctx.codeSets.icdEntriesUnder(c, ctx.doc.dateOfService))) {
      const names = typeof ctx.codeSets.icdInclusionTerms === 'function' ? ctx.codeSets.icdInclusionTerms(code, ctx.doc.dateOfService) : [];
      for (const t of [title, ...names].flatMap((n) => tokenize(n))) if (t.stem.length > 3 && !notDistinctive.has(t.stem) && idf(t.stem) > 6) words.add(t.stem);
    }
    byYear.set(year, words);
  }
  return words;
}

/**
 * I.C.21.c.3: a status is a device or dependence present from past treatment. One talked of as a
 * prospect ("needs home O2 qualification", "discussed dialysis options", "may need dialysis",
 * "evaluate for ICD"), one an evaluation before the operation is for ("Pre-op clearance for knee replacement":
 * Index: Examination, pre-procedural Z01.81-) or placed at this encounter ("DES to LAD today") is none; the planning
 * verbs of context/planned.ts cover plans, these the rest.
 */
const prospect =
  /\b(?:needs?|may|might|could|options?|evaluat\w*|eval|qualif\w*|candidacy|candidate|refer(?:red|ral)?|consider\w*|discuss\w*|possible|today|this (?:admission|encounter|visit)|pre-?op(?:erative)?|pre-?procedur\w*|clearance|upcoming|await\w*)\b/i;

/** Where the piece first says a status word or a status shorthand (its context is read up to there). */
function anchor(piece: string, known: Set<string>, start: number): number {
  const word = tokenize(piece).find((t) => known.has(t.stem))?.start ?? piece.length;
  const short = firstShorthand(piece);
  return start + Math.min(word, short < 0 ? piece.length : short);
}

/**
 * Pieces of the note one status may stand in: lines cut at ";", ", " and sentence ends, each cut
 * again at " - " (the context module's clause break: "CAD, no angina - s/p stent 2017 - hold ASA"),
 * with the end of the uncut piece, where its context is read to ("h/o MI" - pt denies ever having an MI).
 */
function pieces(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const m of text.matchAll(/[^\n;]+/g)) {
    let at = m.index;
    for (const part of m[0].split(/(?<=\.\s|,\s)/)) {
      const lead = part.length - part.trimStart().length;
      const body = part.replace(/[\s.,]+$/, '');
      if (body.trim()) {
        const outer = at + body.length;
        let from = at + lead;
        for (const clause of body.slice(lead).split(/(?<=\s[-–—]\s)/)) {
          const kept = clause.replace(/[\s\-–—]+$/, '');
          if (kept.trim()) out.push([from, from + kept.length, outer]);
          from += clause.length;
        }
      }
      at += part.length;
    }
  }
  return out;
}

/** The rest of the uncut piece denies a status it says again ("h/o MI" - pt denies ever having an MI): ConText negation of the later mention. */
function deniedLater(ctx: RuleContext, text: string, end: number, outer: number, known: Set<string>, kind: string): boolean {
  if (outer <= end) return false;
  const rest = text.slice(end, outer);
  const at = anchor(rest, known, end);
  if (at >= outer) return false;
  return assess(text, end, at, outer, kind as Parameters<typeof assess>[4], ctx.doc.setting).status === 'negated';
}

/** I.C.21.c.3: a reported diagnosis whose title already names the device (T82.855 "Stenosis of coronary artery stent") carries the status. */
function saidByDiagnosis(ctx: RuleContext, req: string[]): boolean {
  const own = req.filter((k) => !implied.has(k) && !k.startsWith('!'));
  return active(ctx).some((f) => {
    if (!/^T8[2-6]/.test(f.code)) return false;
    // A complication's prosthesis or device is the status's implant (T84.53 "... due to internal right knee prosthesis").
    const words = new Set(tokenize(expandStatus(f.title).replace(/\bprosthe\w*|\bdevices?\b/gi, 'implant')).map((t) => t.stem));
    return own.filter((k) => words.has(k)).length >= 2;
  });
}

/**
 * I.C.9.e.4 / Index "Infarct, myocardial, healed or old" I25.2 (and "History, personal, myocardial
 * infarction"): a past infarction, in the Index's words or ConText's historical cues.
 */
const oldInfarct = /\b(?:old|healed|history|h\/o|hx|prior|previous|remote|past|s\/p)\b/i;

/**
 * A dependence or device told as over (I.C.21.c.3: a status is current): "was on HD 2018-2021",
 * "previously on home O2", "no longer on dialysis", "O2 weaned to RA" (ConText HISTORICAL cues "was", "previously").
 */
const ended = /\b(?:was|were|previously|formerly|had been|no longer)\s+(?:on|dependent|using)\b|\bcame off\b|\bweaned (?:off|to (?:RA|room air))\b/i;

/**
 * ICD-10-CM I.C.21.c.3: a device in place ("s/p PCI/DES to LAD", "ICD in situ") or a machine
 * depended on ("ESRD on HD", "continue 2 L O2") is reported with the status code the Alphabetic
 * Index gives under "Presence", "Status" or "Dependence, on", read from the statement's words with
 * its shorthand expanded by context (status-shorthand.ts). Read anywhere but the family history,
 * allergies and review of systems; not when denied, only planned, or a relative's.
 */
export const statusEvents: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const added: Finding[] = [];
  const words = new Map<Finding, number>();
  const known = statusWords(ctx);
  const knownAt = tokenize(text)
    .filter((t) => known.has(t.stem))
    .map((t) => t.start);
  for (const [start, end, outer] of pieces(text)) {
    const kind = sectionAt(ctx.sections, start)?.kind ?? 'preamble';
    if (kind === 'fhx' || kind === 'ros' || kind === 'allergies') continue;
    const piece = text.slice(start, end);
    // A piece with no status word, shorthand, operation or removal is left at once (most of a note).
    if (!knownAt.some((at) => at >= start && at < end) && !mightSay.test(piece)) continue;
    const expanded = expandStatus(piece, lineOf(text, start));
    const said = withPurpose(expanded);
    // Only a piece saying a word of some status title is read through the Index (keeps a note's pass cheap).
    // An organ's removal ("s/p cholecystectomy") is read under "Absence" though its words are common ones.
    // An exam or result finding "absent" is no acquired absence; a removal outside them opens the absence categories.
    const removed = kind !== 'exam' && kind !== 'results' && removal.test(said) && !lesion.test(piece);
    const saysOne =
      knownAt.some((at) => at >= start && at < end) || (said !== piece && tokenize(said).some((t) => known.has(t.stem))) || removed || said !== expanded;
    if (!saysOne) continue;
    const categories = removed ? statusCategories : withoutAbsence;
    const hits = codeStatement(ctx.codeSets, ctx.doc.dateOfService, said, 0, said.length, ctx.doc.patient.sex, categories, implied, [], [], mainTerms);
    for (const h of hits) {
      if (!h.req.some((k) => !implied.has(k) && !k.startsWith('!'))) continue;
      // An operation of this visit (procedure section) is no status from past treatment; nor a lesion's removal.
      const absence = /^Z(?:89|90)/.test(h.code);
      if (absence && (kind === 'pmh' || kind === 'psh')) continue;
      if (/^Z(?:89|90|93|96)/.test(h.code) && kind === 'procedure') continue;
      // An organ removed in the operation whose recovery this visit follows ("POD #4 s/p sigmoid colectomy") is that
      // surgery's course, not a status left from past treatment (I.C.21.c.3: status codes report the residual of a past condition).
      if (/^Z(?:89|90|93|96)/.test(h.code) && recentOperation.test(lineOf(text, start))) continue;
      if (h.code === 'Z9981' && (!oxygenOngoing.test(piece) || oxygenReading.test(piece))) continue;
      // I.A.12.a: a status whose Excludes1 names a reported code is that code's condition ("Z93 Artificial opening status"
      // excludes "complications of external stoma (K94.-)": a colostomy malfunction is K94.03 alone).
      if (excludesReported(ctx, h.code)) continue;
      // An infarction is old only where the piece says so: "Acute MI", "Type 2 MI" are I21 (I.C.9.e.4).
      if (h.code === 'I252' && !oldInfarct.test(piece)) continue;
      // A drug named is no resistance unless the statement says resistance ("Vancomycin IV" is a treatment);
      // a resistance mechanism named (Z16.12 "Extended spectrum beta lactamase (ESBL) resistance") is one by itself.
      if (/\bclassified elsewhere\b/i.test(h.title) && !active(ctx).some((f) => !f.code.startsWith('Z'))) continue;
      if (h.code.startsWith('Z16') && (!infection(ctx) || (/^resistance to\b/i.test(h.title) && !/\bresist/i.test(piece)))) continue;
      // Context is read up to the status's first word in the piece ("possible PCI", "no prior stent").
      const at = anchor(piece, known, start);
      const status = assess(text, text.lastIndexOf('\n', start) + 1, at, outer, kind, ctx.doc.setting).status;
      if (status === 'negated' || status === 'family-history' || status === 'hypothetical' || status === 'uncertain') continue;
      if (deniedLater(ctx, text, end, outer, known, kind)) continue;
      if (plannedOnly(text, start, end) || futureCue.test(piece) || prospect.test(piece) || saidByDiagnosis(ctx, h.req)) continue;
      if (ended.test(piece)) continue;
      const f = addFinding(
        ctx,
        h.code,
        { start, end, order: 1000 + start, section: kind },
        `ICD-10-CM I.C.21.c.3: status code from the Alphabetic Index (${h.title})`,
        6,
      );
      if (f) words.set(f, Math.max(words.get(f) ?? 0, h.req.length));
      if (f && !added.includes(f)) added.push(f);
    }
  }
  excludedByOther(ctx, added, words);
  // I.B.2: a status read without its side or site ("s/p mastectomy": Z90.10) beside the same status
  // documented with it ("L modified radical mastectomy": Z90.12) is that one.
  for (const f of added) {
    const better = active(ctx).find(
      (o) => o !== f && /\bunspecified\b/i.test(f.title) && !/\bunspecified\b/i.test(o.title) && o.code.slice(0, 5) === f.code.slice(0, 5),
    );
    if (better && !f.dropped) drop(f, 'other', `ICD-10-CM I.B.2: the more specific ${better.code} is documented`);
  }
};

/**
 * ICD-10-CM I.A.12.a between the statuses read here: one whose code another's Excludes1 names
 * ("coronary angioplasty status without implant and graft (Z98.61)" at Z95.5) gives way to it;
 * when each names the other, the one read from more of the Index's words stands.
 */
function excludedByOther(ctx: RuleContext, added: Finding[], words: Map<Finding, number>): void {
  if (typeof ctx.codeSets.icdNotes !== 'function') return;
  const codes = active(ctx)
    .filter((f) => f.code.startsWith('Z'))
    .sort((a, b) => (words.get(b) ?? 9) - (words.get(a) ?? 9));
  for (const a of codes) {
    if (a.dropped) continue;
    for (const ref of ctx.codeSets.icdNotes(a.code, ctx.doc.dateOfService).excludes1) {
      const named = ref.code.replace('.', '');
      for (const b of added) {
        if (b !== a && !b.dropped && b.code.replace('.', '').startsWith(named))
          drop(b, 'excludes1', `ICD-10-CM I.A.12.a: Excludes1 at ${a.code} ("${ref.text}")`);
      }
    }
  }
}

/** Whether an Excludes1 note of `code` names a code already reported. */
function excludesReported(ctx: RuleContext, code: string): boolean {
  const notes = ctx.codeSets.icdNotes?.(code, ctx.doc.dateOfService);
  return !!notes?.excludes1.some((ref) => active(ctx).some((f) => refCovers(ctx, ref, f.code)));
}
