import { baseOf } from '../../codes/year-view.ts';
import { assess } from '../context/assess.ts';
import { plannedOnly } from '../context/planned.ts';
import { longTermClasses } from '../drugs/long-term-classes.ts';
import { drugClasses } from '../lexicon/drug-classes.ts';
import { codeStatement, type StatementHit } from '../matcher/statement.ts';
import { sectionAt } from '../note/sections.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'long-term-therapy',
  section: 'I.C.21.c.3 (Z79 long-term drug therapy), I.C.4.a.3 (antidiabetics with diabetes), I.C.15.g (O24 insulin / oral hypoglycemic control)',
  decides:
    'Adds the Z79 code for a drug in current long-term use wherever the note states it, through its ATC class and the Index "Long-term (current) drug therapy" subterm; drops a Z79 code a reported diagnosis already names.',
};

/** Words of the Index entry "Long-term (current) (prophylactic) drug therapy (use of)" the class words leave unsaid. */
const implied = new Set(tokenize('long term current prophylactic drug therapy use').map((t) => t.stem));
/** A clause: the context module's breaks (assess.ts: ";", ":", " - ", sentence ends). */
const clauseBreak = /[;\n]|\s[-–—]\s|\.\s/;
/** Current use stated: taking, continuing or starting a maintenance drug, or a dose schedule. */
const inUse =
  /\b(?:on|continue[sd]?|continuing|chronic|long[- ]term|maintenance|maintained|remains|taking|takes|start(?:ed|ing)?|currently|daily|weekly|BID|TID|QID|QD|qAM|qHS|nightly|monthly)\b/i;
/** Long-term use stated outright, for a class often given as a short course (I.C.21.c.3: not for a brief course for an acute illness). */
const longTerm = /\b(?:chronic|long[- ]term|maintenance|continue[sd]?|continuing|for (?:months|years))\b|\bx\s*\d+\s*(?:mo|months?|yrs?|years?)\b/i;
/**
 * Not in use now (stopped, a course completed, "not needed yet"), only as needed or now and then
 * ("occasionally", "rarely": no continuous use), a short course ("x 10 d", "up to 10 d", "day 3/10"), a bridge "until"
 * another drug starts, or a loading dose (I.C.21.c.3: continuous use).
 */
const notInUse =
  /\b(?:not (?:yet )?(?:needed|indicated|required)|stop(?:ped)?|hold|held|discontinu\w*|d\/c|off|prior|previous(?:ly)?|was on|allerg\w*|intoleran\w*|failed|declin\w*|avoid\w*|instead|taper\w*|completed|finished|burst|prn|as needed|occasional(?:ly)?|sporadic(?:ally)?|rarely|intermittent(?:ly)?|x\s*\d+\s*(?:d|days?|doses?)|(?:for|up to) \d+\s*(?:d|days)|day \d+\s*(?:\/|of)\s*\d+|until|load(?:ed|ing))\b/i;
/**
 * A start that waits on a condition ("start adalimumab once QFT back neg", "start X when approved"):
 * ConText's HYPOTHETICAL triggers ("if", "when", "once", "pending"), not yet a drug in use.
 */
const startLater = /\bstart\w*\b.*\b(?:once|when|if|pending|after approval)\b/i;
/** A drug word naming a use disorder or a document, not a drug taken ("opioid use disorder", "opioid agreement"). */
const notTaken = /^\s*(?:use\b|dependence|abuse|withdrawal|overdose|agreement|contract|antagonist)/i;
/** I.C.21.c.3: Z79 is not for a patient with an addiction to the drug (F11 opioid-related disorders). */
const addiction: Record<string, RegExp> = { 'opiate analgesic': /^F11/ };
const oralRoute = /\b(?:PO|oral(?:ly)?|tablets?|tabs?)\b/i;
const diabetes = /^E(?:0[89]|1[013])/;

/**
 * ICD-10-CM I.C.21.c.3: Z79 reports a drug in current long-term use, for a chronic condition or as
 * prophylaxis, wherever the note says it ("on chronic meloxicam", "continue ASA", "long-term
 * prednisone", a medication-list item). The drug's class comes from its ATC group
 * (lexicon/drug-classes.ts) and is coded through the Index "Long-term (current) drug therapy"
 * subterm or the current year's Z79 title. Antidiabetics are reported with diabetes (I.C.4.a.3).
 */
