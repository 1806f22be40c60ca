import { type Cue, findCues, type Hit, quote } from './cue.ts';
import type { Graded } from './problems.ts';

/**
 * Amount and complexity of data reviewed and analyzed (AMA CPT 2021 office / 2023 other-setting
 * E/M guidelines, MDM table column 2): category 1 (tests, external notes, independent historian),
 * category 2 (independent interpretation), category 3 (discussion of management).
 */
const AMA = 'AMA CPT E/M guidelines (2021 office, 2023 other settings), MDM data:';
const TEST = `${AMA} category 1, each unique test ordered or reviewed ("test": imaging, laboratory, psychometric or physiologic data; a panel is one test)`;

/** Tests by name. Abbreviations match as written (case-sensitive): "mg" in a dose is not Mg, "us" is not US. */
export const testCues: Cue[] = [
  {
    label: 'laboratory panel or test',
    re: /\b(?:BMP|CMP|CBC|TSH|UA|LDL|UACR|BNP|NT-proBNP|CRP|ESR|VBG|ABG|PCR|LFTs?|INR|PTT|PSA|HIV|RPR|UDS|hCG|CK|PTH|eGFR|FT4|BAC|HbA1c|A1c|LDH|tTG(?:-IgA)?|ANA|RF|HLA-B\*?[\d:]*|FISH|IGHV|NAAT)\b/,
    source: TEST,
  },
  {
    label: 'laboratory result',
    re: /\b(?:Na|K|Mg|Cr|Ca|Hgb|WBC|plt|BUN|Glu|EtOH|APAP|ALT|AST|TnI|TnT|pH|INR)\b(?=:? ?[<>]?\d)/,
    source: `${TEST}; an analyte named with its value`,
  },
  {
    label: 'laboratory panel or test',
    re: /\b(?:urinalysis|urine culture|blood cultures?|cultures?|lipid(?: panel)?|troponins?|glucose|lactate|lactic acid|procalcitonin|d-dimer|ferritin|iron studies|lipase|magnesium|potassium|creatinine|hemoglobin|platelets|viral panel|respiratory panel|flow cytometry|smear|biopsy|pathology|cytology|drug levels?|level of \w+|vitamin d|25-oh vit(?:amin)? d|b12|folate|type and screen|coags?|calprotectin|stool (?:culture|studies)|O&P|blood gas|ammonia|salicylate|acetaminophen level|APAP level|ethanol level|urine drug screen)\b/i,
    source: TEST,
  },
  { label: 'imaging study', re: /\b(?:CT|CTA|MRI|MRA|XR|CXR|US|TVUS|KUB|DXA|PET|LDCT)\b/, source: TEST },
  { label: 'imaging study', re: /\b(?:x-?rays?|radiographs?|films?|ultrasound|sonogram|echo(?:cardiogram)?|TTE|TEE|mammogram|imaging|scan)\b/i, source: TEST },
  {
    label: 'physiologic test',
    re: /\b(?:ECG|EKG|EEG|EMG|NCS|PFTs?|Holter)\b|\b(?:spirometry|telemetry|tele(?= review| strips)|stress test|sleep study)\b/i,
    source: TEST,
  },
];

/** Analytes of one panel count as that panel (AMA: a panel such as a BMP is a single test; CPT 80048 basic metabolic panel, 85025/85027 blood count, 80076 hepatic function panel). */
const panelOf: Record<string, string> = {
  na: 'bmp',
  k: 'bmp',
  cl: 'bmp',
  co2: 'bmp',
  bun: 'bmp',
  cr: 'bmp',
  creatinine: 'bmp',
  potassium: 'bmp',
  glu: 'bmp',
  glucose: 'bmp',
  ca: 'bmp',
  egfr: 'bmp',
  gfr: 'bmp',
  hgb: 'cbc',
  hemoglobin: 'cbc',
  wbc: 'cbc',
  plt: 'cbc',
  platelets: 'cbc',
  lft: 'lfts',
  lfts: 'lfts',
  alt: 'lfts',
  ast: 'lfts',
  cmp: 'bmp',
  tni: 'troponin',
  tnt: 'troponin',
  apap: 'apap level',
  etoh: 'ethanol level',
};
/** Synonyms of one test, so it is counted once. */
const sameTest: Record<string, string> = {
  ekg: 'ecg',
  'x-ray': 'xr',
  xray: 'xr',
  'x-rays': 'xr',
  radiograph: 'xr',
  radiographs: 'xr',
  film: 'xr',
  films: 'xr',
  echocardiogram: 'echo',
  tte: 'echo',
  ultrasound: 'us',
  sonogram: 'us',
  troponins: 'troponin',
  cultures: 'culture',
  lft: 'lfts',
  'lipid panel': 'lipid',
  hba1c: 'a1c',
  tele: 'telemetry',
};
export const testKey = (name: string) => {
  const k = sameTest[name.toLowerCase()] ?? name.toLowerCase();
  return panelOf[k] ?? k;
};

