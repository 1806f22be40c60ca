import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { ageInDays, encounterReason, withFindings } from './encounter-reason.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['Z00.00', true, 'Encounter for general adult medical examination without abnormal findings'],
    ['Z00.01', true, 'Encounter for general adult medical examination with abnormal findings'],
    ['Z01.411', true, 'Encounter for gynecological examination (general) (routine) with abnormal findings'],
    ['Z01.419', true, 'Encounter for gynecological examination (general) (routine) without abnormal findings'],
    ['Z12.31', true, 'Encounter for screening mammogram for malignant neoplasm of breast'],
    ['I10', true, 'Essential (primary) hypertension'],
    ['Z00.121', true, 'Encounter for routine child health examination with abnormal findings'],
    ['Z00.129', true, 'Encounter for routine child health examination without abnormal findings'],
    ['Z01.818', true, 'Encounter for other preprocedural examination'],
    ['Z00.110', true, 'Health examination for newborn under 8 days old'],
    ['Z00.111', true, 'Health examination for newborn 8 to 28 days old'],
    ['Z51.11', true, 'Encounter for antineoplastic chemotherapy'],
    ['C18.7', true, 'Malignant neoplasm of sigmoid colon'],
    ['Z12.11', true, 'Encounter for screening for malignant neoplasm of colon'],
    ['Z12.9', true, 'Encounter for screening for malignant neoplasm, site unspecified'],
    ['Z12.4', true, 'Encounter for screening for malignant neoplasm of cervix'],
    ['Z01.82', true, 'Encounter for allergy testing'],
    ['Z34.90', true, 'Encounter for supervision of normal pregnancy, unspecified, unspecified trimester'],
  ],
  index: [
    { path: ['Examination', 'annual'], code: 'Z00.00', nemod: '(general) (routine) (adult) (periodic) (physical)' },
    { path: ['Examination', 'child'], code: 'Z00.129', nemod: '(over 28 days old)' },
    { path: ['Chemotherapy', 'neoplasm'], code: 'Z51.11', nemod: '(session) (for)' },
    { path: ['Examination', 'skin'], code: 'Z01.82', nemod: '(hypersensitivity)' },
    { path: ['Examination', 'prenatal'], code: 'Z34.90', nemod: '(normal pregnancy)' },
  ],
});
const run = (text: string, codes: string[] = []) => {
  const ctx = kitContext(cs, codes, text);
  ctx.findings.forEach((f) => {
    f.order = 5;
  });
  encounterReason(ctx);
  return active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.code);
};

