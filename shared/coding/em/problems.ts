import { type Cue, emergencySurgery, findCues, type Hit, quote } from './cue.ts';

/**
 * Number and complexity of problems addressed (AMA CPT 2021 office / 2023 other-setting E/M
 * guidelines, MDM table column 1), graded 1 (minimal) .. 4 (high), one problem item at a time.
 */
const AMA = 'AMA CPT E/M guidelines (2021 office, 2023 other settings), MDM problems:';

/** Acute or chronic illness or injury that poses a threat to life or bodily function; chronic illness with severe exacerbation. */
export const highProblemCues: Cue[] = [
  {
    label: 'threat to life or bodily function',
    re: /\bthreat(?:en(?:ing|s)?)? to (?:life|limb|bodily function|vision|airway)|\b(?:life|limb|sight)[- ]threatening\b/i,
    source: `${AMA} threat to life or bodily function (definition)`,
  },
  {
    label: 'respiratory failure or severe respiratory distress',
    re: /\b(?:respiratory failure|respiratory distress|hypoxi[ac]\w*|airway (?:compromise|edema|obstruction)|angioedema|intubat\w*)\b/i,
    source: `${AMA} threat to life or bodily function (AMA example: severe respiratory distress)`,
  },
  {
    label: 'sepsis, shock or anaphylaxis',
    re: /\b(?:sepsis|septic|shock|anaphyla\w*|DKA|diabetic ketoacidosis|peritonitis)\b/i,
    source: `${AMA} threat to life or bodily function (AMA example: peritonitis)`,
  },
  {
    label: 'acute coronary syndrome, pulmonary embolism or stroke',
    re: /\b(?:acute coronary syndrome|myocardial infarction|pulmonary embol\w*|stroke|heart block|AV block|Mobitz|ventricular tachycardia)\b/i,
    source: `${AMA} threat to life or bodily function (AMA examples: acute myocardial infarction, pulmonary embolus; abrupt change in neurologic status)`,
  },
  {
    label: 'acute coronary syndrome, pulmonary embolism or stroke',
    re: /\b(?:ACS|N?STEMI|PE|CVA|AVB|VT)\b/,
    source: `${AMA} threat to life or bodily function (the same conditions by their standard abbreviations)`,
  },
  { label: 'ectopic pregnancy', re: /\bectopic pregnancy\b|\bectopic\b/i, source: `${AMA} threat to life or bodily function` },
  {
    label: 'hemorrhage',
    re: /\b(?:hemorrhag\w*|GI bleed\w*|active bleed\w*|hemodynamic\w* (?:change|instability|unstable))\b/i,
    source: `${AMA} threat to life or bodily function`,
  },
  {
    // CIWA-Ar 20 or more is severe withdrawal (Sullivan et al., Br J Addict 1989); seizures and delirium tremens are its
    // complications, and a provider's "high risk for" them is the threat in the near term without treatment (AMA).
    label: 'severe or complicated withdrawal',
    re: /\bCIWA(?:-Ar)?(?: score)?(?: of)?:?\s*(?:[2-6]\d)\b|\b(?:high risk (?:for|of) (?:progression to )?)?(?:delirium tremens|DTs|withdrawal seizures?|complicated (?:alcohol )?withdrawal|severe (?:alcohol )?withdrawal)\b/i,
    source: `${AMA} threat to life or bodily function (CIWA-Ar >= 20: severe withdrawal)`,
  },
  {
    label: 'poisoning or self-harm',
    // Index: Ingestion, chemical or drug - see Table of Drugs and Chemicals, poisoning ("Accidental clonidine ingestion").
    re: /\b(?:overdose|poisoning|toxic (?:level|ingestion)|(?:accidental|unintentional|intentional) (?:\w+ ){0,2}ingestion|suicid\w*|self-harm|homicidal)\b/i,
    source: `${AMA} threat to life or bodily function (AMA example: psychiatric illness with potential threat to self or others)`,
  },
  // AMA: an illness that "poses a threat to life or bodily function in the near term without treatment";
  // an emergency operation decided for it says so (the risk column's "decision regarding emergency major surgery").
  ...emergencySurgery.map((re) => ({
    label: 'illness needing emergency surgery',
    re,
    source: `${AMA} threat to life or bodily function in the near term without treatment (emergency major surgery decided)`,
  })),
  {
    // A metastatic cancer progressing (the item names its metastases; progression on its therapy) needs a change of systemic
    // therapy: the AMA's severe progression "that may require escalation in level of care".
    label: 'chronic illness with severe progression (metastatic cancer progressing)',
    re: /(?<=\b(?:metasta\w*|stage IV\w*|distant recurrence|mets)\b[\s\S]*)\bprogress(?:ion|ing|ed)\b|\bprogress(?:ion|ing|ed)\b(?=[^.\n]{0,40}\b(?:new (?:mets|metastas\w*|lesions)|metastatic)\b)/i,
    source: `${AMA} chronic illness with severe exacerbation, progression (definition: significant risk of morbidity, may require escalation in level of care)`,
  },
  {
    // NCI CTCAE v5: grade 3 is a severe adverse event, grade 4 a life-threatening one.
    label: 'severe side effects of treatment (CTCAE grade 3-4)',
    re: /\b(?:due to|induced|immune-related|toxicity)\b[^.\n]{0,60}\bgrade (?:3|4|III|IV)\b|\bgrade (?:3|4|III|IV)\b[^.\n]{0,40}\b(?:toxicity|due to (?:chemo\w*|\w+mab|immunotherapy|radiation))\b/i,
    source: `${AMA} chronic illness with severe side effects of treatment (NCI CTCAE v5: grade 3 severe, grade 4 life-threatening)`,
  },
  {
    label: 'chronic illness with severe exacerbation',
    re: /\bsevere (?:exacerbation|progression|flare)|\bdecompensat\w*|\bacute on chronic\b|\bstatus (?:asthmaticus|epilepticus)\b/i,
    source: `${AMA} chronic illness with severe exacerbation, progression, or side effects of treatment`,
  },
];

