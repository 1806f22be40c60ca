import { describe, expect, it } from 'vitest';
import { findCues } from './cue.ts';
import { gradeProblems, historyCourseCues, type ProblemItem } from './problems.ts';

const items = (lines: string[], chronic: number[] = []): ProblemItem[] => {
  let at = 0;
  return lines.map((text, i) => {
    const item = { text, start: at, chronic: chronic.includes(i) };
    at += text.length + 1;
    return item;
  });
};

describe('gradeProblems (AMA MDM problems column)', () => {
  it.each([
    ['one self-limited problem is minimal', ['Local reaction to insect sting, R forearm. No systemic features.'], [], 1],
    ['two minor problems are low', ['Insect bite L ankle.', 'Common cold.'], [], 2],
    ['an acute uncomplicated illness is low', ['Acute cystitis - uncomplicated. Return if fever develops.'], [], 2],
    // AMA: fever in a minor illness treated to alleviate it is an acute, uncomplicated illness; a seizure with it is systemic.
    ['the fever of an otitis media is no systemic symptom', ['AOM, left, with fever - amoxicillin 90 mg/kg/d.'], [], 2],
    ['a febrile seizure is a systemic symptom', ['Simple febrile seizure with AOM.'], [], 3],
    ['a fever without a minor illness named is a systemic symptom', ['Fever 102 with rigors, source unclear.'], [], 3],
    ['signs to come back sooner for are hypothetical', ['Dog bite, L forearm. Wound check in 48 h or sooner for redness, fever.'], [], 2],
    ['a doubted complication is not graded', ['Acute cystitis.', 'Doubt pyelonephritis - afebrile.'], [], 2],
    ['one stable chronic illness is low', ['Hypertension - at goal, continue lisinopril.'], [0], 2],
    // AMA: a threat to bodily function in the near term without treatment, which an emergency operation decided for it shows.
    [
      'an illness sent to the OR tonight is a threat to bodily function',
      ['Acute appendicitis, uncomplicated. Gen surg at bedside - to OR tonight for lap appy.'],
      [],
      4,
    ],
    ['an emergent laparotomy is the same', ['Small bowel obstruction - emergent exploratory laparotomy.'], [], 4],
    ['an operation scheduled for tomorrow is not emergency', ['Acute cholecystitis - IV abx, OR tomorrow for lap chole.'], [], 2],
    ['urgent care is no operation', ['Acute cystitis. Return to urgent care or ED if worse.'], [], 2],
    // Index: Ingestion, drug or chemical - see Table of Drugs and Chemicals, poisoning.
    ['an accidental drug ingestion is a poisoning', ['Accidental clonidine ingestion w/ bradycardia and somnolence.'], [], 4],
    ['two stable chronic illnesses are moderate', ['ADHD - stable.', 'Hypothyroidism - TSH normal.'], [0, 1], 3],
    ['an over-replaced chronic illness has side effects of treatment', ['Postsurgical hypothyroidism - over-replaced, TSH suppressed.'], [], 3],
    ['a metastatic cancer progressing is a severe progression', ['Metastatic breast cancer to bone - progression on anastrozole.'], [], 4],
    ['a cancer progressing without metastases is a progression', ['Prostate cancer - PSA progression on ADT.'], [], 3],
    ['a metastatic cancer without progression is stable', ['Metastatic breast cancer - no progression on PET, continue AI.'], [], 2],
    ['a grade 3 side effect of treatment is severe (CTCAE)', ['Neutropenia due to chemotherapy, grade 3, afebrile.'], [], 4],
    ['a grade 2 side effect is not', ['Neutropenia due to chemotherapy, grade 2, afebrile.'], [], 2],
    ['a chronic illness not at goal is moderate', ['T2DM - A1c up to 8.1.'], [0], 3],
    ['"up to date" says nothing of a goal', ['Hypothyroidism - TSH normal. Vaccines up to date.'], [0], 2],
    ['worsening of an acute illness is not a chronic exacerbation', ['Sinusitis, worsening after initial improvement.'], [], 2],
    ['fever makes an acute illness systemic', ['Influenza with fever and myalgias.'], [], 3],
    ['a complication held unlikely is not graded', ['Acute uncomplicated cystitis. Low suspicion for pyelonephritis.'], [], 2],
    ['a newly diagnosed problem of uncertain prognosis is moderate', ['CLL, newly diagnosed, watch and wait.'], [], 3],
    ['a cancer in the differential is an undiagnosed problem of uncertain prognosis', ['Elevated PSA - r/o prostate ca; MRI, then decide on biopsy.'], [], 3],
    ['a lesion worked up for malignancy is one too', ['Lung lesion - evaluate for malignancy with PET.'], [], 3],
    ['a displaced fracture is an acute complicated injury', ['Displaced fracture of the 5th metacarpal.'], [], 3],
    ['a threat to bodily function is high', ['Acute hypoxic respiratory failure - escalate if FiO2 rises.'], [], 4],
    ['a chronic stable form is not an acute threat', ['Chronic respiratory failure with hypoxia - stable on 2 L O2.'], [0], 2],
    ['a chronic condition named without its ICD-10-CM code is still chronic', ['1. GAD - partial response, not at goal.'], [], 3],
    ['two named chronic conditions are moderate', ['1. HTN - BP 128/76 on lisinopril.', '2. Hypothyroidism - TSH 2.1, continue levothyroxine.'], [], 3],
    ['a chronic illness with an acute exacerbation is moderate', ['Mild persistent asthma w/ acute exacerbation.'], [], 3],
    ['an old stroke is not an acute threat', ['Hx of stroke with residual L weakness - PT ongoing.'], [], 1],
    ['a severe exacerbation is high', ['Acute on chronic systolic heart failure, decompensated.'], [0], 4],
    // CIWA-Ar 20 or more is severe withdrawal; a high risk of its complications is the threat without treatment.
    ['severe withdrawal is a threat to life', ['Alcohol withdrawal, CIWA-Ar 22 - symptom-triggered diazepam.'], [], 4],
    ['a high risk of complicated withdrawal is a threat', ['Alcohol dependence w/ withdrawal. High risk for complicated withdrawal - admit.'], [], 4],
    ['a high risk of DTs (delirium tremens) is a threat', ['Alcohol withdrawal w/ hallucinations - high risk of progression to DTs or seizure.'], [], 4],
    ['mild withdrawal is not', ['Alcohol withdrawal, mild, CIWA 8.'], [], 3],
    [
      'a threat worked up and excluded is an undiagnosed problem of uncertain prognosis',
      ['Threatened abortion, viable IUP.', 'Ectopic pregnancy excluded (IUP with cardiac activity).'],
      [],
      3,
    ],
    ['a denied threat is not one', ['No angioedema, no airway compromise. Contact dermatitis.'], [], 2],
    ["a threat excluded at an earlier encounter is not this one's work-up", ['Cellulitis, improving.', 'Sepsis ruled out on admission.'], [], 2],
    ['"on adm" is on admission', ['Cellulitis, improving.', '?Sepsis on adm - ruled out; lactate 1.0.'], [], 2],
    ['history lines are not problems addressed', ['Hx SVT s/p ablation 2010 - no recurrence.', 'Acute otitis media.'], [], 2],
    ['symptoms persisting on treatment are not at goal', ['1) BPH w/ LUTS - nocturia persists on alpha-blocker alone. Add finasteride.'], [], 3],
    [
      "a side effect item of the drug another item's chronic illness takes is that illness's side effect of treatment",
      ['1. ADHD, combined type - good response to methylphenidate ER.', '2. Decreased appetite - adverse effect of methylphenidate.'],
      [],
      3,
    ],
    ['a side effect of a drug no chronic item names is not', ['1. ADHD - stable on guanfacine.', '2. Rash - adverse effect of amoxicillin.'], [], 2],
  ])('%s', (_why, lines, chronic, want) => expect(gradeProblems(items(lines, chronic)).level).toBe(want));

  it('one item naming two chronic illnesses counts both (AMA: two or more stable chronic illnesses)', () => {
    const item = { text: 'T2DM w/ diabetic CKD stage 3a - eGFR 52 stable, continue metformin.', start: 0, chronic: true };
    expect(gradeProblems([item]).level).toBe(2);
    expect(gradeProblems([{ ...item, chronicIllnesses: 2 }]).level).toBe(3);
  });

  it("the history's account of a chronic problem's course is its status (AMA: acutely worsening or progressing)", () => {
    const course = { label: 'exacerbation or progression told in the history', start: 40, end: 50, text: 'worse past' };
    const item = { text: 'Chronic migraine without aura, not intractable', start: 0, chronic: true };
    expect(gradeProblems([item]).level).toBe(2);
    expect(gradeProblems([{ ...item, course }]).level).toBe(3);
    // An acute problem the history says is worse is not a chronic illness's exacerbation.
    expect(gradeProblems([{ text: 'Acute otitis media, right', start: 0, chronic: false, course }]).level).toBe(2);
  });

  it.each([
    ['headaches since teens, worse past 2 yrs', true],
    ['Worsening over 1 yr. No intermenstrual bleeding.', true],
    ['patches x 6 wks, worse since heat turned on', true],
    ['progressively worse dyspnea', true],
    // A modifying factor, or a course denied, tells no progression.
    ['pain worse with reaching and at night', false],
    ['no worsening over the past year', false],
  ])('history course "%s" -> %s', (text, want) => expect(findCues(text, historyCourseCues).length > 0).toBe(want));

  it('explains the level with the evidence span', () => {
    const g = gradeProblems(items(['Sepsis due to pneumonia.']));
    expect(g.why).toMatch(/high .*"Sepsis"/);
    expect(g.evidence[0]).toMatchObject({ start: 0, end: 6, text: 'Sepsis' });
  });
});
