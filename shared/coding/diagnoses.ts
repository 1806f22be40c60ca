import type { CodeSets } from '../codes/code-sets.ts';
import type { ClinicalDocument } from '../contracts/suggestion.ts';
import { assess, type Assessment } from './context/assess.ts';
import { governedParts } from './context/governed.ts';
import { drugTableCode } from './drugs/drug-table.ts';
import { currentPregnancy } from './guidelines/pregnancy-complicating.ts';
import type { Finding } from './finding.ts';
import { codeListItems } from './matcher/list-items.ts';
import { withoutUnspecifiedSite } from './matcher/sited-elsewhere.ts';
import { namesOrganism, withoutUnspecifiedInfection } from './matcher/unspecified-infection.ts';
import { codeStatement, type StatementHit } from './matcher/statement.ts';
import { routeNeoplasms } from './neoplasm/route.ts';
import { refineBySite } from './neoplasm/site-ancestry.ts';
import { clausesOf, segments, type Segment } from './note/segments.ts';
import { tokenize, type Token } from './text/tokens.ts';
import type { Section, SectionKind } from './note/sections.ts';

/**
 * Sections that carry no diagnosis of this visit: systems reviewed, examination findings, lists of
 * medicines, allergies, results, surgeries and social facts (their conditions reach the codes
 * through the assessment, or through the status and history rules).
 */
const notDiagnostic = new Set<SectionKind>(['ros', 'exam', 'meds', 'allergies', 'results', 'psh', 'shx', 'fhx', 'pmh', 'history']);

/**
 * Sections whose statements are diagnoses: the assessment (or, without one, the decision making;
 * without either, every section that may state one: reason for visit, HPI, plan, course).
 */
export function diagnosisSections(secs: Section[], text: string): Section[] {
  const a = secs.filter((s) => s.kind === 'assessment');
  if (a.length) return a;
  const m = secs.filter((s) => s.kind === 'mdm');
  if (m.length) return m;
  const rest = secs.filter((s) => !notDiagnostic.has(s.kind));
  return rest.length ? rest : [{ kind: 'assessment', start: 0, bodyStart: 0, end: text.length }];
}

/**
 * A history code says "history" itself: "History of hepatitis C, cured" is Z86.19 as stated, not a
 * resolved condition to drop (I.C.21.c.4); likewise a family-history code for a relative's condition.
 */
export function historyCodeContext(title: string, ctx: Assessment): Assessment {
  if ((ctx.status === 'history' || ctx.status === 'resolved') && /^personal history\b/i.test(title)) return { status: 'affirmed', why: 'affirmed' };
  if (ctx.status === 'family-history' && /^family history\b/i.test(title)) return { status: 'affirmed', why: 'affirmed' };
  return ctx;
}

/**
 * What the patient's state says that a statement leaves implied: in a newborn's note ("jaundice"),
 * ICD-10-CM's Index reads the condition under "newborn" (I.C.16: perinatal conditions); in a current
 * pregnancy, under "Pregnancy, complicated by" (I.C.15.a.1: "Decreased fetal movements" O36.81-). The
 * word joins each statement as a half-weight aside with no place in the text (a pregnancy path needs
 * two of the statement's own words, statement.ts).
 */
export function patientContext(doc: ClinicalDocument): Token[] {
  if (doc.patient.sex !== 'M' && currentPregnancy(doc.text)) return [{ stem: 'pregnancy', start: -1, end: -1, neg: false, paren: true }];
  if (doc.patient.age !== 0 || !/\b(?:newborn|neonat\w*|days? old|DOL|day of life)\b/i.test(doc.text)) return [];
  return [{ stem: 'newborn', start: -1, end: -1, neg: false, paren: true }];
}

/**
 * What the patient's state says for completing a header, not for choosing a title: in a current
 * pregnancy (I.C.15.a.1) a subdivision "in pregnancy" is the one documented, not childbirth or the
 * puerperium ("Gestational diabetes mellitus in pregnancy", O24.41-). A word alone never picks a
 * title ("Pregnancy, abdominal"), so it joins only the completion.
 */
export function completionContext(doc: ClinicalDocument): string[] {
  return doc.patient.sex !== 'M' && currentPregnancy(doc.text) ? ['pregnancy'] : [];
}

