import { describe, expect, it } from 'vitest';
import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { dischargeMinutes, familyFor, hospitalDay, levelByTime, totalMinutes } from './family.ts';
import { chooseEm } from './level.ts';
import type { MdmInput } from './mdm.ts';

/** One problem item that is also the plan, in a note of `setting`. */
const input = (text: string, item: string, setting = 'office'): MdmInput => ({
  text,
  setting,
  items: [{ text: item, start: text.indexOf(item), chronic: false }],
  notData: [],
  notTests: [],
  billed: new Set(),
  plan: [{ text: item, offset: text.indexOf(item) }],
});

describe('E/M code family by setting', () => {
  const none = { inpatient: false, medicare: false };
  it.each([
    ['office', false, none, 3, '99214'],
    ['office', true, none, 3, '99204'],
    ['telehealth', false, none, 2, '99213'],
    ['urgent-care', true, none, 1, '99202'],
    ['ed', false, none, 4, '99285'],
    ['ed', false, none, 1, '99282'],
    ['inpatient-progress', false, none, 2, '99231'],
    ['inpatient-progress', false, none, 4, '99233'],
    ['consult', false, none, 3, '99244'],
    ['consult', false, { inpatient: true, medicare: false }, 4, '99255'],
    ['consult', false, { inpatient: false, medicare: true }, 3, '99204'],
  ])('%s new=%s %j level %s -> %s', (setting, isNew, consult, level, code) => expect(familyFor(setting, isNew, consult).code(level)).toBe(code));
});

describe('E/M by total time', () => {
  it.each([
    ['Total time on the date of service: 46 minutes.', 46],
    ['I spent a total of 72 min with the patient.', 72],
    ['No time noted; 40 mg daily.', null],
    ['RTC 6 wk.\nTime: 65 min including review of outside records and counseling.', 65],
    ['Plan: refills.\nTime spent ~30 min, >50% counseling.', 30],
    ['Cecal intubation time 6 min, withdrawal time 11 min.', null],
    ['Critical care time: 45 min excluding procedures.', null],
  ])('%s -> %s', (text, want) => expect(totalMinutes(text)).toBe(want));
  it.each([
    ['officeEstablished', 46, 4],
    ['officeEstablished', 25, 2],
    ['officeNew', 72, 4],
    ['officeNew', 44, 2],
    ['ed', 90, 0],
  ])('%s %s min -> level %s', (f, min, want) => expect(levelByTime(f, min)).toBe(want));
});

describe("the hospital day a note's title names (CPT 2023: initial care 99221-99223, discharge day 99238-99239)", () => {
  it.each([
    ['ADMISSION H&P                Date of admission: 11/28/2026\nCC: SOB', 'admission'],
    ['HISTORY & PHYSICAL - MICU ADMISSION\n24F w/ T1DM', 'admission'],
    ['DISCHARGE DAY NOTE    12/05/2026\nAdmit date: 12/01/2026', 'discharge'],
    ['Discharge Day Progress Note\nDate: 12/04/2026', 'discharge'],
    ['HOSPITAL MEDICINE PROGRESS NOTE - HD 3\nAdmitted 11/30 w/ CAP. Discharge planning: home in 1-2 d.', null],
  ])('%s -> %s', (text, day) => expect(hospitalDay(text)?.day ?? null).toBe(day));
  it.each([
    ['Discharge time: 25 minutes. F/u PCP 1 wk.', 25],
    ['Time: 42 minutes on discharge day management incl med reconciliation.', 42],
    ['Discharge meds: furosemide 40 mg PO daily.', null],
  ])('%s -> %s min', (text, min) => expect(dischargeMinutes(text)).toBe(min));
  it('an admission note levels as initial hospital care', () =>
    expect(familyFor('inpatient-progress', false, { inpatient: false, medicare: false }, true).code(4)).toBe('99223'));
  it.each([
    ['Discharge Day Note\nAssessment: CAP, resolved. Cefpodoxime 200 mg BID x 3 d.\nDischarge time: 25 minutes.', '99238'],
    ['Discharge Day Note\nAssessment: CAP, resolved. Cefpodoxime 200 mg BID x 3 d.\nTime: 42 minutes on discharge day management.', '99239'],
    ['Discharge Day Note\nAssessment: CAP, resolved. Cefpodoxime 200 mg BID x 3 d.', '99238'],
  ])('discharge day management by its time: %s -> %s', (text, want) => {
    const item = text.slice(text.indexOf('CAP'), text.indexOf('3 d.') + 4);
    expect(
      chooseEm({ text, setting: 'inpatient-progress', patient: { age: 70 } }, input(text, item, 'inpatient-progress'), {
        surgicalOnly: false,
        vaccineOnly: false,
      })?.code,
    ).toBe(want);
  });
});

