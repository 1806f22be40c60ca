/** Where in the note a span sits: the assessment carries the diagnoses, ROS and allergies never do. */
export type SectionKind =
  | 'preamble'
  | 'cc'
  | 'hpi'
  | 'ros'
  | 'pmh'
  | 'psh'
  | 'fhx'
  | 'shx'
  | 'meds'
  | 'allergies'
  | 'exam'
  | 'results'
  | 'assessment'
  | 'plan'
  | 'procedure'
  | 'mdm'
  | 'course'
  | 'history';

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  /** Where the body starts (after the header). */
  bodyStart: number;
}

const headers: [RegExp, SectionKind][] = [
  // SOAP's "A" and "P" beside "S" and "O" below; medspaCy's observation_and_plan and diagnoses headings;
  // the pre- and postoperative diagnoses of a procedure note (IV.M); a consultation's "Formulation" (APA
  // Practice Guideline for the Psychiatric Evaluation of Adults: the evaluation ends in a formulation); "Imp" is
  // medspaCy's "Impression" clipped ("Imp/Plan:", as "bilat" is "bilateral").
  [
    /^(?:assessment\s*(?:and|&|\/)\s*plan|a\s*\/\s*p|a&p|a|assessment|impression|imp|dx|diagnos[ie]s|(?:final|discharge|admission|primary|secondary|working|(?:pre|post)-?(?:operative|op|procedure|procedural)) diagnos[ie]s|clinical impression|problems addressed|(?:case |diagnostic )?formulation)$/i,
    'assessment',
  ],
  [/^(?:p|plan|recommendations?|disposition|dispo)$/i, 'plan'],
  // The reason for the visit, test or procedure names its diagnosis (medspaCy: CLINICAL INDICATION, REASON FOR THIS EXAMINATION).
  [/^(?:chief complaint|cc|reason for (?:visit|referral|consult(?:ation)?|exam(?:ination)?|this examination)|reason|(?:clinical )?indications?)$/i, 'cc'],
  [/^(?:hpi|history of present illness|interval(?: history)?|subj(?:ective)?|s)$/i, 'hpi'],
  [/^(?:ros|review of systems)$/i, 'ros'],
  [
    /^(?:pmh|past medical history|pmhx|medical history|problem list|active problems|(?:active |current |medical )?problem list|current (?:medical )?problems)$/i,
    'pmh',
  ],
  [/^(?:psh|past surgical history|surgical history)$/i, 'psh'],
  [/^(?:fhx|fh|family history|family hx)$/i, 'fhx'],
  [/^(?:shx|sh|social history|social hx)$/i, 'shx'],
  [/^(?:meds|medications|current medications|home medications)$/i, 'meds'],
  // medspaCy ALLERGIES and ALLERGIC REACTIONS; a named list of them as "problem list" is one.
  [/^(?:allergies|all|allergy|allerg(?:y|ies) list|(?:drug |medication )?allergies|allergic reactions)$/i, 'allergies'],
  [/^(?:exam|pe|physical exam(?:ination)?|obj(?:ective)?|o|vitals|vs|findings)$/i, 'exam'],
  [/^(?:labs?|data|results|studies|imaging)$/i, 'results'],
  [/^(?:procedure|procedures|procedure note)$/i, 'procedure'],
  [/^(?:mdm|medical decision making)$/i, 'mdm'],
  [/^(?:ed course|course|treatment|hospital course|overnight)$/i, 'course'],
  [/^(?:clinical history|history)$/i, 'history'],
];

/**
 * A header is a known name at the start of a line followed by ":" (or alone on its line), with a
 * short aside of words ("Interval (per wife):"). An assessment's may carry a longer aside, with dates
 * or punctuation ("A/P (copied forward from H&P 12/03, updated):"); other names with such an aside
 * ("Recommendations (discussed with Dr. N.):") stay text of the section they stand in.
 */
const headerLine = /^[ \t]*([A-Za-z][A-Za-z /&()-]{0,40}?)([ \t]*\((?=[^)\n]*[^A-Za-z /&()\n-])[^)\n]{0,80}\))?[ \t]*(?::|\n|$)/gm;

