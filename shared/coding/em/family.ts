import type { Cue } from './cue.ts';

/**
 * Which E/M code family and level a visit takes: setting, new or established patient, consultation
 * convention, and total time where the code family is selected by time (AMA CPT 2021 office / 2023
 * other-setting E/M guidelines).
 */
const AMA = 'AMA CPT E/M guidelines:';

/** A new patient has had no professional service from the physician or group (same specialty) in 3 years: only explicit evidence counts. */
export const newPatientCues: Cue[] = [
  {
    label: 'new patient',
    re: /\bnew (?:patient|pt)\b|\bnew to (?:the )?(?:clinic|practice|office|me|us|our (?:clinic|practice))\b|\b(?:first|initial) (?:visit|encounter) (?:with|to|at) (?:me|us|this (?:clinic|practice|office))\b|\bnot previously seen\b|\bnever (?:been )?seen (?:here|in this (?:clinic|practice)|by (?:me|us))\b/i,
    source: `${AMA} new patient definition (no professional services from the physician/group of the same specialty within the past three years)`,
  },
  {
    // A visit type in the note's title ("SLEEP/PULM NEW CONSULT", "Pulmonary nodule clinic - new"): its first two
    // lines only, where a note names its visit; "new consult" further on is an order placed for someone else.
    label: 'new patient (visit type)',
    re: /^(?<!\n[\s\S]*\n[\s\S]*)[^\n]*(?:\bnew (?:consult(?:ation)?|referral|eval(?:uation)?)\b|\s[-–:]\s*new\s*$)/im,
    source: `${AMA} new patient definition, as the note's visit type states it`,
  },
  {
    label: 'new patient (referred in)',
    // "66M referred for elevated PSA": the patient, as the line's subject, comes by referral; "...; referred
    // for Mohs" later in a line sends the patient on.
    re: /\breferred (?:in )?(?:by|from)\b|\breferred by:|^[^\n.;]{0,30}\breferred for\b/im,
    source: `${AMA} new patient definition: a patient referred in by another clinician is seen by this physician for the first time (an established patient's follow-up names no referrer)`,
  },
];
export const establishedCues: Cue[] = [
  {
    label: 'established patient',
    re: /\bestablished (?:patient|pt)\b|\best\.? pt\b|\blast seen\b|\bseen here\b|\breturn(?:ing)? (?:patient|visit)\b|\bfollow[- ]up visit\b/i,
    source: `${AMA} established patient definition`,
  },
];
/** A visit by clinical staff under supervision (99211 may not require the physician's presence). */
export const nurseVisitCues: Cue[] = [
  {
    label: 'nurse visit',
    re: /^[^\n]{0,80}\b(?:nurse|RN|nursing|MA) (?:visit|only visit)\b/i,
    source: `${AMA} office/outpatient 99211 (established patient visit that may not require a physician or QHP)`,
  },
];
/**
 * A visit the note's opening lines name as postoperative ("Post-op visit", "Ortho post-op (global)", "6 week post-op check"):
 * the surgeon's follow-up within the global surgical package, reported as 99024 with no charge. A visit named only by the
 * time since an operation ("4 wks s/p ORIF") may be another problem's and is leveled as usual.
 */
export const postopVisitCues: Cue[] = [
  {
    label: 'postoperative visit',
    re: /^(?<!\n[\s\S]*\n[\s\S]*\n[\s\S]*)[^\n]*\bpost-?op(?:erative)?\b(?!\s+(?:day|d)\b)/im,
    source: 'AMA CPT surgical package definition (typical postoperative follow-up care included; 99024 postoperative follow-up visit)',
  },
];
/** CMS does not pay consultation codes (since 2010): a consult for a Medicare patient takes the new-patient office code. */
export const medicareCues: Cue[] = [
  {
    label: 'Medicare payer',
    re: /\bMedicare\b/,
    source: 'CMS Medicare Claims Processing Manual ch. 12 §30.6.10 (consultation services not recognized; report new/established E/M)',
  },
];

