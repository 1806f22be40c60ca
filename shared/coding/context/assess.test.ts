import { describe, expect, it } from 'vitest';
import { assess } from './assess.ts';

const at = (text: string, word: string, setting: 'office' | 'inpatient-progress' | 'ed' = 'office', section: 'assessment' | 'fhx' = 'assessment') => {
  const i = text.indexOf(word);
  return assess(text, 0, i, i + word.length, section, setting).status;
};

describe('assess: context with scope', () => {
  it.each([
    ['no chest pain but reports fever', 'fever', 'affirmed'],
    ['no chest pain but reports fever', 'chest pain', 'negated'],
    ['Denies chest pain, SOB, orthopnea', 'orthopnea', 'negated'],
    ['Ectopic pregnancy excluded (IUP)', 'Ectopic pregnancy', 'negated'],
    ['fever: none', 'fever', 'negated'],
    // A field's value that denies it or makes it past (medspaCy NEGATED_EXISTENCE "never", "denies"; HISTORICAL "former", "quit").
    ['Tobacco use: never', 'Tobacco use', 'negated'],
    ['Drug use: denies', 'Drug use', 'negated'],
    ['Tobacco use: former', 'Tobacco use', 'history'],
    ['Tobacco - quit 2019 per pt today', 'Tobacco', 'history'],
    ['Tobacco use: 1/2 ppd', 'Tobacco use', 'affirmed'],
    ['Elevated BP reading without dx of HTN', 'HTN', 'negated'],
    ['COPD without exacerbation', 'COPD', 'affirmed'],
    ['Hyperkalemia - resolved off spironolactone. Avoid K-sparing diuretics.', 'Hyperkalemia', 'resolved'],
    ['COPD exacerbation + probable pneumonia', 'COPD exacerbation', 'affirmed'],
    ['COPD exacerbation + probable pneumonia', 'pneumonia', 'uncertain'],
    // A sign beside its doubted cause after a dash or comma is certain (IV.D); a doubt word alone there is the sign's.
    ['Chest pain - probable GERD', 'Chest pain', 'affirmed'],
    ['Exertional chest pressure, possible stable angina', 'chest pressure', 'affirmed'],
    ['Pneumonia - probable', 'Pneumonia', 'uncertain'],
    ['Pneumonia, possible.', 'Pneumonia', 'uncertain'],
    ['pneumonia vs aspiration', 'pneumonia', 'uncertain'],
    ['Septic arthritis considered - doubt; await cx.', 'Septic arthritis', 'uncertain'],
    ['# Ex-smoker.', 'smoker', 'history'],
    // A doubt about a cause set off by commas qualifies that cause, not the conditions listed after it.
    ['frequent PVCs, likely from the RVOT, and essential hypertension', 'hypertension', 'affirmed'],
    ['possible pneumonia, effusion', 'effusion', 'uncertain'],
    ['Exertional dyspnea', 'dyspnea', 'affirmed'],
    // A complication named as present ends the procedure's history.
    ['bleeding ulcer s/p endoscopic hemostasis, complicated by acute blood loss anemia', 'acute blood loss anemia', 'affirmed'],
    ['bleeding ulcer s/p endoscopic hemostasis, acute blood loss anemia', 'acute blood loss anemia', 'history'],
    ['Sepsis was considered on admission and ruled out - lactate 1.1', 'Sepsis', 'negated'],
    // An excluded cause after a dash or comma leaves the sign it was looked for in; a cue alone there is the finding's.
    ['Atypical chest pain - ACS ruled out', 'chest pain', 'affirmed'],
    ['Chest pain, MI excluded by serial troponins', 'Chest pain', 'affirmed'],
    ['Pneumonia - ruled out', 'Pneumonia', 'negated'],
    // A test result in a lab's shorthand closing the clause denies what was tested; a receptor's status or a culture-negative
    // infection names a kind.
    ['rapid PCR influenza A positive, RSV/COVID negative.', 'COVID', 'negated'],
    ['rapid PCR influenza A positive, RSV/COVID negative.', 'influenza A', 'affirmed'],
    ['COVID-19 PCR neg x2', 'COVID-19', 'negated'],
    ['Left breast cancer, HER2 negative', 'HER2', 'affirmed'],
    ['Sepsis culture negative', 'Sepsis', 'affirmed'],
    ['4. AKI - Cr 2.1 -> 1.0, resolved', 'AKI', 'resolved'],
    // "resolved" before another finding governs that one (ConText "resolved", FORWARD), a hyphenated word too.
    ['Hyperkalemia - resolved T-wave changes after HD', 'Hyperkalemia', 'affirmed'],
    ['PE, unlikely', 'PE', 'negated'],
    ["Chronic low back pain (chronic pain syndrome not dx'd; nonspecific)", 'chronic pain syndrome', 'negated'],
    ["Chronic low back pain (chronic pain syndrome not dx'd; nonspecific)", 'Chronic low back pain', 'affirmed'],
    ['ACS ruled out, likely GERD', 'GERD', 'uncertain'],
    // An item's dash aside ending on its status after its dates and treatment.
    ['C. diff colitis (03/2024) - completed vancomycin, resolved.', 'colitis', 'resolved'],
    ['UTI (10/2026, E. coli) - treated as outpt, resolved.', 'UTI', 'resolved'],
    ['CHF exacerbation - diuresed, edema resolved.', 'CHF', 'affirmed'],
    ['Strep pneumoniae bacteremia / RLL pneumonia - shock resolved, pressors off', 'pneumonia', 'affirmed'],
    ['Hyperkalemia - now resolved', 'Hyperkalemia', 'resolved'],
    // A condition joined as new or now present is current, past a history cue.
    ['CAD s/p LAD DES w/ new stable exertional angina', 'angina', 'affirmed'],
    ['h/o DVT on apixaban now with PE', 'PE', 'affirmed'],
    ['s/p LAD DES with in-stent restenosis', 'restenosis', 'history'],
    ['Acute ischemic stroke, s/p IV tPA at OSH, with R hemiparesis and expressive aphasia', 'hemiparesis', 'affirmed'],
    ['No fever, with productive cough', 'cough', 'affirmed'],
    // "history" as the condition's label after it (medspaCy HISTORICAL, backward); "history of" opens another.
    ['Stroke hx - on ASA/statin, no new deficits', 'Stroke', 'history'],
    ['Ruled out for MI by serial troponins', 'MI', 'negated'],
    ['Tetanus booster due - Tdap given today', 'Tetanus', 'hypothetical'],
    ['Influenza vaccine given', 'Influenza', 'hypothetical'],
    ['He was vaccinated against influenza and pneumococcus', 'influenza', 'hypothetical'],
    ['Consent: risks (infection, post-injection flare, hyperglycemia) discussed', 'hyperglycemia', 'hypothetical'],
    ['Risks and benefits, including bleeding and infection, reviewed', 'infection', 'hypothetical'],
    // A cue is a whole word: "avoided" is no "avoid".
    ['Nitrofurantoin (TMP-SMX avoided d/t sulfa allergy)', 'sulfa allergy', 'affirmed'],
    ['Influenza A, confirmed by PCR', 'Influenza A', 'affirmed'],
    ['Mother had breast cancer at 58', 'breast cancer', 'family-history'],
    // A condition named with its screening is what the test looks for (I.C.21.c.5).
    ['Retinopathy screen: dilated exam, no DR', 'Retinopathy', 'hypothetical'],
    // medspaCy HYPOTHETICAL "as needed", and its shorthand PRN: a symptom treated if it comes.
    ['Ibuprofen/acetaminophen PRN pain/fever.', 'fever', 'hypothetical'],
    ['Albuterol as needed for wheezing', 'wheezing', 'hypothetical'],
    ['Wheezing, using albuterol', 'Wheezing', 'affirmed'],
    ['Screening for depression (PHQ-9 3)', 'depression', 'hypothetical'],
    ['Depression screening negative', 'Depression', 'hypothetical'],
    ['Diabetic retinopathy, screened annually', 'Diabetic retinopathy', 'affirmed'],
    ['HIV and hepatitis C screening: done, negative.', 'hepatitis', 'hypothetical'],
    // A condition named by the test for it is the test's target until a result says so (IV.H, IV.K).
    ['Check hepatitis B serologies.', 'hepatitis B', 'hypothetical'],
    ['Lyme titers sent.', 'Lyme', 'hypothetical'],
    ['Hepatitis C antibody positive, RNA pending.', 'Hepatitis C', 'affirmed'],
    ['Hepatitis C Ab nonreactive.', 'Hepatitis C', 'negated'],
    ['Hepatitis B series started.', 'Hepatitis B', 'hypothetical'],
    // A line labelled with the vaccines given lists what is prevented (I.C.21.c.2).
    ['Vaccines today (VIS given): MMR, varicella, hepatitis A #1.', 'varicella', 'hypothetical'],
    ['Immunizations: up to date. Varicella on trunk', 'Varicella', 'affirmed'],
    // ... and one labelled with a screening lists what is looked for (I.C.21.c.5), unless a result found it.
    ['STI screening: GC/CT urine NAAT + HIV/syphilis ordered at lab.', 'syphilis', 'hypothetical'],
    ['Depression screening: PHQ-9 positive, major depression, moderate', 'major depression', 'affirmed'],
    // A relative tied to the finding by a preposition right after it (medspaCy FAMILY words, read backward).
    ['Statin indicated: premature CAD in father.', 'CAD', 'family-history'],
    // ... and forward, when the relative is said to have it a few words on.
    ['Flu neg (sib w/ flu A).', 'flu A', 'family-history'],
    ['Brother has strep throat; pt with sore throat.', 'sore throat', 'affirmed'],
    ['Mother with pt. Fever x 2 d.', 'Fever', 'affirmed'],
    ['Breast cancer in her mother (age 60).', 'Breast cancer', 'family-history'],
    ['Mixed hyperlipidemia - premature CAD in father.', 'Mixed hyperlipidemia', 'affirmed'],
    ['Return if fever develops', 'fever', 'hypothetical'],
    ['Rule out pneumonia', 'pneumonia', 'uncertain'],
    ['Doubt pyelonephritis - afebrile', 'pyelonephritis', 'uncertain'],
    ['History of DVT - remote', 'DVT', 'history'],
    // A duration before "history of" dates the present illness (HPI "duration"); without one it is past history.
    ['A two-week history of abdominal pain and weight loss', 'weight loss', 'affirmed'],
    ['3-day history of cough', 'cough', 'affirmed'],
    ['History of abdominal pain, cholecystectomy 2019', 'abdominal pain', 'history'],
    // medspaCy HISTORICAL TERMINATE "presents": the history cue does not reach past it.
    ['History of asthma, presents with wheezing', 'wheezing', 'affirmed'],
    ['History of asthma, presents with wheezing', 'asthma', 'history'],
    ['Hx of gout who came in with knee pain', 'knee pain', 'affirmed'],
    ['Acute cystitis without hematuria', 'Acute cystitis', 'affirmed'],
    ['DVT ppx: enoxaparin 40 mg daily', 'DVT', 'hypothetical'],
    ['GI prophylaxis with pantoprazole', 'GI', 'hypothetical'],
    ['Anticipatory guidance: water/burn safety', 'burn', 'hypothetical'],
    ['Fall precautions reviewed', 'Fall', 'hypothetical'],
    ['Add glipizide 5 mg daily; hypoglycemia teaching', 'hypoglycemia', 'hypothetical'],
    ['Burn of L palm, 2nd degree', 'Burn', 'affirmed'],
    ['Shingles 2019 - resolved', 'Shingles', 'resolved'],
    ['Otitis media, resolved since March', 'Otitis media', 'resolved'],
    ['Hyperkalemia - resolved after Lokelma', 'Hyperkalemia', 'affirmed'],
    ['Dehydration - resolved orthostasis w/ 2 L IVF', 'Dehydration', 'affirmed'],
    ['DKA - resolved AG, on SC insulin', 'DKA', 'affirmed'],
    ['Rh positive, rubella immune', 'rubella', 'hypothetical'],
    ['Tetanus: up to date (<5 yr), no booster needed', 'Tetanus', 'hypothetical'],
    // IV.H: "doubted" right after the condition is its uncertainty, like "considered".
    ['DVT doubted (Wells 0, exam) - no US today', 'DVT', 'uncertain'],
    ['Hypertriglyceridemia not the cause (TG 188).', 'Hypertriglyceridemia', 'negated'],
    // A cue inside a closed aside keeps to it; one outside the aside still reaches past it.
    ["Parkinson's disease (no dyskinesias) admitted with acute cystitis", 'acute cystitis', 'affirmed'],
    ['No fever (checked twice) or chills', 'chills', 'negated'],
    ['Delirium has cleared, CAM negative x48 h.', 'Delirium', 'resolved'],
    ['Anticipatory guidance: driving safety, sleep, screen time reviewed.', 'sleep', 'hypothetical'],
    ['- Influenza (Fluarix trivalent) 0.5 mL IM R deltoid', 'Influenza', 'hypothetical'],
    ['Lac repaired. Tetanus updated.', 'Tetanus', 'hypothetical'],
    // A disease's prophylaxis by its shorthand (abbr: PrEP; CDC: post-exposure prophylaxis, PEP).
    ['Rabies PEP not indicated (own vaccinated cat).', 'Rabies', 'hypothetical'],
    ['HIV PrEP - continue.', 'HIV', 'hypothetical'],
    // The disease as the line's label, its exposure prophylaxis weighed further on; other prophylaxis governs no label.
    ['Rabies: provoked bite by vaccinated, known dog -> no PEP indicated.', 'Rabies', 'hypothetical'],
    ['HIV: CD4 150, on Bactrim PCP ppx.', 'HIV', 'affirmed'],
    ['RLL pneumonia, most likely aspiration given known dysphagia', 'aspiration', 'uncertain'],
    ['Influenza A, oseltamivir 75 mg BID', 'Influenza A', 'affirmed'],
    ['C-spine cleared clinically; neck pain', 'neck pain', 'affirmed'],
    // A few words saying when, between the condition and its aside's status.
    ['AKI on adm (Cr 1.4) - resolved, Cr 0.9 on 1/21.', 'AKI', 'resolved'],
    ['Sepsis on adm - ruled out; lactate 1.0.', 'Sepsis', 'negated'],
    // Resolved on an earlier hospital day is a past problem of the stay.
    ['Acute metabolic encephalopathy due to #1 - resolved HD#2.', 'Acute metabolic encephalopathy', 'resolved'],
    ['Hypoglycemia due to insulin (taken in error) - resolved with meal.', 'Hypoglycemia', 'affirmed'],
    ['Wound check in 48 h or sooner for redness, swelling, fever', 'fever', 'hypothetical'],
    ['RTED for any voice change, difficulty breathing.', 'voice change', 'hypothetical'],
    ['Came in sooner, fever since today', 'fever', 'affirmed'],
    ['Hyponatremia - resolved to baseline', 'Hyponatremia', 'resolved'],
    ['Hx bladder cancer, NED', 'bladder cancer', 'history'],
  ])('%s -> %s is %s', (text, word, status) => {
    expect(at(text, word)).toBe(status);
  });

  it('codes uncertain diagnoses as established for inpatient progress notes (II.H / III.C)', () => {
    expect(at('Probable pneumonia', 'pneumonia', 'inpatient-progress')).toBe('affirmed');
    expect(at('Probable pneumonia', 'pneumonia', 'office')).toBe('uncertain');
  });

  it('treats everything in the family-history section as family history', () => {
    expect(at('diabetes', 'diabetes', 'office', 'fhx')).toBe('family-history');
  });

  // In the ED a condition "resolved w/" a treatment was treated at this visit; elsewhere it is resolved (I.C.21.c.4 reads it as past).
  it.each([
    ['1. Fentanyl overdose w/ acute hypoxic respiratory failure - resolved w/ naloxone, no intubation', 'ed', 'affirmed'],
    ['1. Fentanyl overdose w/ acute hypoxic respiratory failure - resolved w/ naloxone, no intubation', 'office', 'resolved'],
  ] as const)('%s (%s) -> %s', (text, setting, want) => expect(at(text, 'respiratory failure', setting)).toBe(want));

  // In a hospital progress note "resolved with <treatment>" was earlier in the stay: resolved, unless the item still manages it.
  it.each([
    ['# AKI, prerenal - resolved with IVF (Cr 1.3 -> 0.7).', 'AKI', 'resolved'],
    ['3. Hyperkalemia - resolved after Lokelma; recheck AM. Low-K diet.', 'Hyperkalemia', 'affirmed'],
  ] as const)('inpatient: %s -> %s is %s', (text, word, want) => expect(at(text, word, 'inpatient-progress')).toBe(want));
});