export function sections(text: string): Section[] {
  const found: { kind: SectionKind; start: number; bodyStart: number }[] = [];
  const re = new RegExp(headerLine.source, 'gm');
  for (const m of text.matchAll(re)) {
    const name = m[1]!.replace(/\s+/g, ' ').trim();
    const kind = kindOf(name);
    if (!kind || (m[2] && kind !== 'assessment')) continue;
    const endsWithColon = m[0].trimEnd().endsWith(':');
    // A heading alone on its line without a colon: in capitals, or the assessment's and plan's names ("Impression",
    // "Recommendations"), which open a note's last part in any case.
    if (!endsWithColon && name !== name.toUpperCase() && kind !== 'assessment' && kind !== 'plan') continue;
    found.push({ kind, start: m.index, bodyStart: m.index + m[0].length - (m[0].endsWith('\n') ? 1 : 0) });
  }
  // SOAP's letters written with a parenthesis ("S) Mom reports...", "A)"), as an outline numbers its parts.
  // So are the letters with a dash ("S - 31M welder...", "A - R corneal abrasion"), when at least two of them open lines:
  // one lettered line alone may be a list's.
  const dashed = [...text.matchAll(/^[ \t]*([SOAP]|A\/P)[ \t]*[-–—][ \t]/gm)];
  const lettered = [...text.matchAll(/^[ \t]*([SOAP]|A\/P)\)(?=\s)/gm), ...(new Set(dashed.map((m) => m[1])).size >= 2 ? dashed : [])];
  for (const m of lettered) {
    const kind = kindOf(m[1]!);
    if (kind && !found.some((f) => f.start === m.index)) found.push({ kind, start: m.index, bodyStart: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  // A summary statement opening a line ("This is a 70M with bleeding gastric ulcer, ...", "In summary,
  // ..."), in a note with no assessment heading, is the assessment: the clinical summary statement of
  // a presentation (Bowen, NEJM 2006;355:2217, "the summary statement"), written where a heading would stand.
  if (!found.some((f) => f.kind === 'assessment' || f.kind === 'mdm')) {
    // A letter's "My impression is ..." opens the same summary in the middle of its paragraph.
    const summary =
      /^[ \t]*(?:in summary|to summarize|in sum|this is an? (?:\d{1,3}|[a-z]+-year-old))/im.exec(text) ??
      /(?<=[.!?]\s+)(?:my|our) (?:impression|assessment) (?:is|was)\b/i.exec(text);
    if (summary) {
      // "My impression is" is the heading of what follows; a summary statement is itself the body.
      const lead = /impression|assessment/i.test(summary[0]) ? summary[0].length : 0;
      found.push({ kind: 'assessment', start: summary.index, bodyStart: summary.index + lead });
      found.sort((a, b) => a.start - b.start);
    }
  }
  // A problem list heading, with or without an aside ("Problem list (copied forward):"), in a note with no
  // assessment heading, is the assessment: problem-oriented charting (Weed) writes the assessment and plan
  // by problem under it ("1. Acute on chronic HF - improving w/ UF; HD again tomorrow").
  if (!found.some((f) => f.kind === 'assessment' || f.kind === 'mdm')) {
    const list = /^[ \t]*((?:active |current )?problem list|active problems|problems(?: addressed)?(?: today)?)\b[^\n:]{0,80}:[ \t]*\n/im.exec(text);
    if (list) {
      // The heading read as the past history ("Problem list:") is this assessment's.
      const pmh = found.findIndex((x) => x.start === list.index);
      if (pmh >= 0) found.splice(pmh, 1);
      found.push({ kind: 'assessment', start: list.index, bodyStart: list.index + list[0].length - 1 });
      found.sort((a, b) => a.start - b.start);
    }
  }
  // A problem list of "#" items opening a paragraph or following a heading line, in a note with no
  // assessment heading, is the assessment: problem-oriented charting writes its assessment and plan
  // as "#problem - plan" items ("Problem list (copied from H&P, updated):\n#Acute on chronic HF - ...").
  if (!found.some((f) => f.kind === 'assessment' || f.kind === 'mdm')) {
    const items = /(?:^|\n[ \t]*\n|:[ \t]*\n)([ \t]*#\s?\d{0,2}[.):]?\s*[A-Za-z])/.exec(text);
    if (items) {
      const at = items.index + items[0].length - items[1]!.length;
      found.push({ kind: 'assessment', start: at, bodyStart: at });
      found.sort((a, b) => a.start - b.start);
    }
  }
  // An assessment that only defers to the problem list above it ("A/P: main issue today = opioid withdrawal as above.
  // Other problems as above."): that list is the assessment and plan by problem (Weed), read as the assessment too.
  const deferring = found.findIndex((f, i) => f.kind === 'assessment' && defersAbove.test(text.slice(f.bodyStart, found[i + 1]?.start ?? text.length)));
  if (deferring > 0) {
    const list = found.slice(0, deferring).findLast((f) => f.kind === 'pmh' && /^[ \t]*(?:active |current )?problem/i.test(text.slice(f.start, f.bodyStart)));
    if (list) list.kind = 'assessment';
  }
  const out: Section[] = [];
  if ((found[0]?.start ?? text.length) > 0) out.push({ kind: 'preamble', start: 0, bodyStart: 0, end: found[0]?.start ?? text.length });
  found.forEach((f, i) => out.push({ ...f, end: found[i + 1]?.start ?? text.length }));
  return out;
}

/** A short assessment whose problems are "as above", with no numbered or "#" items of its own. */
const defersAbove = /^(?=[\s\S]{0,240}$)(?![\s\S]*(?:^|\n)[ \t]*(?:\d{1,2}[.)]|#)[ \t]*\S)[\s\S]*\b(?:as above|see above|per (?:the )?problem list)\b/i;

/**
 * A charting style said before a heading ("Problem-based A/P", "Problem-oriented assessment", "Final
 * assessment"): Weed's problem-oriented record writes its assessment and plan by problem, and the
 * heading after the style is the kind.
 */
const chartingStyle = /^(?:problem[- ](?:based|oriented|focused)|by[- ]problem|brief|updated|daily|interval|final)\s+/i;

/**
 * A heading's kind: a known name, or a compound of names ("ASSESSMENT / RECOMMENDATIONS",
 * "Impression/Plan", medspaCy's "Impression and plan", "PLAN/DISPOSITION") read by its first, or
 * as the assessment when one of its names is a diagnosis heading ("Findings/Dx").
 * An aside in parentheses qualifies the heading, not its kind ("Interval (per wife)", "Labs (drawn today)").
 */
function kindOf(heading: string): SectionKind | undefined {
  // "Hx" is history and "Dx" diagnosis (shared lexicon medical-abbreviations: "Hx, history", "Dx, diagnosis"):
  // "Interval hx", "Past medical hx", "Pre-op dx".
  const bare =
    heading
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/\bhx\b/gi, 'history')
      .replace(/\bdx\b/gi, 'diagnosis')
      .trim() || heading;
  // A known name as written first ("Interval history"), then without a charting style before it.
  const own = headers.find(([h]) => h.test(bare))?.[1];
  if (own) return own;
  const name = bare.replace(chartingStyle, '');
  const styled = name !== bare ? headers.find(([h]) => h.test(name))?.[1] : undefined;
  if (styled) return styled;
  const parts = name.split(/\s*(?:\/|&|\+|\band\b)\s*/i);
  if (parts.length < 2 || !parts[0]) return undefined;
  const kinds = parts.map((p) => headers.find(([h]) => h.test(p))?.[1]);
  // A compound naming the diagnoses anywhere ("Findings/Dx", "Procedure/Impression") carries them.
  return kinds.includes('assessment') ? 'assessment' : kinds[0];
}

export function sectionAt(list: Section[], offset: number): Section | undefined {
  return list.find((s) => offset >= s.start && offset < s.end);
}
