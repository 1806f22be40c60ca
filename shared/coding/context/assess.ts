import type { Setting } from '../../contracts/suggestion.ts';
import type { SectionKind } from '../note/sections.ts';

export type Status = 'affirmed' | 'negated' | 'family-history' | 'history' | 'hypothetical' | 'uncertain' | 'resolved';

export interface Assessment {
  status: Status;
  why: string;
}

/** Cues that look back from the finding to the start of its clause. */
export const before: [RegExp, Status, string][] = [
  [
    /\b(?:mother|father|mom|dad|sister|brother|sibling|aunt|uncle|grand(?:mother|father|son|daughter|parent)|son|daughter|husband|wife|partner|cousin|family history|family hx|fhx|fh)\b/i,
    'family-history',
    "a relative's or another person's condition, not the patient's",
  ],
  // medspaCy NEGATED_EXISTENCE "without any evidence of" (evidence|indication|sign), with "dx"/"diagnosis"
  // (medical-abbreviations: Dx, diagnosis): "elevated BP reading without dx of HTN". "Ruled out" (FORWARD,
  // "ruled out for MI") not past a comma: "ACS ruled out, likely GERD" read it backward (the `after` cue).
  [
    /\b(?:ruled|rules) out\b(?=[^,]*$)|\b(?:no|not|denies|denied|deny|negative for|neg for|free of|absence of|no evidence of|never|nor|without (?:any )?(?:evidence|indication|signs?|dx|diagnosis) (?:of|for)|no signs? of|no features of)\b/i,
    'negated',
    'negated in the same clause',
  ],
  // A disease a vaccine is given against is prevented, not present (I.C.21.c.2: the visit is Z23).
  // medspaCy HYPOTHETICAL "risks of", as consent lists write it too: "risks (infection, bleeding) discussed";
  // and "as needed", as a medicine's order writes it ("PRN", medical-abbreviations: prn, pro re nata (as needed)):
  // "acetaminophen PRN pain/fever" treats a symptom if it comes. A visit "sooner for" signs names a return's
  // reasons (ConText HYPOTHETICAL "come back for", "return"; written "RTC", "RTED" for return to clinic or ED):
  // "Wound check in 48 h or sooner for redness, fever".
  [
    /\b(?:(?:return|RTC|RTED|RTER)\b[^.;]{0,12}\b(?:if|for)|(?:sooner|earlier) (?:if|for)|call if|screen(?:ing|ed)? for|as needed|prn|if\b|precautions|watch for|monitor(?:ing)? for|risk of|at risk for|in case|unless|prevent|prophylaxis|ppx|avoid|to prevent|would|could|planned|expected|(?:vaccinated|immunized|vaccines?|vaccinations?|immunizations?) against)\b|\brisks?(?: and benefits)?(?:,? (?:including|include|such as)\b|\s*\()/i,
    'hypothetical',
    'hypothetical or future condition, not present',
  ],
  [
    /\b(?:probable|probably|possible|possibly|suspected|suspect|suspicious for|likely|rule out|r\/o|consistent with|c\/w|concern(?:ing)? for|question of|questionable|presumed|presumptive|doubt|differential|cannot exclude|versus|vs\.?|may have|might)\b|\?/i,
    'uncertain',
    'uncertain diagnosis',
  ],
  // medspaCy FAMILY trigger words ("mother", "brother", "sibling"; abbr: sib) forward, when the relative is said to have
  // the finding a few words on ("sib w/ flu A", "brother has strep"): a relative's condition, not the patient's.
  [
    /\b(?:mother|father|mom|dad|parents?|sisters?|brothers?|siblings?|sibs?|twin|sons?|daughters?|grand(?:mother|father|parents?))\s+(?:w\/|with|has|had)\s+(?:\S+\s+){0,2}$/i,
    'family-history',
    "a relative's condition",
  ],
  // medspaCy HISTORICAL "history", "h/o"; "hx" (medical-abbreviations: Hx, history) before a condition.
  // A duration before it ("a two-week history of cough") dates the present illness (the HPI element
  // "duration", CMS E/M documentation guidelines): the condition is current, not past. "Ex-" is "former"
  // as a word prefix ("ex-smoker": I.C.21.c.4, Z87.891 personal history of nicotine dependence).
  [
    /(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](?:hours?|days?|weeks?|months?|years?)[- ])\b(?:history of|hx of)\b|\b(?:h\/o|hx|s\/p|status post|former|remote|past|prior|previous)\b|\bex-(?=[a-z]|$)/i,
    'history',
    'personal history, not a current condition',
  ],
];