/** Total time on the date of the encounter (minutes) where the note documents it. */
export function totalMinutes(text: string): number | null {
  const m =
    /\b(?:total (?:time|face-to-face time|practitioner time)|total of|time spent on the date)[^0-9\n]{0,50}?(\d{2,3})\s*(?:min|minutes)\b/i.exec(text) ??
    /\b(\d{2,3})\s*(?:min|minutes) (?:total|of total (?:time|practitioner time))\b/i.exec(text) ??
    // A line of its own that opens with "Time" ("Time: 65 min including review of outside records") is the visit's
    // time; a named part of it ("Withdrawal time", "Critical care time") does not open the line.
    /^[ \t]*time(?: spent)?(?: today)?[ \t]*[:=-]?[ \t]*(?:~|approx\.?[ \t]*|about[ \t]+)?(\d{2,3})\s*(?:min|minutes)\b/im.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The hospital day a note's title names (its first lines, where an EHR or an author titles the document): the
 * admission ("ADMISSION H&P", "History & Physical - MICU admission": initial hospital care 99221-99223) or the
 * discharge ("Discharge Day Note": discharge day management 99238-99239). AMA CPT 2023 hospital inpatient and
 * observation care: the initial service is the first encounter of the stay, discharge day management its last.
 */
export function hospitalDay(text: string): { day: 'admission' | 'discharge'; title: string } | null {
  const head = text.split('\n').slice(0, 3).join('\n');
  const discharge = /\bdischarge (?:day|summary|note|progress note)\b|\bday of discharge\b/i.exec(head);
  if (discharge) return { day: 'discharge', title: discharge[0] };
  const admission = /\badmission (?:H&P|history|note)\b|\b(?:H&P|history (?:and|&) physical|admit note)\b/i.exec(head);
  return admission ? { day: 'admission', title: admission[0] } : null;
}

/** Discharge day management time ("Discharge time: 25 minutes", "42 minutes on discharge day management"). */
export function dischargeMinutes(text: string): number | null {
  const m = /\bdischarge[^0-9\n]{0,40}?(\d{1,3})\s*(?:min|minutes)\b/i.exec(text) ?? /\b(\d{1,3})\s*(?:min|minutes)\b[^.\n]{0,30}\bdischarge\b/i.exec(text);
  return m ? Number(m[1]) : totalMinutes(text);
}

/** Minimum minutes for levels 1..4 (straightforward .. high), by code family. */
const timeTable: Record<string, number[]> = {
  officeNew: [15, 30, 45, 60], // 99202-99205 (2021 office E/M, meet or exceed)
  officeEstablished: [10, 20, 30, 40], // 99212-99215
  hospitalSubsequent: [25, 25, 35, 50], // 99231-99233 (2023 hospital inpatient/observation)
  hospitalInitial: [40, 40, 55, 75], // 99221-99223
  consultOffice: [20, 30, 40, 55], // 99242-99245 (2023 consultations)
  consultInpatient: [35, 45, 60, 80], // 99252-99255
};

export function levelByTime(family: keyof typeof timeTable | string, minutes: number): number {
  const t = timeTable[family];
  if (!t) return 0;
  let level = 0;
  t.forEach((min, i) => {
    if (minutes >= min) level = i + 1;
  });
  return level;
}

export interface Family {
  key: string;
  code: (level: number) => string;
  label: string;
  basis: string;
}

export function familyFor(setting: string, isNew: boolean, consult: { inpatient: boolean; medicare: boolean }, admission = false): Family {
  const lv = (l: number) => Math.max(1, Math.min(4, l));
  if (setting === 'ed') return { key: 'ed', code: (l) => `9928${lv(l) + 1}`, label: 'Emergency department visit', basis: '2023 ED E/M by MDM' };
  if (setting === 'inpatient-progress' && admission)
    return {
      key: 'hospitalInitial',
      code: (l) => `9922${Math.max(1, lv(l) - 1)}`,
      label: 'Initial hospital inpatient or observation care',
      basis: '2023 hospital E/M by MDM or time, the admission',
    };
  if (setting === 'inpatient-progress')
    return {
      key: 'hospitalSubsequent',
      code: (l) => `9923${Math.max(1, lv(l) - 1)}`,
      label: 'Subsequent hospital inpatient or observation care',
      basis: '2023 hospital E/M by MDM or time',
    };
  if (setting === 'consult' && !consult.medicare) {
    return consult.inpatient
      ? {
          key: 'consultInpatient',
          code: (l) => `9925${lv(l) + 1}`,
          label: 'Inpatient or observation consultation',
          basis: '2023 consultation E/M by MDM or time',
        }
      : {
          key: 'consultOffice',
          code: (l) => `9924${lv(l) + 1}`,
          label: 'Office or other outpatient consultation',
          basis: '2023 consultation E/M by MDM or time',
        };
  }
  if (setting === 'consult' && consult.inpatient)
    return {
      key: 'hospitalSubsequent',
      code: (l) => `9922${Math.max(1, lv(l) - 1)}`,
      label: 'Initial hospital inpatient or observation care (Medicare consult)',
      basis: '2023 hospital E/M by MDM',
    };
  const newPt = isNew || setting === 'consult';
  return newPt
    ? {
        key: 'officeNew',
        code: (l) => `9920${lv(l) + 1}`,
        label: 'New patient office or other outpatient visit',
        basis: '2021 office E/M by MDM or total time',
      }
    : {
        key: 'officeEstablished',
        code: (l) => `9921${lv(l) + 1}`,
        label: 'Established patient office or other outpatient visit',
        basis: '2021 office E/M by MDM or total time',
      };
}

/** Preventive medicine services (99381-99397) are selected by age band and new/established, not by MDM. */
export const preventiveCues: Cue[] = [
  {
    label: 'preventive medicine visit',
    re: /\b(?:well[- ](?:woman|man|child|visit|exam)|annual (?:gynecologic |physical |preventive )?exam(?:ination)?|(?:annual|yearly|routine|complete) physical(?: exam)?|routine gynecologic examination|health exam for newborn|WCC|well visit|preventive (?:medicine )?(?:visit|exam(?:ination)?|evaluation))\b/i,
    source: `${AMA} preventive medicine services 99381-99397 (age- and gender-appropriate history, exam, counseling)`,
  },
];
/** Visits reported by other codes, so no problem-oriented E/M: routine prenatal visits (global obstetric package) and the Medicare annual wellness visit (G0438/G0439). */
export const noEmCues: Cue[] = [
  {
    label: 'routine prenatal visit',
    // This visit's kind, not an earlier one named as a time ("A1c 5.4 at 1st prenatal visit").
    re: /(?<!\b(?:at|1st|first|initial|last|previous|prior|next|since)\s(?:[\w-]+\s)?)\bprenatal visit|\bROB\b/i,
    source: 'AMA CPT maternity care and delivery guidelines: antepartum visits are part of the global obstetric package',
  },
  {
    label: 'Medicare annual wellness visit',
    re: /\bannual wellness visit\b|\bAWV\b/i,
    source: 'CMS MLN annual wellness visit (G0438 initial, G0439 subsequent; a problem E/M only when separately identifiable)',
  },
];