export const externalNoteCues: Cue[] = [
  {
    label: 'review of external notes',
    re: /\b(?:outside|external|prior|previous|referring|urgent care|ED|hospital|discharge|consult(?:ant)?|cardiology|neurology|pulmonology|oncology|nephrology|urology|records?|notes?|summary|reports?|Care Everywhere)\b[^.\n]{0,60}\breviewed\b|\breviewed\b[^.\n]{0,40}\b(?:outside|external|records|notes?|discharge summary|report)\b|\bCare Everywhere\b|\b(?:records|notes) from\b/i,
    source: `${AMA} category 1, review of prior external note(s) from each unique source`,
  },
];

export const historianCues: Cue[] = [
  {
    label: 'independent historian',
    re: /\b(?:independent historian|(?:hx|history|information) (?:obtained )?(?:from|per|provided by)\b[^.\n]{0,40}\b(?:mother|father|mom|dad|parents?|wife|husband|spouse|partner|daughter|son|family|guardian|caregiver|EMS|paramedics?|witness\w*|roommate|teacher|trainer|nurse|staff))\b|\bper (?:his |her |the )?(?:mother|father|mom|dad|parents?|wife|husband|spouse|daughter|son|family|guardian|caregiver|EMS|paramedics|witness|roommate|athletic trainer)\b|\b(?:mother|father|parents?|wife|husband|daughter|son|caregiver|EMS|witness)\b[^.\n]{0,20}\b(?:reports?|states?|says|notes|mentions|confirms|describes|provides)\b|\b(?:brought|accompanied) (?:in )?by\b/i,
    source: `${AMA} independent historian (parent, guardian, surrogate, spouse, witness who gives history in addition to or instead of the patient)`,
  },
];

export const interpretationCues: Cue[] = [
  {
    label: 'independent interpretation of a test',
    re: /\b(?:my (?:own |independent )?(?:interpretation|read|review)|(?:personally|independently) (?:reviewed|interpreted|viewed|read)|(?:reviewed|read|interpreted) by me|(?:images?|films?|tracings?|strips?) (?:personally |independently )?(?:reviewed|viewed) by me|independent(?:ly)? (?:interpretation|review|interpreted)|I (?:personally )?(?:reviewed|viewed|read) the (?:images?|films?|tracings?|strips?|scans?))\b/i,
    source: `${AMA} category 2, independent interpretation of a test performed by another physician/QHP (not separately reported)`,
  },
];