/** Cues right after the finding in the same clause ("… excluded", "fever: none"). */
export const after: [RegExp, Status, string][] = [
  // Not past a dash, comma or parenthesis to another condition ("Atypical chest pain - ACS ruled out", "Chest pain, ACS
  // ruled out": the sign stays, only the cause is excluded; medspaCy TERMINATE, like the doubt rule below),
  // unless the cue stands alone there ("Pneumonia - ruled out", "?Sepsis on adm - ruled out", "PE: unlikely"). "Not diagnosed" / "not dx'd" is
  // ConText's NEGATED_EXISTENCE "not" of a diagnosis ("chronic pain syndrome not dx'd"), as is "not the cause"
  // of a differential excluded ("Hypertriglyceridemia not the cause (TG 188)").
  [
    /^(?:(?!\s[-–—]\s|,|\()[^.;]){0,25}?(?:\b(?:ruled out|excluded|not suspected|not present|not seen|not (?:been )?(?:diagnosed|dx'?d|confirmed)|not (?:the |a )?(?:cause|etiology|culprit)|unlikely|absent|denied)(?![\w'])|:\s*(?:none|no|never|denie[sd]|neg(?:ative)?)\b)|^(?:\s+[\w/]+){0,3}?\s*(?:\([^)]*\)\s*)?[-–—,]\s*(?:ruled out|excluded|not suspected|not present|not seen|not (?:been )?(?:diagnosed|dx'?d|confirmed)|unlikely|absent|denied)(?![\w'])/i,
    'negated',
    'negated after the finding',
  ],
  // medspaCy NEGATED_EXISTENCE BACKWARD "was negative" (was|is|are), "has been negative", "negative on",
  // "free", "no longer present", "are not evident", "not significant": "Hepatitis B and C serologies
  // were negative", "pain-free". Not past a comma: a list's other items keep their own context.
  [
    /^(?:[^.;,\n]{0,40}?\b(?:(?:was|were|is|are|has been|have been) (?:negative|neg)\b|negative on\b|no longer present\b|(?:is|are|was|were) not (?:evident|significant)\b)|[\s-]*free\b)/i,
    'negated',
    'negated after the finding',
  ],
  // medspaCy "ruled out" / "was ruled out" (BACKWARD, sentence scope): "Sepsis was considered on admission and ruled out".
  [/^\s+(?:was|were|is|has been|had been)\b[^.;]{0,40}?\b(?:ruled out|excluded)\b/i, 'negated', 'ruled out after the finding'],
  // Not past a "+" that joins another condition ("COPD exacerbation + probable pneumonia": the doubt is the
  // pneumonia's), nor past a dash or comma to a cause named with its doubt ("Chest pain - probable GERD",
  // "chest pain, possible angina": the sign is certain, IV.D), unless the doubt word stands alone there
  // ("Pneumonia - probable", "Pneumonia, possible"). "Considered", "doubted" and a trailing "doubt" are IV.H's
  // "other similar terms indicating uncertainty" ("Septic arthritis considered - doubt").
  [
    /^(?:(?!\s[-–—]\s)[^.;+,]){0,25}?\b(?:suspected|possible|probable|questionable|considered|doubted|vs\.?)\b|^\s*\?|^\s*[-–—,]\s*(?:suspected|possible|probable|questionable|doubt(?:ful|ed)?)\s*(?:[.;,)\n]|$)/i,
    'uncertain',
    'uncertain diagnosis',
  ],
  // "X - resolved" looks back (ConText "now resolved", BACKWARD; "has cleared" says the same), not "X - shock resolved" (another finding's);
  // "resolved orthostasis", "resolved AG" governs the word after it (ConText "resolved", FORWARD); "resolved after / with <treatment>" was treated in
  // this encounter and is coded like any condition addressed; "resolved off <drug>" ended when the drug stopped.
  [
    /^(?![^.;]{0,30}?\s[-–—]\s*(?!(?:now|has|have|is|was|fully|completely|since|all|mostly)\b)[a-z]+\s+(?:resolved|cured|healed)\b)[^.;]{0,30}?\b(?:resolved|cured|healed|(?:has|have) cleared)\b(?!\s+(?:after|with|w\/|on|following|post|once)\b)(?!\s+(?!(?:since|in|by|as|per|now|completely|fully|at|x|on|off|prior|before|last|this|that|and|but|or|for|today|yesterday|hd|pod|day|to|of|so|is)\b)[a-z][a-z'-]*[a-z])/i,
    'resolved',
    'resolved condition',
  ],
  // An item's dash aside ending on its status, after when it was found ("AKI on adm (Cr 1.4) - resolved"), its dates, values and treatment ("C. diff colitis (03/2024) -
  // completed vancomycin, resolved", "AKI - Cr 2.1 -> 1.0, resolved"; ConText "now resolved", BACKWARD): the aside's own last word, not a
  // word of another finding ("CHF - diuresed, edema resolved" names the edema).
  [
    /^(?:\s+(?:on|at)\s+(?:adm\w*|presentation|arrival))?\s*(?:\([^)]*\)\s*)?[-–—]\s*(?:(?:[^.;,()]|\.(?=\d)){0,40},\s*)?(?:now\s+)?(?:resolved|cured|healed)\b(?=\s*(?:[.;,)]|$|\s(?:since|now|completely|in|by|at|on|HD|POD|day)\b))/i,
    'resolved',
    'resolved condition',
  ],
  // A field's value or a dash aside that makes it past ("Tobacco use: former", "Tobacco - quit 2019"): medspaCy HISTORICAL "former", "past",
  // "previous" and "quit" (I.C.21.c.4: a condition that no longer exists is history, Z87.891 for nicotine dependence).
  [/^\s*[:\-–—]\s*(?:former|quit|past|previous|remote|ex-)/i, 'history', 'personal history, not a current condition'],
  // medspaCy HISTORICAL "history" read backward where it follows the condition as its label ("Stroke hx - on ASA",
  // "DVT history, completed anticoagulation"): a past condition (I.C.21.c.4).
  [/^\s*(?:hx|history)\b(?!\s+of\b)/i, 'history', 'personal history, not a current condition'],
  // medspaCy FAMILY trigger words, read backward when a preposition right after the finding ties the relative to it ("premature CAD in father").
  [
    /^\s*(?:\([^)]{0,30}\)\s*)?(?:in|of) (?:(?:his|her|the|their|pt'?s|patient'?s) )?(?:mother|father|mom|dad|parents?|sisters?|brothers?|siblings?|aunts?|uncles?|grand(?:mother|father|parents?)|cousins?)\b/i,
    'family-history',
    "a relative's condition",
  ],
  // medspaCy NEGATED_EXISTENCE, BACKWARD "prophylaxis": "DVT ppx", "GI prophylaxis" name what is prevented;
  // so do the same measures named as safety or precautions ("burn safety", "fall precautions" in guidance), and
  // teaching on what to watch for ("hypoglycemia teaching" with a new sulfonylurea: a risk taught, not an event).
  // After a disease its prophylaxis' shorthand too: "HIV PrEP" (abbr: PrEP, pre-exposure prophylaxis), "Rabies PEP" (CDC: post-exposure prophylaxis).
  [
    /^\s*(?:\w+\s+)?(?:ppx|prophylaxis|prophylactic|prevention|precautions|safety|teaching|PEP|PrEP)\b/i,
    'hypothetical',
    'prevented, not present (prophylaxis)',
  ],
];