/** Chronic illness with exacerbation, progression, or side effects of treatment; one not at treatment goal is not stable. */
export const worseCues: Cue[] = [
  {
    label: 'exacerbation or progression',
    re: /\b(?:worse\w*|worsening|exacerbat\w*|flare\w*|progress(?:ion|ing|ive|ed)|relaps\w*|breakthrough|increas(?:ed|ing) (?:frequency|sx|symptoms|seizures|pain))\b/i,
    source: `${AMA} chronic illness with exacerbation, progression (definition: acutely worsening or progressing)`,
  },
  {
    label: 'not at treatment goal',
    re: /\b(?:uncontrolled|poorly controlled|not (?:well )?controlled|inadequately controlled|suboptimal\w*|not at (?:treatment )?goal|above goal|not to goal|off target|partial response|refractory|undertreated|rising|up to(?=\s*\d)|persist(?:s|ed|ing|ent)? (?:on|despite)|despite (?:treatment|therapy|medications?))\b/i,
    source: `${AMA} stable chronic illness definition: a patient not at their treatment goal is not stable`,
  },
  {
    label: 'side effects of treatment',
    re: /\b(?:side effects?|adverse (?:effect|reaction)|intoleran\w*|drug-induced|induced by|due to (?:his|her|the) \w+ (?:dose|therapy)|over-?(?:replaced|replacement|treated|anticoagulated)|excess(?:ive)? dose|supratherapeutic)\b|\b(?:hypoglyc\w*) on\b/i,
    source: `${AMA} chronic illness with side effects of treatment`,
  },
];

/** Undiagnosed new problem with uncertain prognosis; acute illness with systemic symptoms; acute complicated injury. */
export const moderateAcuteCues: Cue[] = [
  {
    label: 'undiagnosed new problem with uncertain prognosis',
    re: /\b(?:uncertain prognosis|undiagnosed|unexplained|etiology (?:unclear|unknown)|concern(?:ing)? for (?:malignan\w*|cancer|neoplasm)|suspicious for|newly (?:diagnosed|identified)|new (?:diagnosis|onset)|mass|nodule|lump)\b/i,
    source: `${AMA} undiagnosed new problem with uncertain prognosis (definition)`,
  },
  {
    // A cancer in the differential being worked up ("Elevated PSA - r/o prostate ca; MRI then decide on bx"): the AMA's
    // "problem in the differential diagnosis that represents a condition likely to result in a high risk of morbidity
    // without treatment".
    label: 'undiagnosed new problem with uncertain prognosis (malignancy in the differential)',
    re: /\b(?:r\/o|rule out|to exclude|evaluat\w* for|eval for|work-?up for|w\/u for)\s+(?:\w+\s+){0,3}?(?:malignan\w*|cancer|ca|carcinoma|neoplasm|lymphoma|leukemia|metastas[ie]s|tumou?r)\b/i,
    source: `${AMA} undiagnosed new problem with uncertain prognosis (definition: a condition in the differential likely to result in a high risk of morbidity without treatment)`,
  },
  {
    label: 'acute illness with systemic symptoms',
    re: /\b(?:fever\w*|febrile|systemic|rigors|pyelonephritis|pneumonia|dehydrat\w*|syncope|intoxicat\w*|withdrawal|obstructing|bacteremia)\b/i,
    source: `${AMA} acute illness with systemic symptoms (definition: systemic symptoms with high risk of morbidity without treatment)`,
  },
  {
    label: 'acute complicated injury',
    re: /\b(?:displaced|open fracture|dislocat\w*|concussion|head injury|neurovascular compromise|tendon (?:injury|laceration)|multiple (?:injuries|trauma))\b/i,
    source: `${AMA} acute complicated injury (definition: evaluation of other body systems, extensive injury, or multiple treatment options)`,
  },
];