/** Blood relatives (and the family history itself): whose conditions the Z80-Z84 codes report. */
const bloodRelative =
  /\b(?:mother|father|mom|dad|sister|brother|sibling|aunt|uncle|grand(?:mother|father|parent)s?|son|daughter|cousin|niece|nephew|family (?:history|hx)|fhx|fh)\b/i;

/**
 * A line that opens with an order or a change of treatment, or an arrow to one, is plan, not a diagnosis (the imperative
 * verbs of a plan). A follow-up "of" a condition names the condition the visit is for ("Follow-up of hypertension":
 * IV.G, the condition chiefly responsible for the visit), not an order.
 */
const planLine =
  /^(?:(?:-*>|→|=>)\s*)?(?:(?:follow[- ]?up|f\/u)(?!\s+of\b)|return|rtc|recheck|continue|start|stop|hold|schedule|refer(?:ral)?|order(?:ed)?|discussed|counsel(?:ed|ing)?|plan|dispo(?:sition)?|add|increase|decrease|titrate|taper|wean|switch|obtain|repeat)\b(?!-)/i;

/** A code whose title leaves an axis open (I.B.18), or says only that no complication is documented (E11.9 "... without complications"). */
const open = /\bunspecified\b|\bwithout complications\b|\buncomplicated\b/i;
/** How many axes a title leaves open ("Unspecified asthma, uncomplicated": two; "Mild intermittent asthma, uncomplicated": one). */
const openness = (title: string) => title.match(new RegExp(open.source, 'gi'))?.length ?? 0;

/** The cause a tail names runs to the next aside, clause or plan: "probable bleeding duodenal ulcer - transfuse" */
function tailEnd(text: string, from: number, end: number): number {
  const cut = text.slice(from, end).search(/\s[-–—]\s|;|:\s|,/);
  return cut > 0 ? from + cut : end;
}

/** The doubt words of IV.H ("probable", "suspected", "likely") and ConText POSSIBLE_EXISTENCE ("possible"). */
const doubtWords = 'probable|probably|likely|suspected|presumed|presumably|possible';
/** A stated cause, and its shorthand (cause-clauses.ts). */
const causeWords = 'due to|secondary to|2\\/2|d\\/t';
const asideDoubt = new RegExp(`^\\s*[-–—]\\s*(?:${doubtWords})\\s`, 'i');
const asideWordCause = new RegExp(`^\\s*[-–—]\\s*\\w+\\s+(?:${causeWords}|from)\\s`, 'i');
/** A dash aside naming a cause: with a doubt or cause word, after one word of its own, or in a later clause "consistent with" (ConText POSSIBLE_EXISTENCE). */
const asideCause = new RegExp(
  `^\\s*[-–—]\\s*(?:${doubtWords}|${causeWords})\\s|${asideWordCause.source}|^\\s*[-–—]\\s*(?:[^,;.]*,\\s*)?(?:\\w+\\s+)?(?:c\\/w|consistent with)\\s`,
  'i',
);

/** Words a statement joins its diagnoses with ("Pericarditis and pleural effusion"). */
const joiner = /^(?:and|or|with|w\/|of|the|a|an|in|on|to|due|secondary|from|plus)$/i;

