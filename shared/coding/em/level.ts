import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { findCues, type Hit } from './cue.ts';
import {
  dischargeMinutes,
  establishedCues,
  familyFor,
  hospitalDay,
  levelByTime,
  medicareCues,
  newPatientCues,
  noEmCues,
  nurseVisitCues,
  postopVisitCues,
  preventiveCues,
  totalMinutes,
} from './family.ts';
import { gradeMdm, type MdmInput } from './mdm.ts';

export interface EmChoice {
  code: string;
  label: string;
  why: string[];
  evidence: Hit[];
}

function preventiveCode(age: number, isNew: boolean): string {
  const band = age < 1 ? 1 : age <= 4 ? 2 : age <= 11 ? 3 : age <= 17 ? 4 : age <= 39 ? 5 : age <= 64 ? 6 : 7;
  return `99${isNew ? 38 : 39}${band}`;
}

export interface EmContext {
  /** The visit is a minor procedure and its decision only: E/M is included in the procedure's global package. */
  surgicalOnly: boolean;
  /** Only vaccines were given by clinical staff: the administration codes report the visit. */
  vaccineOnly: boolean;
}

const names = ['straightforward', 'low', 'moderate', 'high'];

/**
 * A preventive visit named as another encounter ("wt 11.3 at 15 mo WCC", "per ophtho, annual exam",
 * "next WCC in March"): a past or future visit, or one in an aside, is not this visit's kind.
 */
function otherVisit(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const aside = line.lastIndexOf('(') > line.lastIndexOf(')');
  return aside || /\b(?:next|at|per|last|prior|previous|since|after|until|due for|scheduled)\b[^.;:\n]{0,20}$/i.test(line);
}

/**
 * E/M for the visit: preventive by age, office 99202-99215 (new only from explicit evidence), ED
 * 99281-99285, hospital 99221-99223 at the admission, 99231-99233 after it, 99238-99239 at discharge (by time), consults 9924x/9925x; each from MDM (two of three elements),
 * or from total time where the family allows it and time gives the higher level.
 */
export function chooseEm(doc: ClinicalDocument, input: MdmInput, ctx: EmContext): EmChoice | null {
  const { text, setting } = doc;
  if (setting === 'procedure' || findCues(text, noEmCues, { negation: false }).length) return null;
  if (ctx.surgicalOnly && setting !== 'ed') return null;
  // No problem addressed, no visit to level: a document without clinical statements yields no E/M.
  const words = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z]{2}/.test(w)).length;
  if (!input.items.some((i) => /[A-Za-z]{3}/.test(i.text)) || (input.sectioned === false && words(text) < 8)) return null;
  const fresh = findCues(text, newPatientCues, { negation: false });
  const known = findCues(text, establishedCues, { negation: false });
  // The encounter's own record (an EHR's visit header read by the extension, or a user's correction)
  // says new or established outright; otherwise only explicit evidence in the note makes a new patient.
  const isNew = doc.patientStatus ? doc.patientStatus === 'new' : fresh.length > 0 && (known.length === 0 || fresh[0]!.start < known[0]!.start);
  const newWhy = doc.patientStatus
    ? `${doc.patientStatus} patient (as the encounter record says)`
    : isNew
      ? `new patient (${JSON.stringify(fresh[0]!.text)})`
      : 'established patient (no explicit new-patient evidence)';
  if (findCues(text, preventiveCues, { negation: false }).some((h) => !otherVisit(text, h.start))) {
    return {
      code: preventiveCode(doc.patient.age ?? 30, isNew),
      label: 'Preventive medicine visit, by age',
      why: ['preventive service: age band and new/established'],
      evidence: fresh.slice(0, 1),
    };
  }
  const nurse = findCues(text, nurseVisitCues, { negation: false });
  if (nurse.length && setting !== 'ed' && setting !== 'inpatient-progress') {
    if (ctx.vaccineOnly) return null;
    return {
      code: '99211',
      label: 'Established patient visit by clinical staff',
      why: [`nurse visit ${JSON.stringify(nurse[0]!.text)}: 99211 (CPT: may not require a physician or QHP)`],
      evidence: nurse.slice(0, 1),
    };
  }
  // A surgeon's postoperative visit is in the global package (CMS CARC 97 would deny a leveled E/M): 99024, no charge.
  const postop = findCues(text, postopVisitCues, { negation: false });
  if (postop.length && (setting === 'office' || setting === 'telehealth')) {
    return {
      code: '99024',
      label: "Surgeon's follow-up within the global surgical period, no charge",
      why: [`postoperative visit ${JSON.stringify(postop[0]!.text.trim())}: 99024 (CPT: follow-up care included in the surgical package)`],
      evidence: postop.slice(0, 1),
    };
  }
  const medicare = findCues(text, medicareCues, { negation: false }).length > 0;
  // A consultation in the hospital (CPT 99252-99255): the patient is admitted, on a hospital day, ward or unit.
  const inpatient =
    setting === 'consult' &&
    /\b(?:inpatient|hospital day|HD\s?#?\d|POD\s?#?\d|admitted (?:on|to|\d)|currently hospitali[sz]ed|(?:room|bed) \d+|primary team|hospitalist|ICU|MICU|SICU|CCU|step-?down|telemetry floor)\b/i.test(
      text,
    );
  const day = setting === 'inpatient-progress' ? hospitalDay(text) : null;
  // Discharge day management is reported by its time (CPT 99238: 30 minutes or less, or not stated; 99239: more).
  if (day?.day === 'discharge') {
    const minutes = dischargeMinutes(text);
    const more = minutes !== null && minutes > 30;
    return {
      code: more ? '99239' : '99238',
      label: `Hospital discharge day management, ${more ? 'more than 30 minutes' : '30 minutes or less'}`,
      why: [
        `the note is the discharge day (${JSON.stringify(day.title)}): ${minutes === null ? 'no time documented' : `${minutes} min`} -> ${more ? '99239' : '99238'}`,
      ],
      evidence: [],
    };
  }
  const family = familyFor(setting, isNew, { inpatient, medicare }, day?.day === 'admission');
  const mdm = gradeMdm(input);
  const why = [`${family.basis}: ${setting}${family.key.startsWith('office') ? `, ${newWhy}` : ''}`, ...mdm.why];
  let level = mdm.level;
  why.push(`MDM ${names[level - 1]}: two of problems ${mdm.problems}, data ${mdm.data}, risk ${mdm.risk}`);
  const minutes = setting === 'ed' ? null : totalMinutes(text);
  if (minutes !== null) {
    const byTime = levelByTime(family.key, minutes);
    if (byTime > level) {
      level = byTime;
      why.push(`total time ${minutes} min meets the ${names[byTime - 1]} level, higher than MDM`);
    }
  }
  const lv = Math.max(1, Math.min(4, level));
  const evidence = [...fresh.slice(0, 1), ...mdm.evidence].filter((h, i, all) => all.findIndex((o) => o.start === h.start && o.end === h.end) === i);
  return { code: family.code(lv), label: `${family.label}, ${names[lv - 1]} medical decision making`, why, evidence };
}