/**
 * A minor illness whose fever is treated to relieve it (AMA definition: "systemic general symptoms, such as fever, body
 * aches, or fatigue in a minor illness that may be treated to alleviate symptoms" are an acute, uncomplicated illness).
 */
export const minorIllnessCues: Cue[] = [
  {
    label: 'minor illness',
    re: /\b(?:otitis media|AOM|pharyngitis|tonsillitis|URI|upper respiratory (?:tract )?infection|common cold|rhinosinusitis|sinusitis|conjunctivitis)\b/i,
    source: `${AMA} acute, uncomplicated illness (definition: systemic general symptoms such as fever in a minor illness treated to alleviate symptoms)`,
  },
];

/** Self-limited or minor problem: runs a definite course, transient, not likely to alter health status. */
export const minorCues: Cue[] = [
  {
    label: 'self-limited or minor problem',
    re: /\b(?:self-limit\w*|minor|common cold|insect (?:bite|sting)|\w*bee sting|sting|local reaction|tinea corporis)\b/i,
    source: `${AMA} self-limited or minor problem (CMS 1995 E/M table of risk examples: cold, insect bite, tinea corporis)`,
  },
];

/** A problem the note names as chronic (beside the ICD-10-CM category test the caller applies). */
export const chronicCues: Cue[] = [
  {
    label: 'chronic illness',
    re: /\bchronic\b|\b(?:well[- ])?controlled\b|\bat (?:treatment )?goal\b|\bstable on\b|\bon (?:long-term|maintenance)\b/i,
    source: `${AMA} stable chronic illness (expected to last at least a year; "stable" is defined by treatment goal)`,
  },
];

/** Conditions the CMS Chronic Conditions Warehouse lists (27 chronic and the other chronic or disabling condition categories), named as notes write them. */
const CCW = 'CMS Chronic Conditions Data Warehouse (CCW) condition categories, evidencing AMA MDM chronic illness';
export const chronicConditionCues: Cue[] = [
  {
    label: 'chronic condition',
    re: /\b(?:diabet\w*|hypertension|hyperlipidemia|dyslipidemia|hypercholesterolemia|heart failure|cardiomyopathy|atrial fibrillation|coronary artery disease|ischemic heart disease|chronic kidney disease|asthma|emphysema|bronchiectasis|depressi\w*|depressive disorder|anxiety|bipolar|schizo\w*|attention[- ]deficit|autis\w*|osteoporosis|osteoarthritis|rheumatoid arthritis|psoria\w*|hypothyroidism|hyperthyroidism|epilepsy|seizure disorder|migraine|parkinson\w*|dementia|alzheimer\w*|multiple sclerosis|HIV|cirrhosis|fatty liver|reflux|irritable bowel|crohn\w*|ulcerative colitis|obesity|sleep apnea|prostatic hyperplasia|glaucoma|gout|fibromyalgia|use disorder|dependence|lupus|sickle cell|anemia of chronic|leukemia|lymphoma|myeloma|cancer|carcinoma|neuropathy|hypogonadism|prediabetes|hyperparathyroidism)\b/i,
    source: CCW,
  },
  {
    label: 'chronic condition',
    re: /\b(?:T[12]DM|DM[12]?|HTN|HLD|CHF|HF[rp]?EF|A-?fib|AF|CAD|CKD|COPD|MDD|GAD|PTSD|OCD|ADHD|ASD|OA|RA|SLE|GERD|IBS|IBD|OSA|BPH|OUD|AUD|MS|PD|NAFLD|MASLD)\b/,
    source: `${CCW} (standard abbreviations)`,
  },
];

