import { assess } from '../context/assess.ts';
import { plannedOnly } from '../context/planned.ts';
import { sectionAt } from '../note/sections.ts';
import { addFinding, cite, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'status-codes',
  section: 'I.C.21.c.3 (status Z codes), I.C.21.c.4 (history Z codes), I.C.2.o (estrogen receptor status)',
  decides: 'Adds the status and history Z codes read anywhere in the note, including the past-history sections.',
};

/**
 * Index: Transplant(ed) (status), <organ> Z94.0-Z94.84: an organ received, named with its organ
 * ("Renal transplant 2014", "s/p liver transplant"); not the team, clinic or candidacy of one.
 */
function transplanted(): [RegExp, string, string][] {
  const organs: [string, string][] = [
    ['kidney|renal', 'Z94.0'],
    ['heart|cardiac', 'Z94.1'],
    ['lung', 'Z94.2'],
    ['liver|hepatic', 'Z94.4'],
    ['cornea|corneal', 'Z94.7'],
    ['bone marrow', 'Z94.81'],
    ['pancreas|pancreatic', 'Z94.83'],
  ];
  const notReceived =
    '(?!\\s+(?:team|clinic|nephrology|hepatology|surgery|surgeon|coordinator|center|program|evaluation|eval|work-?up|list|candidate|candidacy|referral))';
  return organs.map(([words, code]) => [
    new RegExp(`\\b(?:${words})\\s+transplant(?:ed|ation)?\\b${notReceived}|\\btransplant(?:ed)?\\s+(?:${words})\\b${notReceived}`, 'gi'),
    code,
    'transplanted organ status (I.C.21.c.3; Index: Transplant(ed), by organ)',
  ]);
}

/**
 * Status and history Z codes read anywhere in the note (I.C.21.c.3 status, I.C.21.c.4 history):
 * they describe the patient, not the visit's problem, so the past-history sections count too.
 */
