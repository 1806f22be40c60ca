/**
 * Shorthand a status statement uses for a device or a dependence, each resolved by its statement's
 * context and expanded to the words the Alphabetic Index uses under "Presence", "Status" and
 * "Dependence". `source` is the general list or official entry behind each expansion ("abbr: X" is
 * the shared lexicon's medical-abbreviations list, checked by status-shorthand.test.ts); an
 * abbreviation with other meanings there is used only when `when` finds its context in the statement.
 */
export interface Shorthand {
  said: RegExp;
  /** Context that picks this meaning among the list's others; absent when the list gives one meaning. */
  when?: RegExp;
  /** The expansion; `$&` keeps the word said ("hemodialysis" -> "hemodialysis dialysis"). */
  words: string;
  source: string;
}

/** A coronary statement: the context of PCI, LAD and a stent (vessel, procedure or disease words). */
const coronary = /\b(?:stents?|DES|BMS|PCI|PTCA|CABG|CAD|N?STEMI|MI|coronary|cath\w*|LAD|RCA|LCx|circumflex|angioplasty)\b/i;
/** A device statement: what is said of an implanted defibrillator (in place, interrogated, shocks, monitored). */
const device =
  /\b(?:in situ|in place|interrogat\w*|shocks?|fired|firing|remote monitoring|implanted|placed|device|pacer|dual[- ]chamber|VT|VF|cardiomyopathy|HFrEF|EF)\b/i;
/** A heart statement, or a past event told as such (an old, healed or prior infarction). */
const heartOrPast = /\b(?:old|healed|prior|remote|past|h\/o|hx|history|s\/p|CAD|N?STEMI|coronary|cardiac|heart|angina|troponin|cath\w*|PCI|stents?|CABG|EF)\b/i;
/** A renal statement: what is said of dialysis (ESRD, a schedule, the access). */
const renal = /\b(?:ESRD|end[- ]stage renal|CKD|dialysis|MWF|TTS|T\/Th\/Sa|M\/W\/F|fistula|AVF|AVG|nephrolog\w*)\b/i;

export const statusShorthand: Shorthand[] = [
  { said: /\bDES\b/g, words: 'drug-eluting stent', source: 'abbr: DES' },
  // The list's other meaning of PCI (prophylactic cranial irradiation) is no coronary statement.
  // A percutaneous coronary intervention is a transluminal coronary angioplasty (abbr: PTCA) with or without a stent.
  { said: /\bPCI\b/g, when: coronary, words: 'percutaneous coronary intervention angioplasty', source: 'abbr: PCI, PTCA' },
  { said: /\bPTCA\b/g, words: 'percutaneous transluminal coronary angioplasty', source: 'abbr: PTCA' },
  { said: /\bLAD\b/g, when: coronary, words: 'left anterior descending coronary artery', source: 'abbr: LAD' },
  { said: /\bCABG\b/g, words: 'coronary artery bypass graft', source: 'abbr: CABG' },
  { said: /\bRCA\b/g, words: 'right coronary artery', source: 'abbr: RCA' },
  // The list's other meaning of ICD, the classification itself ("ICD-10 codes"), names no device.
  { said: /\bICD[- ]?(?:9|10|11)(?:-CM|-PCS)?\b/g, words: ' ', source: 'abbr: ICD' },
  {
    said: /\b(?:AICD|ICD)\b/g,
    when: device,
    words: 'automatic implantable cardiac defibrillator',
    source: 'abbr: ICD, AICD',
  },
  // The list's other meaning of MI (molecular intelligence) is no clinical statement; a heart or history word picks infarction.
  { said: /\bMIs?\b/g, when: heartOrPast, words: 'myocardial infarction', source: 'abbr: MI' },
  { said: /\bO2\b/g, words: 'oxygen', source: 'abbr: O2' },
  { said: /\bESBL\b/g, words: 'extended spectrum beta lactamase', source: 'abbr: ESBL' },
  // "HD 2", "HD#3", "HD day 4": the hospital day (abbr: HD, hospital day), not hemodialysis.
  { said: /\bHD\b(?!\s*(?:#|day\s*)?\d)/g, when: renal, words: 'hemodialysis', source: 'abbr: HD' },
  // A coronary stent is the "coronary angioplasty implant" of Tabular Z95.5 (T82 "Complications of
  // cardiac and vascular prosthetic devices, implants and grafts" holds T82.855 "Stenosis of coronary artery stent").
  {
    said: /\bstent(?:s|ed|ing)?\b/gi,
    when: coronary,
    words: '$& coronary angioplasty implant',
    source: 'Tabular Z95.5 "coronary angioplasty implant", T82.855 "coronary artery stent"',
  },
  // Index: "Status, dialysis (hemodialysis) (peritoneal) Z99.2": hemodialysis is dialysis.
  { said: /\b(?:hemo|peritoneal )dialysis\b/gi, words: '$& dialysis', source: 'Index: Status, dialysis (hemodialysis) (peritoneal)' },
];

/**
 * The statement with each shorthand whose context it carries replaced by its expansion; one whose
 * context is missing is blanked, so no code rests on an abbreviation of several meanings (issue #24:
 * resolved by context or not used), not even through a bracketed abbreviation of the code set.
 */
export function expandStatus(statement: string, around = statement): string {
  let out = statement;
  for (const s of statusShorthand) {
    if (out.search(s.said) < 0) continue;
    // The context is read around the abbreviation, not in it ("PCI" alone does not make itself coronary).
    // `around`: the statement's line, when the statement is one piece of it ("CAD, native - s/p stent 2017").
    const known = !s.when || s.when.test(around.replace(s.said, ' '));
    out = out.replace(s.said, (m) => (known ? s.words.replace('$&', m) : ' '));
  }
  return out;
}

/** Where the statement first says one of the shorthand forms, or -1. */
export function firstShorthand(statement: string): number {
  let first = -1;
  for (const s of statusShorthand) {
    const at = statement.search(s.said);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}