/**
 * The history's account of the presenting problem's course over time ("headaches since teens, worse past 2 yrs",
 * "worsening over 1 yr", "worse since heat turned on"), not a modifying factor ("worse with reaching", "worse at night").
 */
export const historyCourseCues: Cue[] = [
  {
    label: 'exacerbation or progression told in the history',
    re: /\b(?:(?:getting|progressively|gradually|increasingly|steadily)\s+worse|worse(?:ning)?\s+(?:over|since|for|during|in the|the past|past|last)\b|progress(?:ed|ing|ively)\s+(?:over|since|worse)\b)/i,
    source: `${AMA} chronic illness with exacerbation, progression (definition: acutely worsening or progressing); the problem's status as its history documents it`,
  },
];

/** Lines that note a problem without addressing it. */
export const notAddressedCues: Cue[] = [
  {
    label: 'not addressed',
    re: /^\W*(?:\d{1,2}[.)]\s*)?(?:hx|h\/o|history of|remote|prior|s\/p|dvt (?:ppx|prophylaxis)|ppx|code status|full code|dispo\w*)\b|\bper (?:his|her|their)? ?(?:neurology|cardiology|oncology|nephrology|PCP|specialist)\b[^.]*$|\bmanaged by\b/i,
    source: `${AMA} problem addressed (definition: notation that another professional manages the problem, without assessment or care coordination, is not addressed)`,
  },
];

/** A condition named as worked up or excluded (medspaCy ConText uncertainty/negation triggers that mark a differential). */
const differentialAfter = /^[^.;\n]{0,25}?\b(?:excluded|ruled out|considered|less likely|not (?:felt|thought) likely)\b/i;
const differentialBefore = /\b(?:r\/o|rule out|ruled out|considered|concern for|evaluat\w* for|work-?up for|vs\.?)\s+(?:\w+\s+){0,3}$/i;

export interface ProblemItem {
  text: string;
  start: number;
  chronic: boolean;
  /** Distinct chronic illnesses the item's codes name (default: one when chronic). */
  chronicIllnesses?: number;
  /** The history's account of this problem's course (note-input.ts: the presenting problem's, the first item's). */
  course?: Hit;
}
export interface Graded {
  level: number;
  why: string;
  evidence: Hit[];
}

