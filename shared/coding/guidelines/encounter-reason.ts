import type { CodeSets } from '../../codes/code-sets.ts';
import { codeStatement, type StatementHit } from '../matcher/statement.ts';
import type { SectionKind } from '../note/sections.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'encounter-reason',
  section: 'IV.A-IV.D and I.C.21.c.12-c.14 (screening, examination and other encounter Z codes); Index "Examination"',
  decides:
    'Lists the encounter Z code of a screening, routine or administrative examination or normal-pregnancy visit first, with the "with abnormal findings" code when the exam found problems.',
};

/**
 * Categories that state why the patient came when no problem brought them (I.C.21.c.12-c.14), and
 * the treatment sessions an encounter may be solely for (Z51.0-Z51.12, I.C.2.e.2).
 */
export const encounterCategories = ['Z00', 'Z01', 'Z02', 'Z11', 'Z12', 'Z13', 'Z23', 'Z30', 'Z31', 'Z32', 'Z34', 'Z36', 'Z39', 'Z510', 'Z511'];

/** Words an encounter title carries that a note leaves implied ("screening mammogram" is for neoplasm). */
const implied = new Set(['encounter', 'malignant', 'neoplasm', 'general', 'routine', 'adult', 'medical']);

/**
 * Where the encounter is named, most authoritative first: the provider's first assessment
 * statement, the chief complaint or reason for visit, the clinical history, the note's title lines.
 * Plan lines are never read: "screening mammogram ordered" is a future service, not this visit.
 */
const reasonSections: [SectionKind, number][] = [
  ['assessment', 1],
  ['cc', 3],
  ['preamble', 2],
  ['history', 3],
];
const encounterWords =
  /\b(?:screening|pre-?op(?:erative)?\b|pre-?procedur|annual|routine|well[- ](?:woman|child|baby|infant|adolescent|teen|visit|exam)|physical|preventive|wellness|check-?up|supervision|prenatal|antenatal|exam(?:ination)?|vaccin|immuniz|chemo|immunotherapy|radiotherapy|radiation therapy)/i;

/**
 * A service told as done before ("underwent chemotherapy", "completed radiation in 2019", "prior
 * screening colonoscopy"): medspaCy HISTORICAL cues and verbs of a finished course, never this visit's reason.
 */
const pastService = /\b(?:underwent|completed|finished|received|history of|hx of|h\/o|s\/p|status post|prior(?! to\b)|previous|previously)\b/i;

/** Screening procedures name their organ by implication: Z12 titles say "of breast", "of colon". */
const procedureOrgans: [RegExp, string][] = [
  [/\bmammogra/i, 'breast'],
  [/\bcolonoscop/i, 'colon'],
  [/\bpap\b|\bcervical cytology/i, 'cervix'],
  // Index: "Examination, pre-procedural (pre-operative)"; the Z01.81- titles say "preprocedural".
  [/\bpre-?op(?:erative)?\b/i, 'preprocedural'],
];

/**
 * A visit named as a check, visit or evaluation is read under the Index's "Examination" main term
 * (Index: "Check-up - see Examination", "Follow-up - see Examination, follow-up"; I.C.21.c.13 names
 * these encounters examinations): "well child check" is "Examination, child", "annual wellness
 * visit" is "Examination, annual", "prenatal visit" is "Examination, prenatal" (so is "prenatal care": Index "Prenatal,
 * care, normal pregnancy - see Pregnancy, normal"); a well-child or
 * well-baby visit is the routine child examination the Index files under "Care, well-baby" and Z00.1 (so is a
 * well-adolescent visit: AAP Bright Futures well visits run from infancy through adolescence); a
 * clearance before an operation is its preoperative examination (Tabular Z01.81 inclusion "Encounter for
 * preoperative examinations").
 */
const visitWords =
  /\b(?:check(?:[- ]?up)?|visit|evaluation|eval|physical|exam|clearance|well[- ](?:child|baby|infant|adolescent|teen|woman)|(?:pre|ante)natal care)\b/i;

/** The whole line the offset sits on. */
function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

function organOf(line: string): Token[] {
  const out: Token[] = procedureOrgans.filter(([re]) => re.test(line)).map(([, stem]) => ({ stem, start: -1, end: -1, neg: false }));
  if (visitWords.test(line) && !/\bexamination\b/i.test(line)) out.push({ stem: 'examination', start: -1, end: -1, neg: false, paren: true });
  return out;
}

/**
 * The Tabular verifies the Index (I.B.1): a special examination (Z01.82-Z01.89) is named by the test its title says
 * ("Examination, skin (hypersensitivity)" is Z01.82 "Encounter for allergy testing", not a dermatologist's full skin exam).
 */
function titleSaid(h: StatementHit, said: Set<string>): boolean {
  if (!/^Z018[2-9]/.test(h.code)) return true;
  return tokenize(h.title).some((t) => !implied.has(t.stem) && said.has(t.stem));
}

export interface EncounterHit {
  hit: StatementHit;
  start: number;
  end: number;
}