const wordCount = (s: string) => s.match(/[A-Za-z][A-Za-z0-9'/-]*/g)?.length ?? 0;

/**
 * Whether every word of a sentence lies in the evidence of its codes: it states diagnoses and nothing else, but
 * for the therapy it is on at its end ("OSA on CPAP.", "HTN on lisinopril.": the condition's current treatment).
 */
function onlyDiagnoses(text: string, seg: Segment, hits: StatementHit[]): boolean {
  if (!hits.length) return false;
  const sentence = text.slice(seg.start, seg.end);
  const therapy = /\s(?:on|off)\s+[\w/ -]{1,30}[.]?\s*$/i.exec(sentence);
  for (const w of sentence.slice(0, therapy?.index).matchAll(/[A-Za-z][A-Za-z0-9'/-]*/g)) {
    const at = seg.start + w.index;
    if (!joiner.test(w[0]) && !hits.some((h) => h.start <= at && at < h.end)) return false;
  }
  return true;
}

/** Blank and bullet characters before a segment's first word. */
const leadOf = (text: string, seg: Segment): number => /^[\s\-*•#\d.)(]*/.exec(text.slice(seg.start, seg.end))![0].length;

/** A problem and its status word alone: "HTN controlled.", "Asthma - well controlled", "GERD stable on PPI" is more. */
const statusOnly =
  /^([A-Za-z][\w' /-]*?)\s+(?:is\s+|are\s+|remains?\s+)?(?:well[- ]|fairly[- ]|adequately[- ])?(?:controlled|stable|improved|improving|at goal)\.?\s*$/i;

/**
 * The problem a plan line names before its management: a short head of words, then " - " (not an order), at
 * the start of its line as a problem list's items are; a sentence further on is plan prose ("... MI re cannabis - ...").
 */
function problemHead(text: string, seg: Segment): string | null {
  // Or a short sentence that is nothing but a problem and its status ("HTN controlled.", "DM2 stable."), wherever it stands.
  const status = statusOnly.exec(text.slice(seg.start + leadOf(text, seg), seg.end));
  if (status && !planLine.test(status[1]!) && wordCount(status[1]!) <= 5 && !/\d/.test(status[1]!)) return status[1]!;
  if (seg.cont || !/(?:^|\n)[\s\-*•#\d.)(]*$/.test(text.slice(Math.max(0, seg.start - 40), seg.start))) return null;
  if (seg.headEnd >= seg.end || !/^\s*[-–—]\s/.test(text.slice(seg.headEnd, seg.headEnd + 3))) return null;
  const head = text.slice(seg.start + leadOf(text, seg), seg.headEnd).trim();
  return !planLine.test(head) && wordCount(head) >= 1 && wordCount(head) <= 5 && !/\d/.test(head) ? head : null;
}

/** Title-matched findings of every diagnosis statement, each with its context. */
export function findDiagnoses(doc: ClinicalDocument, codeSets: CodeSets, secs: Section[]): Finding[] {
  const out: Finding[] = [];
  let order = 0;
  const context = patientContext(doc);
  const asides = completionContext(doc);
  for (const sec of diagnosisSections(secs, doc.text)) {
    const coded = new Set<number>();
    const segs = segments(doc.text, sec);
    // A summary line before numbered problems ("79M w/ HTN, CKD 3a, admitted after syncope") is the
    // patient's background: its codes are reported after the problems the provider lists (IV.G).
    const firstItem = segs.findIndex((s) => s.numbered);
    for (const [i, seg] of segs.entries()) {
      // Plan lines inside an assessment ("Follow-up 3 months", "Continue lisinopril") state no diagnosis.
      if (planLine.test(doc.text.slice(seg.start, seg.headEnd))) continue;
      // After a problem item's diagnosis, its further sentences are plan ("Addiction medicine consult"),
      // unless one names nothing but diagnoses ("Chest pain - ACS ruled out. Pericarditis."): a short one,
      // read only then (plan sentences are many).
      const further = seg.cont && coded.has(seg.line);
      if (further && wordCount(doc.text.slice(seg.start, seg.end)) > 6) continue;
      const hits = segmentHits(doc, codeSets, seg, context, asides);
      if (further && !onlyDiagnoses(doc.text, seg, hits)) continue;
      order++;
      if (hits.length) coded.add(seg.line);
      pushHits(out, doc, codeSets, seg, hits, firstItem > 0 && i < firstItem ? order + 500 : order, 'assessment');
    }
  }
  // A problem-oriented plan after the assessment (Weed's record: "Plan: ... - Hypothyroidism - stop levothyroxine"):
  // an item that opens with a condition and a dash states that problem as addressed (a colon labels a topic: "Sleep:").
  // A problem the assessment already names is not read again from the plan.
  const assessed = secs
    .filter((s) => s.kind === 'assessment')
    .map((s) => doc.text.slice(s.bodyStart, s.end).toLowerCase())
    .join('\n');
  if (assessed) {
    for (const sec of secs.filter((s) => s.kind === 'plan')) {
      for (const seg of segments(doc.text, sec)) {
        const head = problemHead(doc.text, seg);
        if (!head || assessed.includes(head.toLowerCase())) continue;
        const hits = segmentHits(doc, codeSets, seg, context, asides).filter((h) => h.start < seg.start + 4 + leadOf(doc.text, seg));
        if (hits.length) pushHits(out, doc, codeSets, seg, hits, ++order, 'assessment');
      }
    }
  }
  // A relative's condition outside the assessment ("FHx: sister with breast cancer at 47"): its
  // family-history code is offered, and recommended when the visit addresses it (history-family.ts).
  for (const sec of secs.filter((s) => s.kind !== 'assessment' && s.kind !== 'mdm')) {
    for (const seg of segments(doc.text, sec)) {
      if (sec.kind !== 'fhx' && !bloodRelative.test(doc.text.slice(seg.start, seg.end))) continue;
      // Clauses a ";" or a dash joins are read apart ("Screening colonoscopy; FHx colon cancer in mother"):
      // the relative's cancer is not the screening's.
      const hits = clausesOf(doc.text, seg.start, seg.end).flatMap(([a, b]) =>
        routeNeoplasms(
          codeSets,
          doc.dateOfService,
          doc.text,
          a,
          b,
          codeStatement(codeSets, doc.dateOfService, doc.text, a, b, doc.patient.sex),
          doc.patient.sex,
        ),
      );
      pushHits(out, doc, codeSets, seg, hits, ++order, sec.kind, 'family-history');
    }
  }
  return out;
}

/**
 * The codes of one assessment statement: its head (the text before " - ", ";" or ": "), the items of a
 * list it runs into, the whole statement when the head names nothing, and a doubtful cause after a dash.
 */
function segmentHits(doc: ClinicalDocument, codeSets: CodeSets, seg: Segment, context: Token[], asides: string[]): StatementHit[] {
  const code = (end: number, implied: Token[] = context) =>
    routeNeoplasms(
      codeSets,
      doc.dateOfService,
      doc.text,
      seg.start,
      end,
      codeStatement(
        codeSets,
        doc.dateOfService,
        doc.text,
        seg.start,
        end,
        doc.patient.sex,
        undefined,
        undefined,
        implied,
        governedParts(doc.text, seg.start, end, doc.setting),
        undefined,
        asides,
        seg.end,
      ),
      doc.patient.sex,
      seg.end,
    );
  let hits = refineBySite(codeSets, doc.text, seg.start, seg.headEnd, code(seg.headEnd), (sites) => code(seg.headEnd, [...context, ...sites]));
  // A part a context cue governs ("HTN, h/o breast cancer") is left out of the head's diagnosis and
  // read as a statement of its own (history code, suppressed, not recommended; a condition before its
  // cue, "CAD s/p PCI", stays present), unless it only repeats a category the head has coded.
  for (const [a, b] of governedParts(doc.text, seg.start, seg.headEnd, doc.setting)) {
    const own = codeStatement(codeSets, doc.dateOfService, doc.text, a, b, doc.patient.sex, undefined, undefined, context);
    hits = [
      ...hits,
      ...routeNeoplasms(codeSets, doc.dateOfService, doc.text, a, b, own, doc.patient.sex).filter(
        (h) => !hits.some((o) => o.code.slice(0, 3) === h.code.slice(0, 3)),
      ),
    ];
  }
  // Items run on past a ";" ("sigmoid diverticulosis; grade I internal hemorrhoids"), not past a " - " aside (status, plan).
  const listEnd = doc.text[seg.headEnd] === ';' ? seg.end : seg.headEnd;
  if (hits.length)
    hits = withoutUnspecifiedInfection(
      withoutUnspecifiedSite([...hits, ...codeListItems(codeSets, doc.dateOfService, doc.text, seg.start, listEnd, doc.patient.sex, hits, context)]),
      hits.some((h) => h.code === 'B999') && namesOrganism(codeSets, doc.dateOfService, doc.text, seg.start, seg.end),
    );
  if (hits.length === 0 && seg.headEnd < seg.end) hits = code(seg.end);
  else if (seg.headEnd < seg.end) {
    // "Upper GI bleed - probable bleeding duodenal ulcer": the aside names the condition's
    // cause with a doubt word; it is a diagnosis statement of its own, coded as established
    // in the inpatient setting and kept out otherwise by its context (II.H / IV.H). The doubt words
    // are those of IV.H ("probable", "suspected", "likely") and ConText POSSIBLE_EXISTENCE ("possible").
    const tail = doc.text.slice(seg.headEnd, seg.end);
    // A cause stated after the dash ("- due to COPD exacerbation + pneumonia", "- prerenal from dehydration") is a
    // statement of its own too, as is one a later clause of the aside names "consistent with" ("- euvolemic, labs c/w SIADH").
    const cause = asideCause.exec(tail);
    // A word before the cause is read with it ("- coagulopathy due to warfarin": D68.32, the condition the drug caused).
    const from = seg.headEnd + (cause ? (asideWordCause.test(cause[0]) ? tail.search(/[^\s\-–—]/) : cause[0].length) : 0);
    // A word before the cause ("- cardioembolic from AF", "- ATN from shock") is the aside's axis, read below too.
    // So is a doubted one where the setting codes it as established ("AKI - likely ATN": N17.0 inpatient; II.H).
    const axisFirst = !!cause && (asideDoubt.test(cause[0]) ? doc.setting === 'inpatient-progress' : asideWordCause.test(cause[0]));
    const own = new Set(hits);
    if (cause)
      hits = [
        ...hits,
        ...codeStatement(codeSets, doc.dateOfService, doc.text, from, tailEnd(doc.text, from, seg.end), doc.patient.sex, undefined, undefined, context),
      ];
    // An aside of one word before its comma ("Orthostatic hypotension - neurogenic, due to PD") qualifies the head as
    // an Index subterm does (Hypotension, orthostatic, neurogenic G90.3): a code that reads it with every word of the
    // head's code replaces that code, in whatever category the Index puts it.
    const qualifier = /^\s[-–—]\s*([A-Za-z]{4,})\s*(?:[,;.]|$)/.exec(tail)?.[1];
    if (!cause && qualifier) {
      const read = code(seg.headEnd + tail.indexOf(qualifier) + qualifier.length);
      const word = read.length ? tokenize(qualifier)[0]?.stem : undefined;
      hits = hits.map((h) =>
        own.has(h) && word && !h.req.includes(word)
          ? (read.find((x) => x.code !== h.code && x.req.includes(word) && h.req.every((k) => x.req.includes(k))) ?? h)
          : h,
      );
    }
    if ((!cause || axisFirst) && /^(?:\s[-–—]|:)\s/.test(tail) && hits.some((h) => own.has(h) && open.test(h.title))) {
      // The aside's first clause (or the detail after the item's colon label, "Asthma: mild intermittent") documents an
      // axis the head leaves unspecified ("Asthma - mild intermittent, quiescent; ...": J45.20, not J45.909; I.B.18), or a complication of a code
      // "without complications" or "uncomplicated" ("T2DM - hyperglycemia": E11.65; "OUD - in sustained remission":
      // F11.21; I.A.15): a code of the same category read from the head and that clause, leaving fewer axes open, replaces it.
      const cut = /;|\.\s|\s[-–—]\s/.exec(doc.text.slice(seg.headEnd + 3, seg.end));
      const read = code(cut ? seg.headEnd + 3 + cut.index : seg.end);
      // Only the head's own codes: the cause's are read from its own words ("acute" of the bleed is not the ulcer's).
      hits = hits.map((h) =>
        own.has(h) && open.test(h.title)
          ? (read.find((x) => x.code !== h.code && x.code.slice(0, 3) === h.code.slice(0, 3) && openness(x.title) < openness(h.title)) ?? h)
          : h,
      );
    }
    // A poisoning's or adverse effect's aside opening with "with" names its manifestations, each coded after it
    // (I.C.19.e.5: "Accidental poisoning metoprolol - with sinus bradycardia and hypoglycemia"), read as a statement of their own.
    const linked = /^\s*[-–—]\s*(?:with|w\/)\s/i.exec(tail);
    if (!cause && linked && hits.some((h) => drugTableCode.test(h.code))) {
      const at = seg.headEnd + linked[0].length;
      const more = codeStatement(codeSets, doc.dateOfService, doc.text, at, tailEnd(doc.text, at, seg.end), doc.patient.sex, undefined, undefined, context);
      hits = [...hits, ...more.filter((m) => !hits.some((h) => h.code.slice(0, 3) === m.code.slice(0, 3)))];
    }
  }
  return hits;
}

/**
 * The context of a finding's evidence. Evidence spanning several words may enclose a cue that
 * governs its first word ("DVT ppx enoxaparin 40 mg daily (renal": the thrombosis is prevented),
 * which is read as the first word's own context.
 */
function evidenceContext(doc: ClinicalDocument, segStart: number, start: number, end: number, section: SectionKind): Assessment {
  const whole = assess(doc.text, segStart, start, end, section, doc.setting);
  // Evidence running across a clause break into a doubted clause ("RUL pulmonary nodule 9 mm - r/o
  // malignancy" read as C34.11): the word that makes the code is doubted there (ConText scope).
  const span = doc.text.slice(start, end);
  const brk = /\s[-–—]\s|;/.exec(span);
  if (whole.status === 'affirmed' && brk) {
    const lastWord = /[A-Za-z0-9/'-]+\W*$/.exec(span);
    const last = lastWord && lastWord.index > brk.index ? assess(doc.text, segStart, start + lastWord.index, end, section, doc.setting) : whole;
    if (last.status === 'uncertain' || last.status === 'hypothetical') return last;
  }
  const first = /^[A-Za-z0-9/'-]+/.exec(doc.text.slice(start, end));
  if (whole.status !== 'affirmed' || !first || start + first[0].length >= end) return whole;
  const head = assess(doc.text, segStart, start, start + first[0].length, section, doc.setting);
  // A doubt between the evidence's words ("pneumonia vs aspiration" read as J69.0) is the code's too (IV.H).
  return head.status === 'hypothetical' || head.status === 'negated' || head.status === 'uncertain' ? head : whole;
}

/**
 * The item's own conclusion denies the condition it opened with, by the same word ("?UTI on adm - UA bland,
 * UCx no growth -> not UTI"; "Test anxiety - ...; no anxiety disorder"): ConText NEGATED_EXISTENCE "not"/"no",
 * read for the word named, later in its statement.
 */
function deniedLater(text: string, h: { start: number; end: number }, segEnd: number): Assessment | null {
  const word = /([A-Za-z][A-Za-z0-9'-]{2,})\W*$/.exec(text.slice(h.start, h.end))?.[1];
  if (!word) return null;
  const later = text.slice(h.end, segEnd);
  // The word ends the denied phrase, or a generic noun does ("no anxiety disorder"); "not an asthma exacerbation" denies the exacerbation.
  const re = new RegExp(
    `\\b(?:not|no)\\s+(?:an?\\s+)?${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+(?:disorder|disease|syndrome))?(?=\\s*(?:[.,;:)]|->|$))`,
    'i',
  );
  return re.test(later) ? { status: 'negated', why: `denied later in its item ("not ${word}")` } : null;
}

/** Findings of one statement's hits, each with its context (`only`: keep just that status). */
function pushHits(
  out: Finding[],
  doc: ClinicalDocument,
  codeSets: CodeSets,
  seg: Segment,
  hits: StatementHit[],
  order: number,
  section: SectionKind,
  only?: Assessment['status'],
): void {
  for (const h of hits) {
    const entry = codeSets.icd(h.code, doc.dateOfService);
    if (!entry?.billable) continue;
    const ctx = historyCodeContext(entry.title, deniedLater(doc.text, h, seg.end) ?? evidenceContext(doc, seg.start, h.start, h.end, section));
    if (only && ctx.status !== only) continue;
    out.push({
      code: entry.code,
      title: entry.title,
      start: h.start,
      end: h.end,
      order,
      section,
      stmt: { start: seg.start, end: seg.end },
      status: ctx.status,
      score: h.score,
      source: 'title',
      why: [
        h.via === 'title' || !h.via ? `statement matches the ICD-10-CM title "${entry.title}"` : `statement leads to "${entry.title}"`,
        ...(h.why ? h.why.split('; ICD-10-CM').map((w, i) => (i ? `ICD-10-CM${w}` : w)) : []),
        ...(ctx.status === 'affirmed' ? [] : [ctx.why]),
      ],
    });
  }
}