describe('encounterReason (Section IV.A, I.C.21.c.13)', () => {
  it.each([
    ['SCREENING MAMMOGRAM REPORT\n\nImpression: Negative.', [], ['Z12.31']],
    ['ANNUAL PHYSICAL EXAM\nAssessment: Annual exam.\nHTN - controlled.', ['I10'], ['Z00.01', 'I10']],
    ['ANNUAL WELL-WOMAN EXAM\nAssessment: Routine gynecologic examination - normal findings.', [], ['Z01.419']],
    // A check or visit reads under the Index's "Examination" (Check-up - see Examination).
    ['12 MONTH WELL CHILD CHECK\nAssessment: Healthy child.', [], ['Z00.129']],
    // Index "Prenatal, care, normal pregnancy - see Pregnancy, normal": prenatal care is the prenatal examination.
    ['Assessment:\n1. Routine prenatal care.', [], ['Z34.90']],
    ['WELL CHILD - 4 YEAR\nA/P: HTN.', ['I10'], ['Z00.121', 'I10']],
    // AAP Bright Futures well visits run through adolescence; the provider's "with abnormal findings" decides (I.C.21.c.13).
    ['Assessment:\n1. Well adolescent visit with obesity.', [], ['Z00.129']],
    ['Assessment:\n1. Routine adult exam with abnormal findings (A1c 6.8).', [], ['Z00.01']],
    ['CHILD DEVELOPMENT GROUP NOTE\nAssessment: HTN.', ['I10'], ['I10']],
    // Index: Examination, pre-procedural (pre-operative), specified NEC.
    ['PREOPERATIVE CONSULTATION\nAssessment:\n1. Preoperative evaluation for elective R TKA - optimized.\n2. HTN.', ['I10'], ['Z01.818', 'I10']],
    // A clearance is the preoperative examination (Tabular Z01.81 inclusion); "prior to" an operation is no past service.
    ['Assessment:\n1. Pre-op clearance for knee replacement.\n2. HTN.', ['I10'], ['Z01.818', 'I10']],
    ['Assessment:\n1. Preoperative evaluation prior to hip replacement.\n2. HTN.', ['I10'], ['Z01.818', 'I10']],
    // The exam found nothing new: known conditions are added without "with abnormal findings" (I.C.21.c.13).
    ['ANNUAL PHYSICAL EXAM\nAssessment:\n1. Annual exam - no new concerns identified.\n2. HTN - on lisinopril.', ['I10'], ['Z00.00', 'I10']],
    // A screening ordered in the plan is a future service, not this visit's reason.
    ['OFFICE VISIT\nAssessment: HTN.\nPlan: screening mammogram ordered.', ['I10'], ['I10']],
    // An encounter solely for chemotherapy (I.C.2.e.2) is read from the reason lines, listed first.
    ['Assessment:\n1. Admitted for chemotherapy for sigmoid colon cancer', ['C18.7'], ['Z51.11', 'C18.7']],
    // A course told in the history is no reason for this visit.
    ['Plan: completed chemotherapy for colon cancer in 2019.\nAssessment: HTN.', ['I10'], ['I10']],
    ['He underwent chemotherapy for sigmoid colon cancer.', ['C18.7'], ['C18.7']],
    // A history in the clause after the reason is that clause's, not the screening's.
    ['Indication: Screening mammogram; family history of breast cancer in sister.', [], ['Z12.31']],
    ['Indication: Screening mammogram - history of breast cancer in sister.', [], ['Z12.31']],
    ['Indication: History of screening mammogram; here for HTN.', ['I10'], ['I10']],
    // A history line dated to a past year tells of earlier care.
    ['Hx: LSIL Pap 2023 -> colpo CIN 1 -> cotest 2024 negative, routine screening resumed.\nAssessment: HTN.', ['I10'], ['I10']],
    ['Hx: routine cervical screening Pap today.\nAssessment: HTN.', ['I10'], ['Z12.4', 'I10']],
    // The procedure the reason's line names is the visit's: a colonoscopy screens the colon.
    ['Indication: Colorectal cancer screening. First colonoscopy.', [], ['Z12.11']],
    // A special examination is named by the test its title says (I.B.1): a full skin exam is no allergy testing.
    ['Indication: 6-month full skin exam.\nAssessment: HTN.', ['I10'], ['I10']],
    ['Indication: skin examination for allergy.', [], ['Z01.82']],
  ])('%j -> %j', (text, codes, want) => expect(run(text, codes)).toEqual(want));

  it('reads a newborn exam by age in days (Index: Newborn, examination)', () => {
    const ctx = kitContext(cs, [], '2 WEEK WELL CHILD CHECK\nBaby girl, 15 days old.\nA/P: Healthy newborn.', { patient: { age: 0 } });
    encounterReason(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['Z00.111']);
    expect([ageInDays('DOL 5'), ageInDays('2 wk old infant'), ageInDays('12 mo')]).toEqual([5, 14, null]);
  });

  it('picks the with/without abnormal findings member of a pair', () => {
    expect(withFindings(cs, 'Z00.00', true, '2026-01-15')).toBe('Z00.01');
    expect(withFindings(cs, 'Z01.411', false, '2026-01-15')).toBe('Z01.419');
    expect(withFindings(cs, 'Z12.31', true, '2026-01-15')).toBe('Z12.31');
  });
});
