import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { gradeMdm, type MdmDetail } from './mdm.ts';

export interface EmChoice { code: string; label: string; why: string[] }

const preventive = /\b(?:well[- ](?:woman|man|child|visit|exam)|annual (?:gynecologic |physical )?exam|routine gynecologic examination|health exam for newborn|WCC|well visit|preventive visit)\b/i;

function preventiveCode(age: number, isNew: boolean): string {
  const band = age < 1 ? 1 : age <= 4 ? 2 : age <= 11 ? 3 : age <= 17 ? 4 : age <= 39 ? 5 : age <= 64 ? 6 : 7;
  return `99${isNew ? 38 : 39}${band}`;
}

/**
 * E/M for the visit: preventive by age, office 99202-99215 (new/established, MDM or total time),
 * ED 99281-99285, hospital 99231-99233, consults 9924x/9925x. None for procedure and prenatal notes.
 */
export function chooseEm(doc: ClinicalDocument, assessment: string, items: number, surgicalOnly: boolean, detail: MdmDetail = {}): EmChoice | null {
  const { text, setting } = doc;
  if (setting === 'procedure' || /\bprenatal visit|\bROB\b/i.test(text)) return null;
  if (surgicalOnly && setting !== 'ed') return null;
  const isNew = /\bnew patient\b|\bNP\b|\bconsult/i.test(text);
  if (preventive.test(text)) {
    const code = preventiveCode(doc.patient.age ?? 30, /\bnew patient\b/i.test(text));
    return { code, label: 'Preventive medicine visit, by age', why: ['preventive service: age band and new/established'] };
  }
  const mdm = gradeMdm(text, assessment, items, detail);
  let level = mdm.level;
  const minutes = /\btotal time[^0-9\n]{0,40}(\d{2,3})\s*min/i.exec(text);
  if (minutes && (setting === 'office' || setting === 'telehealth' || setting === 'urgent-care')) {
    const t = Number(minutes[1]);
    const byTime = isNew ? (t >= 60 ? 4 : t >= 45 ? 3 : t >= 30 ? 2 : 1) : (t >= 40 ? 4 : t >= 30 ? 3 : t >= 20 ? 2 : 1);
    if (byTime > level) { level = byTime; mdm.why.push(`total time ${t} min supports a higher level`); }
  }
  const lv = Math.max(1, Math.min(4, level));
  const names = ['straightforward', 'low', 'moderate', 'high'];
  const label = `${names[lv - 1]} medical decision making`;
  if (setting === 'ed') return { code: `9928${lv + 1}`, label: `Emergency department visit, ${label}`, why: ['2023 ED E/M by MDM', ...mdm.why] };
  if (setting === 'inpatient-progress') return { code: `9923${Math.max(1, lv - 1)}`, label: `Subsequent hospital care, ${label}`, why: ['2023 hospital E/M by MDM', ...mdm.why] };
  if (setting === 'consult') {
    const inpatient = /\badmitted\b|\binpatient\b|\bhospital day\b/i.test(text);
    return { code: `99${inpatient ? 25 : 24}${lv + 1}`, label: `${inpatient ? 'Inpatient' : 'Office'} consultation, ${label}`, why: ['2023 consultation E/M by MDM', ...mdm.why] };
  }
  return { code: `99${isNew ? 20 : 21}${lv + 1}`, label: `${isNew ? 'New' : 'Established'} patient office/outpatient visit, ${label}`, why: ['2021 office E/M by MDM or time', ...mdm.why] };
}