export const longTermTherapy: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const hasDiabetes = active(ctx).some((f) => diabetes.test(f.code.replace('.', '')));
  for (const dc of [...drugClasses, ...longTermClasses]) {
    if (dc.diabetes && !hasDiabetes) continue;
    const addicted = addiction[dc.words];
    if (addicted && active(ctx).some((f) => addicted.test(f.code))) continue;
    for (const m of text.matchAll(dc.said)) {
      const start = m.index,
        end = start + m[0].length;
      const kind = sectionAt(ctx.sections, start)?.kind ?? 'preamble';
      if (kind === 'fhx' || kind === 'allergies' || kind === 'ros') continue;
      if (notTaken.test(text.slice(end, end + 20))) continue;
      const clause = clauseAround(text, start, end);
      if (notInUse.test(clause) || startLater.test(clause)) continue;
      // A medication list is current use by itself; elsewhere the clause says so.
      if (kind !== 'meds' && !(dc.courses ? longTerm : inUse).test(clause)) continue;
      const said = assess(text, text.lastIndexOf('\n', start) + 1, start, end, kind, ctx.doc.setting).status;
      if (said === 'negated' || said === 'family-history' || said === 'hypothetical') continue;
      if (plannedOnly(text, start, end)) continue;
      const words = dc.oral && oralRoute.test(clause) ? dc.oral : dc.words;
      const hit = classCode(ctx, words);
      if (!hit) continue;
      addFinding(
        ctx,
        hit.code,
        { start, end, order: 900 + start, section: kind },
        `ICD-10-CM I.C.21.c.3: ${m[0]} in long-term use, ATC ${dc.atc.split('; ')[1]} (${hit.title})`,
        6,
      );
    }
  }
  saidByDiagnosis(ctx);
};

/** The Z79 code of a class's words, once per code set and year (the same few classes recur in every note). */
const classCodes = new WeakMap<object, Map<string, StatementHit | null>>();
function classCode(ctx: RuleContext, words: string): StatementHit | null {
  const memo = classCodes.get(baseOf(ctx.codeSets)) ?? new Map<string, StatementHit | null>();
  classCodes.set(baseOf(ctx.codeSets), memo);
  const key = `${ctx.codeSets.icdYearFor(ctx.doc.dateOfService)}|${words}`;
  if (!memo.has(key)) {
    const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, words, 0, words.length, undefined, ['Z79'], implied, [], [], ['long'])[0];
    memo.set(key, hit ?? null);
  }
  return memo.get(key) ?? null;
}

function clauseAround(text: string, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(0, start - 100), start)
      .split(clauseBreak)
      .at(-1) ?? '';
  const after = text.slice(end, end + 100).split(clauseBreak)[0] ?? '';
  return `${before}${text.slice(start, end)}${after}`;
}

/**
 * I.C.21.c.3 (and I.C.15.g for O24): a status code is not reported with a diagnosis code that
 * already says it ("Gestational diabetes mellitus in pregnancy, insulin controlled" says insulin).
 * A drug's adverse effect, poisoning or underdosing code (T36-T65) names the drug but not its use.
 * The drug words of the Z79 title ("... use of insulin") all in a reported diagnosis's title.
 */
function saidByDiagnosis(ctx: RuleContext): void {
  // A Table of Drugs code names the drug's effect, not its long-term use: "Adverse effect of
  // anticoagulants" beside Z79.01 for the patient on warfarin says nothing of the therapy.
  const diagnoses = active(ctx).filter((f) => !f.code.startsWith('Z') && !/^T(?:3[6-9]|[45]\d|6[0-5])/.test(f.code));
  for (const z of active(ctx).filter((f) => f.code.startsWith('Z79'))) {
    const drug = tokenize(z.title.replace(/^.*\buse of\b/i, ''))
      .map((t) => t.stem)
      .filter((w) => !implied.has(w));
    if (drug.length === 0) continue;
    const by = diagnoses.find((d) => {
      // The drug as the diagnosis's control ("insulin controlled"), not as its cause ("due to ... anticoagulants").
      const own = new Set(tokenize(d.title.split(/\bdue to\b/i)[0]!).map((t) => t.stem));
      return drug.every((w) => own.has(w));
    });
    if (by) drop(z, 'other', `ICD-10-CM I.C.21.c.3: ${by.code} "${by.title}" already says it`);
  }
}