/** Resolved with a treatment ("resolved w/ naloxone", "resolved with O2"): given at the visit where the note is written. */
const resolvedWith = String.raw`resolved\s+(?:w\/|with\b|after\b)`;
const treatedNow = new RegExp(String.raw`\b${resolvedWith}`, 'i');
/** An item's dash aside saying it resolved with a treatment ("AKI, prerenal - resolved with IVF (Cr 1.3 -> 0.7)"). */
const resolvedAside = new RegExp(String.raw`^[^.;\n]{0,20}?\s[-–—]\s*${resolvedWith}`, 'i');
/** Management the item still orders or watches for (a plan's verbs: recheck, repeat, continue, monitor, again, rebound). */
const stillManaged = /\b(?:recheck|repeat|continue|cont|monitor\w*|trend|again|rebound|follow|f\/u)\b/i;

/**
 * A test result in a lab's shorthand, without ConText's "was" (NEGATED_EXISTENCE BACKWARD "was negative"), right after
 * what was tested and closing the clause ("RSV/COVID negative.", "COVID-19 PCR neg", "flu swab negative"); not a status
 * naming a kind ("HER2 negative breast cancer"), nor after a culture: a culture-negative infection is still one.
 */
const resultAfter =
  /^\s*(?:(?:rapid|pcr|naat|test(?:ing)?|swab|antigen|ag|serolog(?:y|ies)|titers?|antibod(?:y|ies)|ab)\s+){0,2}(?:negative|neg|non-?reactive)\b(?=\s*(?:[.;,)\n]|$|x\s?\d))/i;
/** A receptor whose status the result is (Tabular Z17 "... receptor negative status"): the tumour's kind, not a test denying it. */
const receptor = /\b(?:ER|PR|HER-?2|receptors?|triple)\b/i;

