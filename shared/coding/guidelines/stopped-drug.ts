import { sectionAt } from '../note/sections.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'stopped-drug',
  section: 'I.C.21.c.3 (Z79 long-term (current) drug therapy: a drug in current use)',
  decides: 'Drops a Z79 code whose drug the note stops, discontinues, says was never started or only puts off to a later start: no current long-term use.',
};

/**
 * The drug ended or never begun: "STOP methotrexate", "alendronate STOPPED", "d/c'd", "drug
 * holiday" (a planned interruption of bisphosphonate therapy), "not started". A temporary hold
 * ("hold ASA 48-72 h then resume") is not an end. Cues: medspaCy ConText's HISTORICAL/NEGATED
 * verbs of a drug course (stopped, discontinued) and I.C.21.c.3's "current use".
 */
const ended =
  /\b(?:stop(?:ped|ping)?|discontinu\w*|d\/c(?:'?d)?|dc'?d|cease[ds]?|ceasing|(?:start\w*\s+)?drug holiday|not (?:yet )?(?:started|begun|initiated|taking|taken))\b/i;
/**
 * The drug goes on regardless ("do not stop", "continue", "resume"), or the stop is an interruption
 * around a procedure or upon a condition ("stop meloxicam 7 days pre-op", "stop alendronate when
 * first dose given": ConText's HYPOTHETICAL "when", "until", "if"), not an end now.
 */
const goesOn =
  /\b(?:do not|don'?t|never|without)\s+(?:stop|discontinu)\w*|\bcontinue[sd]?\b|\bresume[sd]?\b|\brestart\w*\b|\bpre-?op\w*|\bperi-?op\w*|\b(?:before|prior to) (?:surgery|the procedure|procedure)\b|\b(?:when|until|if|once)\b/i;
/**
 * A start put off to a later day or a condition ("Start apixaban day 4-5 per neuro", "start X in
 * 2 weeks", "start X once QFT negative"): ConText's FUTURE/HYPOTHETICAL cues after a start verb.
 */
const deferredStart =
  /\b(?:start|begin|initiate)\w*\b.*\b(?:on )?(?:day \d+|in \d+\s*(?:d|days?|wks?|weeks?|mo|months?)|once|when|pending|next (?:week|visit|month))\b/i;
/**
 * A course of the drug told as over: "completed 6 mo apixaban in 2020", "finished a course of tamoxifen"
 * just before it, or "tamoxifen - completed 2021", "(finished 2019)" just after it (a completed course is
 * no current use, I.C.21.c.3); a "completed" that follows another drug is that one's.
 */
const completedBefore = /\b(?:completed|finished)\s+(?:(?:a |the )?course(?: of)?\s+|\d+\s*(?:d|days?|wks?|weeks?|mo|mos|months?|yrs?|years?)\s+(?:of\s+)?)?$/i;
const completedAfter = /^\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg)\s*)?(?:[-–—(,:]\s*)?(?:completed|finished)\b/i;

/** A clause: the context module's breaks (assess.ts: ";", " - ", sentence ends), an arrow ("-> START drug holiday") and a list's comma. */
const clauseBreak = /[;,\n]|\s[-–—]\s|\.\s|->|→/;

/**
 * A list item without an aside in parentheses that has its own subject before the stop ("clopidogrel
 * 75 mg daily (ASA stopped 3/2026)": the stop is the aspirin's); "(stopped 2024)" is the item's own.
 */
export const withoutOthersAside = (item: string): string =>
  item.replace(
    /\(\s*(?!(?:was|were|is|has been|been|now|then|temporarily|recently|since)\b)[A-Za-z][\w-]+\s+(?:stopp?ed|discontinu\w*|d\/c\w*|held)\b[^()]*\)/gi,
    ' ',
  );

function clauseAround(text: string, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(0, start - 80), start)
      .split(clauseBreak)
      .at(-1) ?? '';
  const rest = text.slice(end, end + 160);
  const after = withoutOthersAside(rest.split(clauseBreak)[0] ?? '');
  // A list item's annotation after a dash is the drug's own ("ASA 81 daily - stopped 2 wks ago").
  const annotation = /^\s*[-–—]\s*(?:stop|discontinu|d\/c|not (?:yet )?(?:started|taking))[^;,\n]*/i.exec(rest.slice(after.length))?.[0] ?? '';
  return `${before} ${text.slice(start, end)} ${after}${annotation}`;
}

/** Words of a medication line that name no drug: schedule, strength, form and use ("daily aspirin", "low-dose ASA"). */
const notDrug =
  /^(?:daily|low|low-dose|dose|baby|chronic|long|long-term|term|current|takes?|taking|the|and|with|oral|tabs?|tablets?|caps?|capsules?|meds?|medications?|use)$/i;

/** The drug a Z79 finding's evidence names: its first word of three letters or more that is no schedule or form ("ASA 81" -> "ASA"). */
function drugWord(evidence: string): string | null {
  return evidence.match(/[A-Za-z][A-Za-z-]{2,}/g)?.find((w) => !notDrug.test(w)) ?? null;
}

/**
 * ICD-10-CM I.C.21.c.3: Z79 reports a drug the patient is on. A drug the note ends at this visit
 * ("START drug holiday today; alendronate STOPPED", "Plan: STOP methotrexate") or says was not
 * started ("ASA 81 mg not started") is in no current long-term use, wherever else it is listed.
 * Read in every section but the family history and allergies.
 */
export const stoppedDrug: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  // A diabetes drug whose adverse effect brought the visit (T38.3X5-: hypoglycemia from a sulfonylurea taken as
  // prescribed) is how the diabetes was controlled when the visit began: E08-E13 "use additional code to identify control
  // using" insulin, oral or injectable non-insulin antidiabetic drugs (I.C.4.a.3), though the plan stops it.
  const antidiabeticEffect = active(ctx).some((x) => /^T38\.3X5/.test(x.code));
  for (const f of active(ctx).filter((x) => x.code.startsWith('Z79'))) {
    if (antidiabeticEffect && /^Z79\.(?:4|84|85)$/.test(f.code)) continue;
    const word = drugWord(text.slice(f.start, f.end));
    if (!word) continue;
    const said = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    let mentions = 0,
      deferred = 0;
    for (const m of text.matchAll(said)) {
      const kind = sectionAt(ctx.sections, m.index)?.kind;
      if (kind === 'fhx' || kind === 'allergies') continue;
      const clause = clauseAround(text, m.index, m.index + m[0].length);
      mentions++;
      if (deferredStart.test(clause)) deferred++;
      const completed =
        completedBefore.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
        completedAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if ((!ended.test(clause) && !completed) || goesOn.test(clause)) continue;
      drop(f, 'other', `ICD-10-CM I.C.21.c.3: ${m[0]} is stopped or not started ("${clause.trim()}"): no current long-term use`);
      break;
    }
    // Every mention a start put off: not yet taken.
    if (mentions > 0 && deferred === mentions) drop(f, 'other', `ICD-10-CM I.C.21.c.3: ${word} is only to be started later: no current use`);
  }
};
