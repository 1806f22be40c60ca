import type { Setting } from '../../shared/contracts/suggestion.ts';
import { isoDate } from '../dom/dom-read.ts';
import { ageSex } from '../dom/frame-read.ts';
import type { PageLine } from './page-lines.ts';
import { inCollection } from './regions.ts';

/** What the page says about this encounter, with the words each value was read from. */
export interface Encounter {
  setting?: Setting;
  age?: number;
  sex?: 'F' | 'M';
  dateOfService?: string;
  patientStatus?: 'new' | 'established';
  /** field -> the page text it came from, shown in the panel so the user can check it. */
  from: Partial<Record<'setting' | 'age' | 'sex' | 'dateOfService' | 'patientStatus', string>>;
}

// Field labels as chart banners and encounter headers show them, after HL7 FHIR's Patient
// (birthDate, gender) and Encounter (class, type, period) resources and the CMS-1500 form (box 3
// birth date and sex, box 24A date of service).
const labels: [RegExp, 'dob' | 'age' | 'sex' | 'dos' | 'visit' | 'status'][] = [
  [/^(?:dob|d\.o\.b\.?|date of birth|birth ?date|born)$/i, 'dob'],
  [/^age$/i, 'age'],
  [/^(?:sex|gender|legal sex|sex assigned at birth|birth sex)$/i, 'sex'],
  [/^(?:dos|date of service|service date|visit date|encounter date|appt\.? date|appointment date|date of visit)$/i, 'dos'],
  [
    /^(?:visit type|encounter type|appointment type|appt\.? type|type of visit|visit|encounter|encounter class|patient class|care setting|setting|department)$/i,
    'visit',
  ],
  [/^(?:patient status|new\/established|new or established|patient type)$/i, 'status'],
];
// Other fields a banner shows beside them (identifiers, care team, coverage): a value ends there.
const otherLabels = 'MRN|Acct|FIN|CSN|ID|Provider|Rendering|Attending|PCP|Insurance|Payer|Plan|Location|Room|Bed|Phone|Code status|Allergies|Pharmacy|Status';
const labelWords = `DOB|D\\.O\\.B\\.?|Date of birth|Birth ?date|Born|Age|Sex|Gender|Legal sex|Sex assigned at birth|Birth sex|DOS|Date of service|Service date|Visit date|Encounter date|Appt\\.? date|Appointment date|Date of visit|Visit type|Encounter type|Appointment type|Appt\\.? type|Type of visit|Visit|Encounter|Encounter class|Patient class|Care setting|Setting|Department|Patient status|New/established|New or established|Patient type`;
const pair = new RegExp(`(?:^|[\\s|·•(])(${labelWords})\\s*:\\s*(.*?)(?=\\s*[|·•)]|\\s+(?:${labelWords}|${otherLabels})\\s*:|$)`, 'gi');

// Settings by the words of CMS's place-of-service codes (02/10 telehealth, 11 office, 20 urgent
// care, 21 inpatient hospital, 23 emergency room) and the CPT E/M categories (office or other
// outpatient, hospital inpatient, consultations, emergency department); the first match wins.
const settingWords: [RegExp, Setting][] = [
  [/\b(?:tele(?:health|medicine|visit)|video visit|virtual visit|e-?visit|audio[- ]only)\b/i, 'telehealth'],
  [/\burgent care\b/i, 'urgent-care'],
  [/\b(?:emergency|ED|ER)\b/, 'ed'],
  [/\bemergency\b/i, 'ed'],
  [/\b(?:inpatient|hospital (?:day|progress|medicine)|admitted|hospitalist)\b/i, 'inpatient-progress'],
  [/\bconsult(?:ation)?\b/i, 'consult'],
  [/\bprocedure\b/i, 'procedure'],
  [/\b(?:office|clinic|outpatient|ambulatory)\b/i, 'office'],
];
export const settingFrom = (text: string): Setting | undefined => settingWords.find(([re]) => re.test(text))?.[1];

const statusFrom = (text: string): Encounter['patientStatus'] =>
  /\bnew\b/i.test(text) ? 'new' : /\b(?:established|est\.?|return(?:ing)?|follow[- ]?up)\b/i.test(text) ? 'established' : undefined;

/**
 * The encounter context from the page outside the note: labelled fields anywhere outside lists of
 * many items (a schedule's "New patient" is another visit's), and the unlabelled age/sex and visit
 * words of the banner and of headings. Labelled fields win over banner words.
 */
export function readEncounter(lines: PageLine[], note: Element | undefined): Encounter {
  const enc: Encounter = { from: {} };
  const outside = lines.filter((l) => !(note && (note === l.el || note.contains(l.el))) && !inCollection(l.el));
  let dob: string | undefined;
  for (const line of outside) {
    for (const m of line.text.matchAll(pair)) {
      const kind = labels.find(([re]) => re.test(m[1]!.trim()))?.[1];
      const value = m[2]!.trim();
      if (!kind || !value) continue;
      const said = `${m[1]!.trim()}: ${value}`;
      if (kind === 'dob') dob ??= isoDate(value);
      else if (kind === 'age' && enc.age === undefined && /^\d{1,3}\b/.test(value)) set(enc, 'age', Number(value.match(/^\d+/)![0]), said);
      else if (kind === 'sex' && !enc.sex) {
        const sex = ageSex(` ${value} `).sex;
        if (sex) set(enc, 'sex', sex, said);
      } else if (kind === 'dos' && !enc.dateOfService) {
        const d = isoDate(value);
        if (d) set(enc, 'dateOfService', d, said);
      } else if (kind === 'visit' || kind === 'status') {
        const setting = kind === 'visit' ? settingFrom(value) : undefined;
        if (setting && !enc.setting) set(enc, 'setting', setting, said);
        const status = statusFrom(value);
        if (status && !enc.patientStatus) set(enc, 'patientStatus', status, said);
      }
    }
  }
  for (const line of outside) {
    const titled = line.landmark === 'banner' || !!line.el.closest('h1, h2, h3, [role=heading]');
    if (!titled) continue;
    const setting = settingFrom(line.text);
    if (setting && !enc.setting) set(enc, 'setting', setting, line.text);
    // An encounter title ("Office Visit · 11/03/2026") dates the visit it names.
    const date = setting ? isoDate(line.text) : undefined;
    if (date && !enc.dateOfService) set(enc, 'dateOfService', date, line.text);
    if (line.landmark === 'banner') {
      const { age, sex } = ageSex(line.text.replace(/\b(?:DOB|MRN|Age|Sex)\b.*$/i, ''));
      if (age !== undefined && enc.age === undefined) set(enc, 'age', age, line.text);
      if (sex && !enc.sex) set(enc, 'sex', sex, line.text);
    }
  }
  if (dob && enc.age === undefined) {
    const age = yearsBetween(dob, enc.dateOfService ?? new Date().toISOString().slice(0, 10));
    if (age !== undefined) set(enc, 'age', age, `DOB ${dob}`);
  }
  return enc;
}

function set<K extends keyof Encounter['from']>(enc: Encounter, key: K, value: Encounter[K], said: string) {
  (enc as unknown as Record<string, unknown>)[key] = value;
  enc.from[key] = said.slice(0, 80);
}

/** Whole years from a birth date to a date (both ISO), as age is counted on a claim. */
export function yearsBetween(birth: string, on: string): number | undefined {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 && age <= 130 ? age : undefined;
}