export const discussionCues: Cue[] = [
  {
    label: 'discussion of management with an external physician or appropriate source',
    re: /\b(?:discussed|d\/w|spoke|talked|conferred|reviewed (?:case|plan)|case reviewed)\b[^.\n]{0,25}(?:\bwith\b|\bw\/)[^.\n]{0,15}\b(?:dr\.?|the (?:on-?call|attending)|\w*ologist|\w*ology|surgeon|surgery|ortho\w*|ENT|EP|GI|ID|pharmac\w*|poison (?:control|center)|radiolog\w*|hospitalist|intensivist|consultant|case manag\w*|social work\w*|PCP|oncolog\w*)|\b(?:poison (?:control|center)|\w*ology|ENT|EP|GI|ID|surgery|ortho(?:pedics)?|hospitalist|radiolog\w*)\b(?:[^.\n]|(?<=\bDr)\.){0,25}\b(?:consulted|called|paged|discussed|agrees|recommend\w*)\b|\bby phone w(?:ith|\/) dr\b/i,
    source: `${AMA} category 3, discussion of management or test interpretation with an external physician/QHP/appropriate source (interactive exchange, not separately reported)`,
  },
  {
    // A named physician consulted, or quoted with the plan agreed ("Hyperbaric consulted (Dr. L)", "Ortho (Dr. H) - plan
    // hemiarthroplasty tomorrow"): the exchange happened, whatever the specialty is called.
    label: 'discussion of management with a named external physician',
    re: /\b(?:consulted|called|paged)\s*\(\s*Dr\.?\s+[A-Z]|\(\s*Dr\.?\s+[A-Z][^()\n]{0,40}\)\s*(?:consulted|called|paged|agrees|accepts|[-–:]\s*(?:plan|recommend\w*|recs?|agrees|accepts|will)\b)/,
    source: `${AMA} category 3, discussion of management with an external physician/QHP (interactive exchange)`,
  },
];

/** A test done and read in the practice is reported by the practice's own code, so it is not also data (neither test nor independent interpretation). */
export const inOfficeCues: Cue[] = [
  {
    label: 'test performed and reported by the practice',
    re: /\b(?:(?:obtained|done|performed|taken) (?:in (?:the )?(?:clinic|office)|here)(?: today)?|in[- ](?:clinic|office) (?:today|test\w*)|\(in (?:clinic|office)\b|performed (?:&|and) (?:read|interpreted) by me|(?:done|performed) and (?:read|interpreted) in (?:clinic|office)|point[- ]of[- ]care|POC)\b/i,
    source: `${AMA} a test ordered and reported separately by the physician is not counted as data (nor its interpretation)`,
  },
];

export interface DataInput {
  text: string;
  /** Spans not read at all (history, medication and allergy lists). */
  notData?: [number, number][];
  /** Spans not read for tests (beside notData): past results told in the history. */
  notTests?: [number, number][];
  /** Test names reported separately by the same physician (not counted as data). */
  billed?: Set<string>;
  setting?: string;
}

/** The sentence around a span: from the last line break or ". " before it to the next. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  const after = text.slice(end).search(/\n|\.\s|;\s/);
  return [from, after < 0 ? text.length : end + after];
}

/** A test named as not done: "CT not obtained", "no imaging indicated". */
const notDone = /^[^.\n]{0,12}\b(?:not (?:obtained|ordered|indicated|needed|done|performed)|deferred|declined|not required)\b/i;
const inside = (spans: [number, number][] | undefined, at: number) => !!spans?.some(([a, b]) => at >= a && at < b);

/** Limited: 2 of tests/documents, or a historian; moderate: 1 of 3 categories; extensive: 2 of 3. */
export function gradeData(input: DataInput): Graded {
  const { text } = input;
  // The ED physician's and the hospitalist's claims carry no test codes: their tests are always data.
  const practiceBills = input.setting !== 'ed' && input.setting !== 'inpatient-progress';
  const inOffice = practiceBills ? findCues(text, inOfficeCues, { negation: false }).map((h) => sentenceAround(text, h.start, h.end)) : [];
  const read = (cues: Cue[]) => findCues(text, cues).filter((h) => !inside(input.notData, h.start));
  const tests = new Map<string, Hit>();
  for (const h of findCues(text, testCues, { historical: true }).filter((t) => !inside(input.notData, t.start))) {
    const key = testKey(h.text);
    if (inside(input.notTests, h.start) || inside(inOffice, h.start) || notDone.test(text.slice(h.end, h.end + 40))) continue;
    if (!input.billed?.has(key) && !tests.has(key)) tests.set(key, h);
  }
  const notes = read(externalNoteCues).slice(0, 2);
  const historian = read(historianCues).slice(0, 1);
  const interp = read(interpretationCues)
    .filter((h) => !inside(inOffice, h.start))
    .slice(0, 1);
  const talk = read(discussionCues).slice(0, 1);
  const docs = tests.size + notes.length;
  const cat1 = docs + historian.length;
  const categories = (cat1 >= 3 ? 1 : 0) + interp.length + talk.length;
  const level = categories >= 2 ? 4 : categories >= 1 ? 3 : docs >= 2 || historian.length ? 2 : 1;
  const parts = [
    tests.size ? `${tests.size} unique test(s) (${[...tests.keys()].join(', ')})` : '',
    notes.length ? `external notes ${notes.map(quote).join(', ')}` : '',
    historian.length ? `independent historian ${quote(historian[0]!)}` : '',
    interp.length ? `independent interpretation ${quote(interp[0]!)}` : '',
    talk.length ? `discussion of management ${quote(talk[0]!)}` : '',
  ].filter(Boolean);
  const names = ['minimal or none', 'limited', 'moderate', 'extensive'];
  const skipped = input.billed?.size ? `; not counting ${[...input.billed].join(', ')} (reported separately)` : '';
  return {
    level,
    why: `data: ${names[level - 1]}${parts.length ? ` (${parts.join('; ')})` : ''}${skipped}`,
    evidence: [...tests.values(), ...notes, ...historian, ...interp, ...talk],
  };
}
