import { describe, expect, it } from 'vitest';
import { addedCodes } from '../../../test/support/coding-kit.ts';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { statusEvents } from './status-events.ts';

describe.skipIf(!codeSetsBuilt)('statusEvents (I.C.21.c.3) against the compiled Index', () => {
  const codeSets = builtCodeSets();
  const run = addedCodes(statusEvents, codeSets);

  // Each statement's expected code is read from the Index path a coder follows for it.
  it.each([
    ['Assessment:\n1. CAD s/p PCI/DES to LAD 06/2025.', ['Status', 'angioplasty', 'coronary artery', 'with implant']],
    ['Assessment:\n1. CAD s/p RCA stent 2021, no angina.', ['Status', 'angioplasty', 'coronary artery', 'with implant']],
    ['Assessment:\n1. HFrEF, ICD in situ - remote monitoring.', ['Presence', 'cardiac', 'defibrillator']],
    ['Assessment:\n1. ESRD on HD MWF via L arm AVF.', ['Status', 'dialysis']],
    ['Assessment:\n1. COPD: continue 2 L O2 w/ exertion and sleep.', ['Dependence', 'oxygen']],
    ['Assessment:\n1. CAD s/p CABG x3.', ['Status', 'aortocoronary bypass']],
    ['Assessment:\n1. CAD w/o angina, old MI (2019) - continue ASA 81.', ['Infarct, infarction', 'myocardium, myocardial', 'healed or old']],
    // The stent's coronary context is the line's ("CAD, native, no angina - s/p stent"), its prospect its own clause.
    [
      'Assessment:\n3. CAD, native, no angina - s/p stent 2017 - hold ASA 48-72 h then resume (needs for stent).',
      ['Status', 'angioplasty', 'coronary artery', 'with implant'],
    ],
    ['Assessment:\n3. Insulin pump in place, functioning; CGM data reviewed.', ['Presence', 'insulin pump']],
    ['Assessment:\n- Personal hx R breast cancer s/p mastectomy, completed all adjuvant therapy.', ['Absence', 'breast']],
    ['Assessment:\n1. s/p cholecystectomy 2019, no symptoms.', ['Absence', 'gallbladder']],
    ['Dx: Vitamin B12 deficiency s/p Roux-en-Y gastric bypass 2018.', ['Status', 'gastric bypass for obesity']],
    ['Assessment:\n2. OA L knee; s/p R TKA 2018 doing well.', ['Presence', 'knee-joint implant']],
    ['Assessment:\n2. L hip replacement 2015, doing well.', ['Presence', 'hip-joint implant']],
    ['Assessment:\n2. PVD s/p L BKA.', ['Absence', 'leg', 'below knee']],
    ['Assessment:\n2. Parastomal skin irritation, colostomy in place since 2020.', ['Status', 'colostomy']],
    ['Assessment:\n2. Dysphagia, PEG tube in place, tolerating feeds.', ['Status', 'gastrostomy']],
    // A past infarction said with a historical cue (Index "Infarct, myocardial, healed or old").
    ['Assessment:\n1. CAD s/p MI 2019, no angina.', ['Infarct, infarction', 'myocardium, myocardial', 'healed or old']],
  ])('"%s" -> Index %j', (text, path) => {
    const want = indexCode(codeSets(), path);
    expect(want, `Index path ${path.join(', ')}`).toBeDefined();
    // A category the Index leaves open ("Z90.1-") is completed by the laterality said ("R" breast: Z90.11).
    expect(run(text).some((c) => c.startsWith(want!.replace(/-$/, '')))).toBe(true);
  });

  it.each([
    'Assessment:\n1. Hypoxia: on 2 L oxygen in the ED.',
    'Exam: O2 sat 93% on RA, baseline.',
    'Assessment:\n1. ICD-10 codes reviewed with the patient.',
    'Assessment:\n1. Cardiomyopathy, EF 25%: plan ICD placement if EF remains low.',
    'Assessment:\n1. Chest pain. No prior stent or PCI.',
    'Family history:\nFather: CAD s/p stent at 50.',
    'Assessment:\n1. Lymphadenopathy: LAD in the neck, 2 cm.',
    'Assessment:\n1. Huntington disease (HD), stable.',
    // A prospect, a doubt or a device placed at this encounter is no status (I.C.21.c.3: from past treatment).
    'Assessment:\n1. CKD 5: discussed dialysis options; AVF referral.',
    'Assessment:\n1. CKD 4 - may need dialysis within a year.',
    'Assessment:\n1. Chest pain - cath lab for possible PCI and stent.',
    'Assessment:\n1. NSTEMI: DES to LAD today.',
    'Assessment:\n1. Hypoxemia - needs home O2 qualification walk.',
    'Assessment:\n1. Symptomatic bradycardia: refer for pacemaker evaluation.',
    // The operation this stay's recovery follows is its course, not a past treatment's status.
    'Assessment:\n1. POD #4 s/p laparoscopic sigmoid colectomy for diverticulitis - tolerating diet.',
    // An operation discussed, to be scheduled, is not yet done.
    'Assessment:\n1. Cholelithiasis - discussed risks, benefits and alternatives of laparoscopic cholecystectomy.',
    // An evaluation before the operation is for it: the joint is not yet replaced.
    'Assessment:\n1. Pre-op clearance for knee replacement.',
    // A dependence told as over (I.C.21.c.3: a status is current).
    'Txp hx: DDKT 03/2021 for ESRD; was on HD 2018-2021.',
    'PMH: COPD, previously on home O2, weaned 2024.',
    'Course: O2 weaned to RA day 3 (no home O2).',
    // A treatment continued in this encounter is no long-term dependence.
    'Course: 100% O2 via NRB continued. COHb 24%.',
    // An organ named without its removal, a lesion excised, or an operation only listed in the past history: no Z90 (IV.J).
    'Exam: Lungs clear. Cervix: normal.',
    'Exam: Breasts: healed R lumpectomy scar, no masses.',
    'PMH: HTN; s/p hysterectomy 2021 (fibroids)',
    'Assessment:\n1. Bladder tumor s/p TURBT resection 2024, surveillance cystoscopy.',
    'Procedure: laparoscopic cholecystectomy, uncomplicated.',
    'Procedure: R total knee arthroplasty.',
    'Assessment:\n1. R knee OA - plan R TKA next month.',
    'Assessment:\n2. Constipation - PEG 3350 daily.',
    // A past event the rest of the clause denies (copy-forward).
    'PMH: Chart problem list shows "h/o MI" - pt denies ever having an MI.',
    // An acute infarction is no old one (I.C.9.e.4).
    'Assessment:\n1. NSTEMI, troponin peaked 4.2.',
    'Assessment:\n1. Acute myocardial infarction, type 2.',
  ])('"%s" -> no status code', (text) => expect(run(text)).toEqual([]));

  it('I.C.21.c.3: no Z95.5 beside a diagnosis that names the stent (T82.855 in-stent stenosis)', () => {
    expect(run('Assessment:\n1. In-stent restenosis of LAD stent s/p PCI/DES.', ['T82.855A'])).toEqual([]);
    // A complication's prosthesis is the status's implant (T84.53 "... due to internal right knee prosthesis").
    expect(run('HPI: 71 yo F w/ R total knee arthroplasty (2021), now with PJI.', ['T84.53XA'])).toEqual([]);
  });

  it('I.A.12.a: no status its Excludes1 sets apart from a reported code (Z93 excludes complications of external stoma, K94.-)', () => {
    expect(run('Assessment:\n1. Colostomy malfunction - peristomal stenosis, refer to surgery.', ['K94.03'])).toEqual([]);
    expect(run('Assessment:\n1. Colostomy in place, functioning well.')).toEqual(['Z93.3']);
  });

  it('I.C.1.c: an ESBL-producing organism of an infection -> the Index "Resistance, ... extended spectrum beta lactamase" code', () => {
    const want = indexCode(codeSets(), ['Resistance, resistant', 'organism', 'to', 'drug', 'extended beta lactamase']);
    expect(want).toBe('Z16.12');
    expect(codeSets().icd('Z16.12')?.title).toMatch(/Extended spectrum beta lactamase \(ESBL\) resistance/);
    expect(run('Micro: urine cx >100,000 CFU/mL E. coli, ESBL-producing.', ['N39.0'])).toEqual([want]);
    // Without an infection, and a drug given (not a resistance said), no Z16.
    expect(run('Micro: urine cx E. coli, ESBL-producing.')).toEqual([]);
    expect(run('Plan:\n- Vancomycin IV, pharmacy dosing.', ['N39.0'])).toEqual([]);
  });

  it('I.A.13: "Wandering, in diseases classified elsewhere" beside the coded disease, not alone', () => {
    const want = indexCode(codeSets(), ['Wandering', 'in diseases classified elsewhere']);
    expect(want).toBe('Z91.83');
    expect(run('Assessment:\n1. Alzheimer dementia.\n2. Wandering - door alarms.', ['G30.1'])).toEqual([want]);
    expect(run('Assessment:\n1. Wandering - door alarms.')).toEqual([]);
  });

  it('I.A.12.a: the status with the implant stands over angioplasty status without it (Excludes1 at Z95.5)', () => {
    expect(run('Assessment:\n1. CAD s/p DES to RCA 2021.\n2. Stable angina, resolved after PCI.')).toEqual(['Z95.5']);
  });

  it('I.B.2: a status read without its side gives way to the same status documented with it', () => {
    const text = 'HPI: L modified radical mastectomy 2015.\nAssessment:\n1. H/o L breast cancer, s/p mastectomy/chemo/XRT, completed tx 2025.';
    expect(run(text)).toEqual(['Z90.12']);
  });
});