/**
 * A disease named with its vaccine ("Tetanus booster due - Tdap given", "flu shot") is what is prevented:
 * I.C.21.c.2 codes the visit Z23 (Index: Vaccination, encounter for), not the disease. One named with the
 * patient's immunity to it ("rubella immune", "varicella non-immune") is a serology result, not the
 * disease either; one said "up to date" or "updated" ("Tetanus: up to date, no booster needed", "Tetanus updated"; CDC's term for a
 * patient who has had every recommended dose) is the vaccination status; one followed by a dose and route
 * ("Influenza (Fluarix) 0.5 mL IM R deltoid") is the vaccine given. Kept out of `after` because governed.ts reads those cues anywhere, and
 * "Immunizations" alone names the visit.
 */
const vaccineAfter =
  /^\s*(?:\w+\s+)?(?:booster|vaccines?|vaccinations?|immunizations?|shots?|toxoid|immunoglobulin|series)\b|^[\s:]*(?:non-?)?immun(?:e|ity)\b|^[\s:]*(?:up[- ]to[- ]date|UTD|updated)\b|^\s*(?:\([^)]*\)\s*)?#?\d*,?\s*\d+(?:\.\d+)?\s*mL\s+(?:IM|SC|SQ|ID|intramuscular\w*|subcut\w*|intradermal\w*)\b/i;

/**
 * A condition named with its screening ("Retinopathy screen: no DR", "depression screening",
 * with the virus's letter between: "hepatitis C screening") is what
 * the test looks for in a seemingly well person (I.C.21.c.5), not a finding of this visit. Kept out
 * of `after` like the vaccines: "Screening colonoscopy w/ 2 polyps" governs no word before it.
 */
const screenAfter = /^\s*(?:\w+\s+)?screen(?:ing|ed)?\b/i;

/**
 * A condition named by the laboratory test for it ("check hepatitis B serologies", "HBV surface antibody",
 * "Lyme titers") is what the test looks for (ConText HYPOTHETICAL "test for", medspaCy "screen for"): an
 * ordered test reports the reason it was ordered, not its target, until a result says so (IV.H, IV.K).
 * A positive or reactive result, or a measured load ("HCV RNA 1.2 million IU/mL"), is the finding.
 */
const testAfter =
  /^\s*(?:virus\s+)?(?:serolog(?:y|ies)|antibod(?:y|ies)|titers?|surface (?:antigen|antibody)|core antibody|s(?:Ag|Ab)|IgG|IgM)\b(?![^.;,\n]{0,30}\b(?:positive|pos|reactive|detected)\b)/i;

/**
 * A doubt about a cause, set off by commas after the condition it explains ("PVCs, likely from the
 * RVOT, ... and essential hypertension"): it qualifies that cause, not the conditions listed after it.
 */
const doubtedCause = /,\s*(?:likely|probably|possibly|presumably|suspected)\s+(?:from|due to|secondary to|related to|d\/t|2\/2|caused by)\b[^,;]*,/gi;

/**
 * Where a cue's scope ends: clause punctuation, and medspaCy's TERMINATE triggers ("but", "however",
 * "although", "except"; HISTORICAL "present(s|ing)", "comes in with": "history of asthma, presents
 * with wheezing" has a current wheeze); a complication named as present ("s/p endoscopic hemostasis,
 * complicated by acute blood loss anemia": the anemia is current), and a condition joined as new or
 * as now present ("CAD s/p DES w/ new stable angina", "h/o DVT, now with PE": ConText's HISTORICAL
 * scope ends where the present illness begins, as at "presents"); a finding joined after a comma by
 * "with" ("Acute ischemic stroke, s/p IV tPA at OSH, with R hemiparesis": the deficit is current).
 */
const guidanceLine = /^\W*anticipatory guidance\b/i;
/** A line's label ending in ":" that names one of `words`, read up to the finding within the label's sentence. */
const labelled = (words: string) => new RegExp(String.raw`\b(?:${words})\b[^:\n]*:(?:(?!\.\s)[^\n])*$`, 'i');
/**
 * A line labelled with the vaccines given ("Vaccines today (VIS given): MMR, varicella, hep A #1") lists what is
 * prevented (I.C.21.c.2: the visit is Z23), not diseases found; the label governs each item up to the sentence's end.
 */
const vaccineLine = labelled('vaccines?|vaccinations?|immunizations?|imms');
/** A line labelled with a screening ("STI screening: GC/CT urine NAAT, HIV ordered") lists what is looked for (I.C.21.c.5), not findings. */
const screeningLine = labelled('screen(?:ing)?');
/**
 * A disease as a line's label whose line weighs its exposure prophylaxis ("Rabies: provoked bite by a vaccinated,
 * known dog -> no PEP indicated", "HIV: PrEP refilled"): the label names the risk assessed (CDC post- and
 * pre-exposure prophylaxis; ConText HYPOTHETICAL), as "Rabies PEP" does after the disease.
 */