function gradeItem(item: ProblemItem): { level: number; kind: string; hits: Hit[] } {
  const find = (cues: Cue[], negation = true) => findCues(item.text, cues, { offset: item.start, negation, historical: true });
  // A chronic, stable form ("chronic respiratory failure") is a chronic illness, not an acute threat.
  const high = find(highProblemCues).filter((h) => {
    const before = item.text
      .slice(0, h.start - item.start)
      .split(/[.;\n]/)
      .at(-1)!;
    return /acute on chronic/i.test(h.text) || !/\bchronic\b/i.test(before) || /\bacute\b/i.test(before);
  });
  if (high.length) return { level: 4, kind: high[0]!.label, hits: high };
  // A dangerous condition worked up and excluded is a problem in the differential with high risk of
  // morbidity without treatment: an undiagnosed new problem with uncertain prognosis (AMA definition).
  const ruledOut = findCues(item.text, highProblemCues, { offset: item.start, negation: false, historical: true }).filter((h) => {
    const at = h.start - item.start;
    const after = item.text.slice(at + h.text.length, at + h.text.length + 40);
    // Excluded at an earlier encounter ("ruled out on admission") is not this encounter's work-up.
    if (/\b(?:on|at) adm(?:ission)?\b|\bpreviously\b|\bprior\b|\blast (?:visit|week|month)\b/i.test(after)) return false;
    return differentialAfter.test(after) || differentialBefore.test(item.text.slice(Math.max(0, at - 40), at));
  });
  if (ruledOut.length)
    return { level: 3, kind: `undiagnosed new problem with uncertain prognosis (${ruledOut[0]!.label} in the differential)`, hits: ruledOut };
  // "Stable" alone names a chronic illness only where nothing says the problem is acute.
  const acuteWords = /\bacute\b|injur|sprain|strain|fractur|lacerat|contusion|infection|\w+itis\b|\bbite\b|\bsting\b/i;
  // The problem's name: the item's head, before its status and plan.
  const head = item.text.replace(/^\W*(?:\d{1,2}[.)]|#\d*)?\s*/, '').split(/\s[-–—]\s|:\s|\.\s/)[0]!;
  const named =
    findCues(head, chronicConditionCues, { historical: true }).length > 0 &&
    !/\bacute\b(?! (?:exacerbation|on chronic|flare))|\bgestational\b|\bin pregnancy\b/i.test(head);
  const chronic = item.chronic || named || find(chronicCues).length > 0 || (/\bstable\b/i.test(item.text) && !acuteWords.test(item.text));
  const worse = find(worseCues);
  if (!worse.length && item.course) worse.push(item.course);
  if (chronic && worse.length) return { level: 3, kind: `chronic illness, ${worse[0]!.label}`, hits: worse };
  // A fever of a minor illness is no systemic symptom (AMA); a seizure with it is.
  const feverOfMinor = (h: Hit) => /^(?:fever\w*|febrile)$/i.test(h.text) && find(minorIllnessCues).length > 0 && !/\bseizure|convuls/i.test(item.text);
  const acute = find(moderateAcuteCues).filter((h) => !feverOfMinor(h));
  if (acute.length) return { level: 3, kind: acute[0]!.label, hits: acute };
  if (chronic) return { level: 2, kind: 'stable chronic illness', hits: [] };
  const minor = find(minorCues);
  if (minor.length) return { level: 1, kind: 'self-limited or minor problem', hits: minor };
  return { level: 2, kind: 'acute uncomplicated illness or injury', hits: [] };
}

/** The drug a side-effect item names: "adverse effect of <drug>", "<drug>-induced". */
const sideEffectDrug = /\b(?:side effects?|adverse (?:effects?|reactions?)) (?:of|from|to) ([A-Za-z]{5,})|\b([A-Za-z]{5,})-induced\b/i;

/**
 * Problems graded per item, then combined: 2+ stable chronic illnesses are moderate; 2+ minor
 * problems are low; otherwise the highest item decides.
 */
export function gradeProblems(items: ProblemItem[]): Graded {
  const addressed = items.filter((i) => !findCues(i.text, notAddressedCues, { negation: false }).length);
  const graded = addressed.map((i) => ({ item: i, ...gradeItem(i) }));
  if (!graded.length) return { level: 1, why: 'problems: none addressed found, minimal', evidence: [] };
  // A side effect listed as its own item, of a drug another item treats a chronic illness with
  // ("1. ADHD - good response to methylphenidate ER. 2. Decreased appetite - adverse effect of
  // methylphenidate"): that chronic illness has side effects of treatment (AMA MDM, moderate).
  for (const g of graded) {
    const drug = sideEffectDrug.exec(g.item.text);
    const word = drug?.[1] ?? drug?.[2];
    if (g.level >= 3 || !word) continue;
    const treats = new RegExp(`\\b${word}\\b`, 'i');
    const chronic = graded.find((o) => o !== g && o.level >= 2 && o.kind === 'stable chronic illness' && treats.test(o.item.text));
    if (chronic)
      Object.assign(g, {
        level: 3,
        kind: 'chronic illness, side effects of treatment',
        hits: [{ label: 'side effects of treatment', text: drug![0], start: g.item.start + drug!.index, end: g.item.start + drug!.index + drug![0].length }],
      });
  }
  let level = Math.max(...graded.map((g) => g.level));
  const stable = graded.filter((g) => g.kind === 'stable chronic illness').reduce((n, g) => n + Math.max(1, g.item.chronicIllnesses ?? 1), 0);
  const minor = graded.filter((g) => g.level === 1).length;
  let because = graded.find((g) => g.level === level)!.kind;
  if (level < 3 && stable >= 2) {
    level = 3;
    because = `${stable} stable chronic illnesses`;
  } else if (level < 2 && minor >= 2) {
    level = 2;
    because = `${minor} self-limited or minor problems`;
  }
  const evidence = graded.filter((g) => g.level === level).flatMap((g) => g.hits);
  const names = ['minimal', 'low', 'moderate', 'high'];
  return {
    level,
    why: `problems: ${graded.length} addressed; ${names[level - 1]} (${because}${evidence.length ? `: ${evidence.slice(0, 3).map(quote).join(', ')}` : ''})`,
    evidence,
  };
}