describe('chooseEm', () => {
  const doc = (text: string, setting: ClinicalDocument['setting'] = 'office'): ClinicalDocument => ({ text, setting, patient: { age: 40 } });
  const ctx = { surgicalOnly: false, vaccineOnly: false };
  it.each([
    ['established by default', 'Assessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99213'],
    ['new only from explicit evidence', 'NEW PATIENT VISIT\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    ['a patient referred in is new', '45M referred by PCP for dysuria.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    ['a patient opening the note referred for a problem is new', '45M referred for dysuria.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    [
      'a referral sent on later in a line is no new patient',
      'Seen for dysuria; referred for cystoscopy.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.',
      '99213',
    ],
    ['a title naming a new consult is new', 'UROLOGY NEW CONSULT - Dr. K\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    ['a title ending in "- new" is new', 'Urology clinic - new\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    [
      'a new consult ordered in the plan is no new patient',
      'Dysuria x 2 d.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.\nPlan: new consult to urology if recurs.',
      '99213',
    ],
    ['total time above MDM raises the level', 'Assessment: Acute cystitis. Nitrofurantoin 100 mg BID.\nTotal time 42 minutes.', '99215'],
  ])('%s', (_why, text, want) => {
    const item = text.slice(text.indexOf('Acute'), text.indexOf('BID.') + 4);
    expect(chooseEm(doc(text), input(text, item), ctx)?.code).toBe(want);
  });
  it.each([
    ['new', 'Assessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99203'],
    ['established', 'NEW PATIENT VISIT\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99213'],
  ] as const)('the encounter record saying %s wins over the note', (status, text, want) => {
    const item = text.slice(text.indexOf('Acute'), text.indexOf('BID.') + 4);
    const em = chooseEm({ ...doc(text), patientStatus: status }, input(text, item), ctx);
    expect(em?.code).toBe(want);
    expect(em?.why[0]).toContain(`${status} patient (as the encounter record says)`);
  });
  it.each([
    // CPT 99252-99255: a consultation of a patient in the hospital, told by its ward, unit or hospital day.
    ['CARDIOLOGY CONSULT - MICU bed 4\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99253'],
    ['Nephrology consult, HD #3, requested by the hospitalist.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99253'],
    // An outpatient consult that considers admission is still an office consultation.
    ['Cardiology consult. Considered direct admission; stable.\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', '99243'],
  ])('consult in or out of the hospital: %s -> %s', (text, want) => {
    const item = text.slice(text.indexOf('Acute'), text.indexOf('BID.') + 4);
    expect(chooseEm(doc(text, 'consult'), input(text, item, 'consult'), ctx)?.code).toBe(want);
  });
  it('gives no E/M for a document without clinical statements', () => {
    expect(chooseEm(doc(''), input('', ''), ctx)).toBeNull();
    expect(chooseEm(doc('Given IM IV SC 5 mg'), { ...input('Given IM IV SC 5 mg', 'Given IM IV SC 5 mg'), sectioned: false }, ctx)).toBeNull();
  });
  it('gives no E/M for a routine prenatal visit or a Medicare wellness visit', () => {
    expect(chooseEm(doc('ROB visit 28 wk. Assessment: IUP.'), input('ROB visit 28 wk. Assessment: IUP.', 'IUP.'), ctx)).toBeNull();
    expect(chooseEm(doc('Medicare AWV, subsequent. A: AWV.'), input('Medicare AWV, subsequent. A: AWV.', 'AWV.'), ctx)).toBeNull();
    expect(chooseEm(doc('Routine prenatal visit, 28 wk. A: IUP.'), input('Routine prenatal visit, 28 wk. A: IUP.', 'IUP.'), ctx)).toBeNull();
  });
  it('reads an earlier prenatal visit named as a time as no kind of this visit', () => {
    const text = 'GDM clinic. A1c 5.4 at 1st prenatal visit. Assessment: GDM, insulin-requiring. Continue NPH 14 u qHS.';
    expect(chooseEm(doc(text), input(text, 'GDM, insulin-requiring. Continue NPH 14 u qHS.'), ctx)).not.toBeNull();
  });
  it.each([
    ['WELL CHILD CHECK - 4 YEAR\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', true],
    // CPT 99381-99397 "periodic comprehensive preventive medicine" visits, as notes title them.
    ['ANNUAL PREVENTIVE EXAM\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', true],
    ['CC: "Yearly physical."\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', true],
    // Another visit named in passing is not this visit's kind.
    ['SICK VISIT. Wt 10.8 kg (11.3 at 15 mo WCC).\nAssessment: Acute cystitis. Nitrofurantoin 100 mg BID.', false],
    ['Assessment: Acute cystitis. Nitrofurantoin 100 mg BID. Retinopathy - per ophtho, annual exam.', false],
    ['Assessment: Acute cystitis. Nitrofurantoin 100 mg BID. Next WCC in March.', false],
  ])('a preventive visit only from this visit: %s', (text, preventive) => {
    const item = text.slice(text.indexOf('Acute'), text.indexOf('BID.') + 4);
    expect(/^993/.test(chooseEm({ ...doc(text), patient: { age: 4 } }, input(text, item), ctx)?.code ?? '')).toBe(preventive);
  });
  it('explains each element with evidence spans', () => {
    const text = 'Assessment: Acute cystitis. Nitrofurantoin 100 mg BID.';
    const em = chooseEm(doc(text), input(text, 'Acute cystitis. Nitrofurantoin 100 mg BID.'), ctx)!;
    expect(em.why.join('\n')).toMatch(/problems: .*\n.*data: .*\n.*risk: moderate \(prescription drug management: "Nitrofurantoin 100 mg"\)/);
    const span = em.evidence.find((e) => e.text === 'Nitrofurantoin 100 mg')!;
    expect(text.slice(span.start, span.end)).toBe('Nitrofurantoin 100 mg');
  });
});