const statusTerms: [RegExp, string, string][] = [
  [
    /\b(?:former|ex-?|previous|past)\s*smoker\b|\bquit (?:smoking|tobacco|cigarettes)\b|\bh\/o nicotine dependence|\b(?:history of|hx of|h\/o) (?:smoking|tobacco(?: use)?|cigarette (?:use|smoking)|nicotine dependence)\b/gi,
    'Z87.891',
    'personal history of nicotine dependence (I.C.21.c.4)',
  ],
  [/\b(?:s\/p|status post|h\/o|history of)\s+CABG\b/gi, 'Z95.1', 'aortocoronary bypass graft status (I.C.21.c.3)'],
  [/\b(?:s\/p|status post)\s+(?:radical\s+)?prostatectomy\b/gi, 'Z90.79', 'acquired absence of genital organ (I.C.21.c.3)'],
  [
    /\b(?:h\/o|hx of|history of|remote h\/o|prior)\s+(?:\w+\s+){0,3}?(?:DVT|deep vein thrombosis)\b/gi,
    'Z86.718',
    'personal history of venous thrombosis (I.C.21.c.4)',
  ],
  [/\b(?:h\/o|hx of|history of|prior)\s+(?:\w+\s+){0,2}?(?:PE|pulmonary embol\w*)\b/g, 'Z86.711', 'personal history of pulmonary embolism (I.C.21.c.4)'],
  // Tabular Z97.4 "Presence of external hearing-aid": aids the patient wears or uses ("wears bilateral hearing aids",
  // "hearing aid use"), not aids named as a measure, a list item or a plan ("glasses/hearing aids" in delirium
  // precautions, "hearing aid eval w/ audiology").
  [
    /\b(?:wears?|wearing|uses?|using)\b[^.;\n]{0,30}\bhearing[- ]aids?\b|\bhearing[- ]aids?\b(?:\s+use\b|[^.;\n]{0,15}\bwears?\b)/gi,
    'Z97.4',
    'presence of external hearing aid (I.C.21.c.3)',
  ],
  // Index: Dependence, on, oxygen (long-term) (supplemental) Z99.81.
  [/\b(?:home|long-term|supplemental|continuous) (?:O2|oxygen)\b/gi, 'Z99.81', 'dependence on supplemental oxygen (I.C.21.c.3)'],
  // Index: Presence, cardiac pacemaker Z95.0: a device in place, not one planned or evaluated for.
  [
    /\b(?:has an?|with an?|(?:dual|single)[- ]chamber|permanent|existing|s\/p|status post|presence of(?: an?)?) (?:\w+ )?pacemaker\b|\bpacemaker (?:in place|in situ|present|dependent)\b/gi,
    'Z95.0',
    'presence of cardiac pacemaker (I.C.21.c.3)',
  ],
  // Capitals only: the medical-abbreviations list has "PPM, permanent pacemaker" and "ppm, parts per million" ("CO 310 ppm").
  [/\bPPM\b/g, 'Z95.0', 'presence of cardiac pacemaker (I.C.21.c.3; abbr: PPM)'],
  // Index: Presence, heart valve implant (functional) (prosthetic) Z95.2, xenogenic Z95.3: a valve of the heart
  // (mitral, aortic, tricuspid, pulmonary) named as a mechanical or animal-tissue prosthesis, or "valve replacement" done.
  [
    /\b(?:mechanical|prosthetic|metallic)\s+(?:(?:mitral|aortic|tricuspid|pulmonary|pulmonic|heart)\s+)?valve\b|\b(?:s\/p|status post)\s+(?:mitral|aortic|tricuspid|pulmonary|pulmonic)\s+valve\s+replacement\b(?![^.;\n]{0,30}\b(?:bioprosthe|porcine|bovine|tissue))/gi,
    'Z95.2',
    'presence of prosthetic heart valve (I.C.21.c.3)',
  ],
  [
    /\b(?:bioprosthetic|porcine|bovine|tissue)\s+(?:(?:mitral|aortic|tricuspid|pulmonary|pulmonic|heart)\s+)?valve\b/gi,
    'Z95.3',
    'presence of xenogenic heart valve (I.C.21.c.3)',
  ],
  [/\b(?:history of|h\/o|hx of) falls?\b|\brecurrent falls\b/gi, 'Z91.81', 'history of falling (I.C.21.c.4)'],
  // Index (FY2022+): History, personal (of), suicidal behavior Z91.51 (Tabular Z91.51 "Personal history of suicidal
  // behavior"; FY2021 "self-harm"); an attempt told as past ("prior", "h/o", "hx of"), not the one of this visit.
  [
    /\b(?:h\/o|hx of|history of|prior|previous|past|remote)\s+(?:\w+\s+){0,2}?(?:suicide attempts?|suicidal attempts?|attempted suicide|suicidal behaviou?r)\b/gi,
    'Z91.51',
    'personal history of suicidal behavior (I.C.21.c.4)',
  ],
  // Index: History, personal (of), irradiation Z92.3 (radiation therapy); not an exposure (Excludes1 Z57.1, Z77.12).
  [
    /\b(?:h\/o|hx of|history of|prior|previous|remote|past)\s+(?:[\w-]+\s+){0,2}?(?:radiation|XRT|radiotherapy|irradiation)\b(?!\s+exposure)|\b(?:radiation|XRT|radiotherapy|irradiation) (?:hx|history)\b/gi,
    'Z92.3',
    'personal history of irradiation (I.C.21.c.4)',
  ],
  // Index: Passive, smoking Z77.22; Smoking, passive; Exposure, second hand tobacco smoke / environmental tobacco
  // smoke Z77.22: the Index's words with "smoke" for "smoking" ("passive smoke exposure", "secondhand smoke").
  [
    /\b(?:passive|second[- ]?hand|environmental(?: tobacco)?) (?:tobacco )?smok(?:e|ing)(?: exposure)?\b|\bexpos(?:ed|ure) to (?:second[- ]?hand |passive |environmental )?(?:tobacco |cigarette )?smoke\b/gi,
    'Z77.22',
    'contact with and exposure to environmental tobacco smoke (I.C.21.c.1: contact/exposure)',
  ],
  ...transplanted(),
  [/\bER[- ]?(?:positive|\+|pos)\b|\bestrogen receptor positive\b/gi, 'Z17.0', 'estrogen receptor status, the use-additional code of breast cancer (I.C.2.o)'],
];

/**
 * A heading written inline after another on the same line ("FHx: father MI. SH: ex-smoker"): the
 * patient's own social or past history (medspaCy section_patterns social_history "SH:", "Social
 * History:", past_medical_history "PMH:", "PMHx:", "PSH:") starts there, not the family history.
 */
const inlineHeading = /(?:^|[.;]\s+|\s{2,})(SH|Social History|PMHx?|PSH|FHx?|Family History)\s*:/gi;
function inlineSocial(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const last = [...before.matchAll(inlineHeading)].at(-1)?.[1];
  return !!last && !/^F/i.test(last);
}

export const statusCodes: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const [re, code, why] of statusTerms) {
    for (const m of text.matchAll(re)) {
      const sec = sectionAt(ctx.sections, m.index);
      const kind = inlineSocial(text, m.index) ? 'shx' : (sec?.kind ?? 'preamble');
      if (kind === 'fhx' || kind === 'ros' || kind === 'allergies') continue;
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const ctxStatus = assess(text, lineStart, m.index, m.index + m[0].length, kind, ctx.doc.setting);
      if (ctxStatus.status === 'family-history' || ctxStatus.status === 'negated') continue;
      // I.C.21.c.3: a device planned or conditional ("plan pacemaker tomorrow if persists") is not present.
      if (plannedOnly(text, m.index, m.index + m[0].length)) continue;
      if (code === 'Z17.0' && !/C50\./.test(ctx.findings.map((f) => f.code).join(' '))) continue;
      addFinding(ctx, code, { start: m.index, end: m.index + m[0].length, order: 1000 + m.index, section: kind }, cite(why), 6);
      break;
    }
  }
};