/** The encounter-reason code named in the note's reason lines, or null. */
export function findEncounterReason(ctx: RuleContext): EncounterHit | null {
  const { text } = ctx.doc;
  for (const [kind, lines] of reasonSections) {
    let best: EncounterHit | null = null;
    for (const sec of ctx.sections.filter((s) => s.kind === kind)) {
      // Sentence by sentence: a reason is one statement, not words gathered across a paragraph. The
      // procedure the reason's line names is the visit's ("Colorectal cancer screening. First colonoscopy.").
      const body = [...text.slice(sec.bodyStart, sec.end).matchAll(/[^\n.]*[A-Za-z][^\n.]*/g)].slice(0, lines);
      for (const line of body) {
        // The statement's head, as for diagnoses: "Routine gynecologic exam - normal findings"; the
        // clause after it is its own ("Screening colonoscopy; family history of colon cancer").
        const cut = line[0].search(/\s[-–—]\s|;|:\s/);
        const head = cut > 0 ? line[0].slice(0, cut) : line[0];
        if (!encounterWords.test(head) || pastService.test(head)) continue;
        // A history line dated to a past year tells of earlier care ("LSIL Pap 2023 -> ... routine screening resumed").
        if (kind === 'history' && /\b(?:19|20)\d\d\b/.test(head)) continue;
        const start = sec.bodyStart + line.index;
        const end = start + head.length;
        const organs = organOf(lineAround(text, start));
        const hits = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, start, end, ctx.doc.patient.sex, encounterCategories, implied, organs);
        const said = new Set([...tokenize(head), ...organs].map((t) => t.stem));
        const h = hits.find((x) => x.matched >= 2 && titleSaid(x, said));
        if (h && (!best || h.score > best.hit.score)) best = { hit: h, start: h.start, end: h.end };
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * The provider's first assessment line says the examination found nothing new ("No new cognitive,
 * functional or mood concerns identified", "normal exam"): I.C.21.c.13 lets the known chronic
 * conditions be added without making the examination one "with abnormal findings".
 */
const normalExam =
  /\bno new (?:[\w,/-]+ ){0,5}(?:concerns?|problems?|issues|findings)\b|\bnormal (?:exam|examination|findings)\b|\bwithout abnormal findings\b/i;

export function statedNormal(ctx: RuleContext): boolean {
  const a = ctx.sections.find((s) => s.kind === 'assessment');
  if (!a) return false;
  const first = /[^\n]*[A-Za-z][^\n]*/.exec(ctx.doc.text.slice(a.bodyStart, a.end));
  return !!first && normalExam.test(first[0]);
}

/** The newborn's age in days the note states ("15 days old", "DOL 10", "2 wk old"), or null. */
export function ageInDays(text: string): number | null {
  const m = /\b(\d{1,2})[- ]?(?:days?|d)[- ]old\b|\bDOL\s*#?\s*(\d{1,2})\b|\bday of life\s*(\d{1,2})\b|\b(\d)[- ]?(?:weeks?|wks?)[- ]old\b/i.exec(text);
  if (!m) return null;
  return m[4] ? Number(m[4]) * 7 : Number(m[1] ?? m[2] ?? m[3]);
}

/**
 * Index: "Examination, child (over 28 days old) Z00.129 ... under 28 days old - see Newborn,
 * examination": "Newborn, examination, 8 to 28 days old Z00.111; under 8 days old Z00.110".
 */
export function newbornExam(code: string, ctx: RuleContext): string {
  if (!code.startsWith('Z00.12') || ctx.doc.patient.age !== 0) return code;
  const days = ageInDays(ctx.doc.text);
  if (days === null || days > 28) return code;
  return ctx.codeSets.icd(days < 8 ? 'Z00.110' : 'Z00.111', ctx.doc.dateOfService)?.code ?? code;
}

/** Z00/Z01 come in "with"/"without abnormal findings" pairs: the pair member matching what the visit found. */
export function withFindings(codeSets: CodeSets, code: string, abnormal: boolean, dos?: string): string {
  const hit = codeSets.icd(code, dos);
  if (!hit || !/\bwith(?:out)? abnormal findings\b/i.test(hit.title)) return code;
  const want = abnormal ? hit.title.replace(/\bwithout abnormal/i, 'with abnormal') : hit.title.replace(/\bwith abnormal/i, 'without abnormal');
  const stem = code.replace('.', '').slice(0, -1);
  for (let d = 0; d <= 9; d++) {
    const s = codeSets.icd(stem + d, dos);
    if (s?.title === want) return s.code;
  }
  return code;
}

/**
 * ICD-10-CM IV.A-IV.D and I.C.21.c.13: when the visit is for screening, a routine or
 * administrative examination or the supervision of a normal pregnancy, that Z code is listed
 * first and what was found follows it; a routine exam that found problems takes the
 * "with abnormal findings" code.
 */
export const encounterReason: GuidelineRule = (ctx) => {
  const found = findEncounterReason(ctx);
  if (!found) return;
  const others = active(ctx).filter((f) => !f.code.startsWith('Z') && f.section === 'assessment');
  const dotted = `${found.hit.code.slice(0, 3)}.${found.hit.code.slice(3)}`;
  // The provider's own words decide first: an exam stated to have abnormal findings is one (I.C.21.c.13).
  const line = lineAround(ctx.doc.text, found.start);
  const abnormal = /\bwith (?:\w+ )?abnormal (?:findings?|results?)\b/i.test(line) || (others.length > 0 && !statedNormal(ctx));
  const code = newbornExam(withFindings(ctx.codeSets, dotted, abnormal, ctx.doc.dateOfService), ctx);
  const first = Math.min(0, ...ctx.findings.map((f) => f.order)) - 1;
  // The reason may already be a finding under a sibling code (the title matcher's unspecified pick).
  const f = addFinding(
    ctx,
    code,
    { start: found.start, end: found.end, order: first, section: 'assessment' },
    `ICD-10-CM Section IV.A: the encounter is for ${found.hit.title.replace(/^Encounter for /i, '').toLowerCase()}, listed first`,
  );
  if (!f) return;
  f.order = first;
  for (const o of active(ctx)) {
    if (o !== f && o.code.slice(0, 3) === code.slice(0, 3))
      o.dropped = { reason: 'other', why: `ICD-10-CM I.B.2: ${code} states the encounter more specifically` };
  }
};
