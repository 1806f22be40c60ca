import { type Cue, emergencySurgery, findCues, type Hit, quote } from './cue.ts';
import type { Graded } from './problems.ts';

/**
 * Risk of complications and/or morbidity or mortality of patient management (AMA CPT 2021 office /
 * 2023 other-setting E/M guidelines, MDM table column 3), graded 1 (minimal) .. 4 (high).
 */
const AMA = 'AMA CPT E/M guidelines (2021 office, 2023 other settings), MDM risk:';

/** Decision regarding hospitalization or escalation of hospital-level care (high). */
export const hospitalizationCues: Cue[] = [
  {
    label: 'decision regarding hospitalization or observation',
    re: /\b(?:admit(?!ted\b)|admission|hospitali[sz](?:e|ation)|(?:obs|observation) (?:admission|status|unit|stay|bed|overnight)|overnight (?:obs|observation)|(?:admit|admission) (?:to|for) (?:obs|observation)|direct admission)\b/i,
    source: `${AMA} high, decision regarding hospitalization or escalation of hospital-level care`,
  },
  {
    label: 'decision regarding hospitalization or observation',
    re: /\b(?:admitted|admit) to (?:the )?(?:hospital(?:ist)?|medicine|(?:medical|surgical|cardiology|\w+) service|ICU|MICU|CCU|floor|telemetry|tele|step-?down|obs(?:ervation)?|inpatient)\b/i,
    source: `${AMA} high, decision regarding hospitalization (the disposition of this encounter)`,
  },
  {
    label: 'decision regarding escalation of hospital-level care',
    re: /\b(?:escalat\w* (?:of|in) care|escalat\w* to (?:the )?(?:ICU|MICU|CCU|step-?down|higher level)|(?:transfer|upgrade)\w* to (?:the )?(?:ICU|MICU|CCU|step-?down|higher level of care|tertiary)|ICU (?:transfer|admission|evaluation|consult))\b/i,
    source: `${AMA} high, decision regarding hospitalization or escalation of hospital-level care`,
  },
  {
    label: 'decision regarding escalation of care (sent to the emergency department)',
    re: /\b(?:transfer\w*|sen[dt]|transport\w*)\b[^.\n]{0,30}?\bto (?:the )?(?:[\w']+ )?(?:ED|ER|emergency (?:department|room))\b/i,
    source: `${AMA} high, decision regarding hospitalization or escalation of hospital-level care: an office or urgent-care patient sent to the emergency department`,
  },
];
/**
 * A hospitalization decided against at this encounter ("COPD exacerbation - not requiring admission",
 * "admission not indicated", "declines admission"): AMA, risk "includes MDM related to the need to
 * initiate or forego further testing, treatment, and/or hospitalization". Read where a negation would
 * otherwise hide the cue.
 */
export const forgoneHospitalizationCues: Cue[] = [
  {
    label: 'decision regarding hospitalization (forgone)',
    re: /\b(?:(?:not|no) (?:requiring|require[sd]?|need(?:ing|ed|s)?|needs|warrant(?:ing|s)?|indicat\w*)(?: an?)? (?:admission|hospitali[sz]ation|to be admitted)|(?:does|did) not (?:require|need|warrant)(?: an?)? (?:admission|hospitali[sz]ation)|(?:admission|hospitali[sz]ation) (?:is |was )?(?:not (?:needed|necessary|required|indicated|warranted)|deferred|declined|offered)|declin(?:es|ed|ing) (?:admission|hospitali[sz]ation)|no need for (?:admission|hospitali[sz]ation)|(?:safe|appropriate) for (?:outpatient|home) (?:management|treatment|care)(?: rather than admission)?|will not (?:be )?admit(?:ted)?|(?:discussed|considered|weighed) (?:hospital )?(?:admission|hospitali[sz]ation)\b[^.\n]{0,80}\boutpatient|treat(?:ed|ing)? as (?:an )?outpatient rather than)\b/i,
    source: `${AMA} high, decision regarding hospitalization ("the need to initiate or forego ... hospitalization")`,
  },
];

/** An admission named as history, not decided now ("admitted 10/24", "on admission", "since admission"). */
const pastAdmission =
  /(?:\b(?:was|were|on|since|prior|previous|recent|last|after|at|per|during|from|psych|hospital)\s+$)|^(?:admission|admit)\w*\s+(?:\d|dx|diagnosis|orders?|H&P|labs?|weight|note)/i;

export const intensiveMonitoringCues: Cue[] = [
  {
    label: 'drug therapy requiring intensive monitoring for toxicity',
    re: /\b(?:intensive monitoring|monitor(?:ing)? for (?:\w+ )?(?:toxicity|cytopenias?)|toxicity monitoring|(?:vancomycin|aminoglycoside|gentamicin|tobramycin) (?:trough|level|AUC|dosing)|AUC[- ](?:dosing|guided|based)|troughs?|OPAT (?:labs|monitoring))\b/i,
    source: `${AMA} high, drug therapy requiring intensive monitoring for toxicity (definition: monitoring for adverse effects, not efficacy)`,
  },
  {
    // A vasoactive infusion titrated to a blood-pressure target is monitored by a physiologic test (arterial
    // pressure), which the AMA definition admits beside laboratory tests and imaging.
    label: 'drug therapy requiring intensive monitoring for toxicity',
    re: /\b(?:norepi(?:nephrine)?|levophed|vasopressin|phenylephrine|epinephrine (?:drip|gtt|infusion)|dopamine|dobutamine|(?:vaso)?pressors?)\b[^.\n]{0,30}\b(?:titrat\w*|wean\w*)\b|\b(?:titrat\w*|wean\w*) (?:off )?(?:the )?(?:norepi(?:nephrine)?|levophed|vasopressin|phenylephrine|(?:vaso)?pressors?)\b/i,
    source: `${AMA} high, drug therapy requiring intensive monitoring for toxicity ("monitoring may be performed with a lab test, a physiologic test or imaging"): a vasoactive infusion titrated to arterial pressure`,
  },
];
/**
 * Agents whose toxicity is monitored by laboratory testing (AMA example: cytopenias with antineoplastic agents), paired on
 * a line with scheduled labs: a heparin (UFH, unfractionated heparin) or direct thrombin inhibitor infusion by anti-Xa or aPTT,
 * a dextrose infusion for sulfonylurea hypoglycemia by hourly glucose.
 */
const toxicAgents =
  /\b(?:chemo\w*|antineoplastic|methotrexate|vancomycin|gentamicin|tobramycin|amikacin|aminoglycoside|lithium|NAC|acetylcysteine|(?:heparin|UFH) (?:drip|infusion|gtt)|(?:argatroban|bivalirudin) (?:drip|infusion|gtt)|insulin (?:drip|infusion|gtt)|(?:D10|D20|dextrose) (?:drip|infusion|gtt)|amiodarone load\w*|IV diure\w*|(?:furosemide|bumetanide) (?:drip|gtt|IV)|\w+mab\b|\w+tinib\b|\w+platin\b|\w+taxel\b)/i;
/** A therapy ended at this encounter ("Stop IV furosemide; start PO torsemide") is no longer monitored for toxicity. */
const stoppedBefore = /\b(?:stop(?:ped)?|discontinu\w*|d\/c|held|hold|off)\s+(?:the\s+)?$/i;
const scheduledLabs =
  /\b(?:CBC|CMP|BMP|LFTs?|labs|K|Mg|INR|a?PTT|anti-Xa|creatinine|Cr|levels?|(?:POC |fingerstick )?glucose|BG)\b[^.\n]{0,30}\b(?:q\s?\d+(?:-\d+)?\s?(?:h|hr|hrs|hours|d|days?|wk|wks|weeks?)|weekly|daily|every \d+ (?:hours|days|weeks))\b|\b(?:weekly|daily|serial) (?:labs|CBC|CMP|BMP|LFTs?)\b|\btrend\w* (?:LFTs?|levels?|labs)/i;

/**
 * A code status recorded under its label ("Code: DNR/DNI confirmed w/ pt"), not decided: the AMA's high risk
 * is the decision regarding DNR or de-escalation of care made at this encounter because of poor prognosis.
 */
function codeStatusOnly(plan: string, at: number): boolean {
  const line = plan.slice(plan.lastIndexOf('\n', at - 1) + 1, at);
  return /\bcode(?: status)?\s*:\s*(?:\w+\/)?$/i.test(line);
}

export const endOfLifeCues: Cue[] = [
  {
    label: 'decision regarding DNR or de-escalation of care',
    re: /\b(?:DNR|DNI|do not resuscitate|comfort (?:care|measures)|hospice|de-?escalat\w* (?:of |in )?(?:care|treatment|to comfort)|withdraw\w* (?:of )?care)\b/i,
    source: `${AMA} high, decision regarding do not resuscitate or de-escalation of care because of poor prognosis`,
  },
];

export const parenteralControlledCues: Cue[] = [
  {
    label: 'parenteral controlled substance',
    re: /\b(?:morphine|hydromorphone|fentanyl|ketamine|lorazepam|midazolam|diazepam|meperidine)\b[^.\n]{0,25}\b(?:IV|IM|intravenous\w*|PCA)\b|\b(?:IV|IM)\s+(?:morphine|hydromorphone|fentanyl|ketamine|lorazepam|midazolam|diazepam)\b/i,
    source: `${AMA} high, parenteral controlled substances (AMA example); drugs from the DEA controlled substance schedules`,
  },
];

export const emergencySurgeryCues: Cue[] = emergencySurgery.map((re) => ({
  label: 'decision regarding emergency major surgery',
  re,
  source: `${AMA} high, decision regarding emergency major surgery`,
}));

export const surgeryDecisionCues: Cue[] = [
  // The nearest operation word ends the cue: a later one ("...; surgical risk ...") would carry the cue past its clause.
  {
    label: 'decision regarding surgery',
    re: /\b(?:decision|discuss\w*|candidate|consider\w*|plan(?:ned)?|schedul\w*|refer\w*|consent\w*|proceed|recommend\w*)\b[^.\n]{0,40}?\b(?:surgery|surgical|operative|arthroplasty|arthroscop\w*|fusion|laminectomy|\w+ectomy|pacemaker|PPM|ICD implant\w*|valve (?:replacement|repair|procedure)|TAVR|PCI|CABG|ablation|percutaneous)\b/i,
    source: `${AMA} moderate, decision regarding elective major surgery without identified risk factors / minor surgery with risk factors`,
  },
  {
    // The operation named first, the decision after it ("wants L THA, will schedule"; abbr: THA, TKA, THR, TKR, ACDF).
    label: 'decision regarding surgery',
    re: /\b(?:arthroplasty|THA|TKA|THR|TKR|ACDF|\w+ectomy|CABG|TAVR)\b[^.;\n]{0,25}?\b(?:will schedule|to be scheduled|scheduled for|consent(?:ed|s)? (?:obtained|signed)|planned|agrees to proceed)\b/i,
    source: `${AMA} moderate, decision regarding elective major surgery without identified risk factors / minor surgery with risk factors`,
  },
];

/**
 * Patient or procedure risk factors the note identifies for the operation it decides on ("Surgical risk increased by
 * obesity and diabetes", "high-risk candidate", "ASA III"): with them an elective major surgery decision is high risk.
 */
const identifiedSurgicalRisk =
  /\b(?:(?:surgical|operative|perioperative|peri-operative|anesthe\w*|procedur\w*|cardiac) risks?\b[^.\n]{0,30}\b(?:increased|elevated|high|higher|given|due to|because of|from)\b|(?:increased|elevated|high|higher) (?:surgical |operative |perioperative |cardiac )?risk\b|high[- ]risk (?:surgical )?(?:candidate|patient)|risk factors?\b|ASA (?:class )?(?:III|IV|3|4)\b)/i;

/** The plan's lines that decide on surgery and name its identified risk factors (AMA high risk). */
function surgeryWithRiskFactors(plan: string, planOffset: number): Hit[] {
  const out: Hit[] = [];
  for (const line of plan.matchAll(/[^\n]+/g)) {
    if (!identifiedSurgicalRisk.test(line[0])) continue;
    for (const h of findCues(line[0], surgeryDecisionCues, { offset: planOffset + line.index }))
      out.push({ ...h, label: 'decision regarding elective major surgery with identified patient or procedure risk factors' });
  }
  return out;
}

export const sdohCues: Cue[] = [
  {
    label: 'diagnosis or treatment significantly limited by social determinants of health',
    re: /\b(?:(?:cannot|can't|unable to) afford|cost(?:s)? (?:barrier|concern\w*|prohibitive)|uninsured|no (?:health )?insurance|lacks? (?:insurance|transportation|housing|stable housing)|homeless\w*|housing (?:insecurity|instability)|food insecurity|transportation (?:barrier|issues?|problems?)|financial (?:barriers?|constraints?|hardship|strain))\b/i,
    source: `${AMA} moderate, diagnosis or treatment significantly limited by social determinants of health`,
  },
];

/** Prescription drug management: a dose or a drug named by a USAN stem, with a prescribing verb or a regimen. */
export const prescriptionCues: Cue[] = [
  {
    label: 'prescription drug management',
    re: /\b[A-Za-z][\w-]{2,}(?: [A-Za-z][\w-]+)?\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?|u|mEq)\b(?!\/(?:kg|m2))|\b[A-Za-z][\w-]+\s+\d+(?:\.\d+)?\s*mg\/kg\b/,
    // "u" for units: the Joint Commission's "Do Not Use" list names it as an abbreviation prescribers write (insulin doses).
    source: `${AMA} moderate, prescription drug management (a drug with its dose)`,
  },
  {
    label: 'prescription drug management',
    re: /\b(?:Rx|prescri\w*|e-?prescribed|refill\w*|titrat\w*)\b/i,
    source: `${AMA} moderate, prescription drug management (prescribing, renewing or adjusting)`,
  },
  {
    // "Increase methylphenidate ER to 36 mg", "decrease apixaban to 2.5 mg": a drug's dose changed, its form between.
    label: 'prescription drug management',
    re: /\b(?:increas|decreas|reduc|chang|adjust|lower|rais)(?:e|ed|ing)?\s+(?:the\s+)?[A-Za-z][\w/-]+(?:\s+[A-Za-z][\w-]*){0,2}\s+to\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?|u)\b/i,
    source: `${AMA} moderate, prescription drug management (a dose changed)`,
  },
  {
    label: 'prescription drug management',
    re: /\b[A-Za-z][\w-]{2,}\s+\d+(?:\.\d+)?\s*(?:->|→|to)\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?|u)\b/,
    source: `${AMA} moderate, prescription drug management (a dose changed: "levothyroxine 137 -> 125 mcg")`,
  },
  {
    label: 'prescription drug management',
    re: /\b\w+(?:pril|sartan|olol|alol|dilol|statin|dipine|semide|thiazide|gliptin|gliflozin|glutide|formin|parin|xaban|gatran|cillin|mycin|floxacin|cycline|cef\w+|azole|prazole|tidine|sone|olone|triptan|azepam|zolam|oxetine|aline|ipramine|apine|idone|etine|pine|mab|tinib|vir|prost|lukast|afil|tropium|terol|dronate|setron|osin|icline|coxib|glinide|glitazone|grel|platin|rubicin|taxel|imus)\b|\bgli\w*ide\b/i,
    // Prefix stems too: gli- (antihyperglycemics: glipizide, glimepiride, gliclazide).
    source: 'USAN Council stem list (drug classes by stem), evidencing AMA MDM risk moderate: prescription drug management',
  },
  {
    // Prescription-only drugs no USAN class stem names, from the ISMP List of High-Alert Medications (community/ambulatory):
    // warfarin, insulin, digoxin, lithium, methotrexate, carbamazepine; held, continued or adjusted they are managed.
    label: 'prescription drug management',
    re: /\b(?:warfarin|coumadin|insulin|digoxin|lithium|methotrexate|carbamazepine)\b/i,
    source: 'ISMP List of High-Alert Medications in Community/Ambulatory Care, evidencing AMA MDM risk moderate: prescription drug management',
  },
];
/** Over-the-counter drugs (FDA OTC monograph ingredients) are low risk, not prescription management. */
export const otcCues: Cue[] = [
  {
    label: 'over-the-counter drug',
    re: /\b(?:OTC|over[- ]the[- ]counter|acetaminophen|tylenol|ibuprofen|motrin|advil|cetirizine|loratadine|fexofenadine|guaifenesin|dextromethorphan|docusate|senna|polyethylene glycol|PEG|miralax|calcium carbonate|loperamide|saline|hydrocortisone 1\s?%|clotrimazole|miconazole|melatonin|multivitamin|MVI|lozenges?|honey)\b/i,
    source: `FDA OTC drug monographs; ${AMA} low, over-the-counter drugs`,
  },
];

const names = ['minimal', 'low', 'moderate', 'high'];

/** Clauses of the plan (a line, or a sentence or ";" part of it). */
function clauses(text: string, offset: number): { text: string; start: number }[] {
  return [...text.matchAll(/[^\n;.,]+(?:[.,](?=\d)[^\n;.,]*)*/g)].map((m) => ({ text: m[0], start: offset + m.index }));
}

/** The parts of the note where management is decided (assessment, plan, MDM, course), with their offsets. */
export interface RiskInput {
  parts: { text: string; offset: number }[];
  setting: string;
  /** The hospital admission's own note: its decision to admit is made at this encounter. */
  admission?: boolean;
}

export function gradeRisk(input: RiskInput): Graded {
  // Within a stay the admission was decided before, unless this is the admission's own note.
  const withinStay = input.setting === 'inpatient-progress' && !input.admission;
  const graded = input.parts.map((p) => gradePart(p.text, p.offset, withinStay, input.setting === 'inpatient-progress'));
  const best = graded.reduce<Graded | undefined>((a, g) => (!a || g.level > a.level || (g.level === a.level && !a.evidence.length) ? g : a), undefined);
  return best ?? { level: 2, why: 'risk: low (no management documented)', evidence: [] };
}

function gradePart(plan: string, planOffset: number, withinStay: boolean, hospital: boolean): Graded {
  const at = { offset: planOffset };
  const high: Hit[] = [];
  const admit = findCues(plan, withinStay ? hospitalizationCues.slice(2) : hospitalizationCues, at).filter(
    (h) =>
      !pastAdmission.test(plan.slice(Math.max(0, h.start - planOffset - 12), h.start - planOffset)) &&
      !pastAdmission.test(plan.slice(h.start - planOffset, h.start - planOffset + 25)),
  );
  // A decision against admission is made at an encounter that could admit: not within a hospital stay.
  const forgone = hospital ? [] : findCues(plan, forgoneHospitalizationCues, { ...at, negation: false });
  high.push(
    ...admit,
    ...forgone,
    ...findCues(plan, intensiveMonitoringCues, at),
    ...findCues(plan, endOfLifeCues, { ...at, negation: false }).filter((h) => !codeStatusOnly(plan, h.start - planOffset)),
    ...findCues(plan, parenteralControlledCues, at),
    ...findCues(plan, emergencySurgeryCues, at),
    ...surgeryWithRiskFactors(plan, planOffset),
  );
  for (const line of plan.matchAll(/[^\n]+/g)) {
    const drug = toxicAgents.exec(line[0]);
    if (drug && scheduledLabs.test(line[0]) && !stoppedBefore.test(line[0].slice(0, drug.index)))
      high.push({
        label: 'drug therapy requiring intensive monitoring for toxicity',
        start: planOffset + line.index + drug.index,
        end: planOffset + line.index + drug.index + drug[0].length,
        text: drug[0],
      });
  }
  if (high.length) return { level: 4, why: `risk: high (${high[0]!.label}: ${high.slice(0, 2).map(quote).join(', ')})`, evidence: high };
  const moderate: Hit[] = [];
  const rxAll = findCues(plan, prescriptionCues, at);
  const otcAll = findCues(plan, otcCues, { ...at, negation: false });
  for (const c of clauses(plan, planOffset)) {
    const within = (h: Hit) => h.start >= c.start && h.start < c.start + c.text.length;
    const rx = rxAll.filter(within);
    if (rx.length && !otcAll.some(within)) moderate.push(rx[0]!);
    else if (rx.some((h) => /\bRx\b|prescri/i.test(h.text))) moderate.push(rx[0]!);
  }
  moderate.push(...findCues(plan, surgeryDecisionCues, at), ...findCues(plan, sdohCues, at));
  if (moderate.length) return { level: 3, why: `risk: moderate (${moderate[0]!.label}: ${moderate.slice(0, 2).map(quote).join(', ')})`, evidence: moderate };
  const otc = otcAll;
  return {
    level: 2,
    why: `risk: ${names[1]} (${otc.length ? `over-the-counter drugs: ${quote(otc[0]!)}` : 'no prescription drug management or higher-risk decision documented'})`,
    evidence: otc.slice(0, 1),
  };
}