const exposureLabel = /^\s*:[^\n]*\b(?:PEP|PrEP|post-?exposure|pre-?exposure)\b/i;
/** A screening's result that found something ("PHQ-9 positive, major depression"): the finding is the visit's. */
const screenFound = /\b(?:positive|pos|reactive|detected|found|diagnosed)\b|\(\+\)/i;

const clauseBreak =
  /[;:]|\bbut\b|\bhowever\b|\balthough\b|\bexcept\b|\bpresent(?:s|ed|ing)?\b|\b(?:comes|came) in with\b|\bcomplicated by\b|\b(?:with|w\/|and|now with) new(?:ly)?\b|\bnow with\b|,\s*(?:with|w\/)\s|\s[-–—]\s|\.\s/gi;

/**
 * Context of a finding with the scope a coder reads: a cue counts only inside the finding's own
 * clause, so in "no chest pain but reports fever" the fever is affirmed.
 */
export function assess(text: string, segStart: number, start: number, end: number, section: SectionKind, setting: Setting): Assessment {
  if (section === 'fhx') return { status: 'family-history', why: 'documented in the family history' };
  const pre = text.slice(segStart, start);
  let cut = 0;
  for (const m of pre.matchAll(clauseBreak)) cut = m.index + m[0].length;
  // A closed aside before the finding keeps its cues to itself ("Parkinson's disease (no dyskinesias) admitted with
  // acute cystitis": the cystitis is not denied); ConText scopes a cue to its own phrase.
  const clause = pre.slice(cut).replace(/\([^()]*\)/g, ' ');
  // A line of anticipatory guidance (AAP Bright Futures) lists topics to prepare for or prevent ("Anticipatory guidance:
  // driving safety, sleep, screen time"), not conditions found.
  const lineBefore = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  if (guidanceLine.test(lineBefore)) return { status: 'hypothetical', why: 'anticipatory guidance topic' };
  if (vaccineLine.test(lineBefore)) return { status: 'hypothetical', why: 'prevented, not present (vaccination)' };
  const lineEnd = text.indexOf('\n', start);
  const restOfLine = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  if (screeningLine.test(lineBefore) && !screenFound.test(lineBefore + text.slice(start, end) + restOfLine))
    return { status: 'hypothetical', why: 'screened for, not a finding (I.C.21.c.5)' };
  const rest = text.slice(end, Math.min(text.length, end + 60));
  // A period after a lone capital is an initial ("E. coli"), not a sentence end.
  const restClause = rest.split(/[;\n]|(?<!\b[A-Z])\.\s|\bbut\b/)[0] ?? '';
  for (const [re, status, why] of before) {
    if (!re.test(status === 'uncertain' ? clause.replace(doubtedCause, ',') : clause)) continue;
    if (status === 'uncertain' && setting === 'inpatient-progress') continue;
    return { status, why };
  }
  for (const [re, status, why] of after) {
    if (!re.test(restClause)) continue;
    if (status === 'uncertain' && setting === 'inpatient-progress') continue;
    // In the ED or urgent care, "resolved w/ naloxone" was treated at this visit: the condition is the visit's.
    if (status === 'resolved' && (setting === 'ed' || setting === 'urgent-care') && treatedNow.test(restClause)) continue;
    return { status, why };
  }
  // In a hospital progress note "X - resolved with IVF" was treated earlier in the stay: no longer a problem today.
  // One still managed in its item ("resolved after Lokelma; recheck AM") is addressed today and coded.
  if (setting === 'inpatient-progress' && resolvedAside.test(restClause) && !stillManaged.test(restOfLine))
    return { status: 'resolved', why: 'resolved earlier in the stay' };
  if (exposureLabel.test(restOfLine)) return { status: 'hypothetical', why: 'exposure prophylaxis weighed, not present' };
  if (vaccineAfter.test(restClause)) return { status: 'hypothetical', why: 'prevented, not present (vaccination)' };
  if (screenAfter.test(restClause)) return { status: 'hypothetical', why: 'screened for, not a finding (I.C.21.c.5)' };
  if (testAfter.test(restClause)) return { status: 'hypothetical', why: 'the target of a laboratory test, not a finding' };
  if (resultAfter.test(restClause) && !receptor.test(text.slice(start, end))) return { status: 'negated', why: 'negated after the finding' };
  return { status: 'affirmed', why: 'affirmed' };
}
