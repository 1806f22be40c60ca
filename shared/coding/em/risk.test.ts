import { describe, expect, it } from 'vitest';
import { gradeRisk } from './risk.ts';

const risk = (plan: string, setting = 'office') => gradeRisk({ parts: [{ text: plan, offset: 0 }], setting }).level;

describe('gradeRisk (AMA MDM risk column)', () => {
  it.each([
    ['rest and fluids are low', 'Fluids, rest.', 2],
    ['a dose changed is prescription management', 'Decrease levothyroxine 137 -> 125 mcg qd.', 3],
    ['a dose changed with its form between is prescription management', 'Increase methylphenidate ER to 36 mg qAM.', 3],
    ['an over-the-counter dose changed stays low', 'Increase melatonin to 6 mg qHS.', 2],
    ['an admission weighed and forgone is high', 'Discussed hospital admission vs outpatient treatment; stable -> will not admit.', 4],
    // A prescription drug named by its USAN stem (-prost, -lukast) and continued.
    ['a continued prostaglandin eye drop is prescription management', 'POAG - continue latanoprost OU qhs.', 3],
    ['a continued leukotriene antagonist is prescription management', 'Asthma - continue montelukast nightly.', 3],
    ['a continued alpha/beta blocker (-dilol) is prescription management', 'Varices - cont carvedilol, HR 62.', 3],
    ['a nicotinic agonist (-icline) started is prescription management', 'Tobacco use - start varenicline; quitline.', 3],
    ['a P2Y12 inhibitor (-grel) held is prescription management', 'Hold clopidogrel 5 d before surgery.', 3],
    // ISMP high-alert drugs no USAN class stem names.
    ['a vitamin K antagonist held is prescription management', 'Warfarin held x2 doses, INR recheck in 48h.', 3],
    ['a cardiac glycoside continued is prescription management', 'AF - continue digoxin, check level next visit.', 3],
    // AMA: elective major surgery decided with identified patient or procedure risk factors is high; without them, moderate.
    [
      'a surgery decided with its risk factors named is high',
      'Cholelithiasis - will schedule lap cholecystectomy; surgical risk increased by obesity and diabetes.',
      4,
    ],
    ['a surgery decided with no risk factor named is moderate', 'Cholelithiasis - will schedule lap cholecystectomy.', 3],
    ['an arthroplasty named before its decision is moderate', 'Primary OA L hip - advanced. Pt wants L THA, will schedule.', 3],
    ['an arthroplasty named as a future option is no decision', 'Knee OA - discussed gel injections / TKA as future options.', 2],
    // An arrow ends a clause: the "risk of" before it governs the recurrence, not the admission after it.
    ['an admission after an arrow is high', 'High risk of recurrence -> requires observation admission for serial BG.', 4],
    ['a conditional plan with an arrow is no order', 'If not improved in 6 wks -> admission for IV antibiotics.', 2],
    ['over-the-counter drugs are low', 'OTC cetirizine 10 mg daily x 3 d, ice.', 2],
    ['acetaminophen is over the counter', 'Acetaminophen 650 mg q6h PRN.', 2],
    ['a prescription with its dose is moderate', 'Nitrofurantoin 100 mg BID x 5 d.', 3],
    ['a drug named by its stem is moderate', 'Hold lisinopril; start amlodipine.', 3],
    ['a prescription beside an OTC drug is still moderate', 'Dicyclomine 10 mg QID PRN, loperamide PRN.', 3],
    ['a decision about elective surgery is moderate', 'Discussed total knee arthroplasty; pt wishes to proceed.', 3],
    ['a decision about emergency surgery is high', 'Gen surg at bedside - to OR tonight for lap appy.', 4],
    ['surgery tomorrow is no emergency surgery', 'Plan: laparoscopic cholecystectomy, OR tomorrow.', 3],
    ['social determinants limiting treatment are moderate', 'Cannot afford inhaler; samples given.', 3],
    ['a decision about admission is high', 'Discussed admission to obs vs discharge; pt prefers home.', 4],
    ['observation in the ED is not hospital observation', 'Observed 2 h in ED: no further vomiting.', 2],
    ['an overnight observation stay is a decision about observation', 'Obs overnight; hourly CBG.', 4],
    ['a sulfonylurea (gli- prefix stem) stopped is prescription management', 'Glipizide stopped; PCP to follow.', 3],
    ['an ED disposition to the hospital is a decision', 'Dispo: admitted to hospitalist service, telemetry.', 4],
    ['a past admission is not a decision', 'Admitted 10/24 with cellulitis; improving.', 2],
    // A hospitalization decided against ("the need to initiate or forego ... hospitalization"), not a past one.
    ['a hospitalization decided against is high', 'COPD w/ acute exacerbation - not requiring admission. Prednisone 40 mg x 5 d.', 4],
    ['declining admission is high', 'Offered admission; pt declines admission, will return if worse.', 4],
    ['no past hospitalization is no decision', 'No hospitalizations in the past year.', 2],
    ['escalation of care is high in hospital', 'Escalation to ICU if FiO2 rises.', 4],
    ['an office patient sent to the ED is an escalation of care', "911 called for transfer to Children's ED for observation.", 4],
    ['an ED return precaution is no transfer', 'Return to the ED for chest pain.', 2],
    ['intensive monitoring for toxicity is high', 'Vancomycin AUC dosing, trough before 4th dose.', 4],
    ['a toxic drug with scheduled labs is high', 'Methotrexate 15 mg weekly - CBC/CMP q12wk.', 4],
    ['a direct thrombin inhibitor infusion by aPTT is high', 'Plan: argatroban infusion, aPTT q4h target 1.5-3x baseline.', 4],
    ['an unfractionated heparin infusion by anti-Xa is high', 'Continue UFH infusion w/ anti-Xa q6h per nomogram.', 4],
    // A vasoactive infusion titrated to arterial pressure is monitored by a physiologic test (AMA definition).
    ['a vasopressor titrated to a pressure target is high', 'Septic shock - cont norepi, titrate MAP >65.', 4],
    ['weaning a vasopressor is high', 'Plan: wean norepinephrine to MAP > 65, BMP q8h.', 4],
    ['a vasopressor named without titration is no monitoring', 'Off pressors since yesterday; ceftriaxone 2 g daily.', 3],
    // A therapy stopped at this encounter is no longer monitored.
    ['a heparin infusion stopped is no monitoring', 'Stop heparin drip, CBC daily; start apixaban 5 mg BID.', 3],
    ['a dextrose infusion by hourly glucose is high', 'POC glucose q1h: 142 -> 98 -> 74 -> D10 infusion started.', 4],
    ['a DNR decision is high', 'Goals of care: DNR/DNI confirmed with family.', 4],
    // A code status recorded under its label, and antibiotics narrowed, decide neither.
    ['a code status line is no decision', 'Code: DNR/DNI confirmed w/ pt. Dispo: home w/ HH.', 2],
    ['de-escalating antibiotics is no de-escalation of care', 'De-escalate cefepime -> ceftriaxone 2 g daily.', 3],
    ['de-escalation of care is high', 'Family meeting: de-escalation of care to comfort measures.', 4],
    ['return precautions decide nothing', 'Return if worse; may need admission.', 2],
  ])('%s', (_why, plan, want) => expect(risk(plan)).toBe(want));

  it('reads admission as history in a progress note', () => {
    expect(risk('Admission for syncope; metoprolol held.', 'inpatient-progress')).toBe(3);
    expect(risk('Admitted to telemetry 11/24 for syncope; metoprolol held.', 'inpatient-progress')).toBe(3);
  });

  it("reads the admission's own note deciding the admission as high (decision regarding hospitalization)", () => {
    expect(
      gradeRisk({ parts: [{ text: 'Admit to telemetry; furosemide 80 mg IV BID.', offset: 0 }], setting: 'inpatient-progress', admission: true }).level,
    ).toBe(4);
    expect(gradeRisk({ parts: [{ text: 'Admit to telemetry; furosemide 80 mg IV BID.', offset: 0 }], setting: 'inpatient-progress' }).level).toBe(3);
  });
});
