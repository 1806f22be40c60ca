import { describe, expect, it } from 'vitest';
import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { drugTherapy } from './drug-therapy.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
    ['E09.65', true, 'Drug or chemical induced diabetes mellitus with hyperglycemia'],
    ['I48.91', true, 'Unspecified atrial fibrillation'],
    ['Z79.4', true, 'Long term (current) use of insulin'],
    ['Z79.84', true, 'Long term (current) use of oral hypoglycemic drugs'],
    ['Z79.01', true, 'Long term (current) use of anticoagulants'],
    ['Z79.02', true, 'Long term (current) use of antithrombotics/antiplatelets'],
    ['Z79.890', true, 'Hormone replacement therapy'],
    ['Z79.52', true, 'Long term (current) use of systemic steroids'],
  ],
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text);
  drugTherapy(ctx);
  return active(ctx)
    .map((f) => f.code)
    .filter((c) => c.startsWith('Z79'))
    .sort();
};

describe('drugTherapy (I.C.4.a.3, I.C.21.c.3)', () => {
  it.each([
    [['E11.9'], 'Meds: metformin 500 mg BID, insulin glargine 20 u', ['Z79.4', 'Z79.84']],
    [[], 'Meds: metformin 500 mg BID', []],
    // I.C.4.a.3 covers every diabetes category (E08-E13), drug-induced diabetes too.
    [['E09.65'], 'Plan: Start NPH insulin qAM dosed w/ prednisone.', ['Z79.4']],
    [['I48.91'], 'Meds: apixaban 5 mg BID', ['Z79.01']],
    // Brand names (FDA label established names).
    [['I48.91'], 'Assessment: AF - continue Eliquis 5 mg BID.', ['Z79.01']],
    [['I48.91'], 'Meds: Xarelto 20 mg daily', ['Z79.01']],
    [['I48.91'], 'Assessment: Paroxysmal AF on chronic anticoagulation.', ['Z79.01']],
    [['S06.0X0A'], 'MDM: elderly on anticoagulation w/ head strike, CT negative.', ['Z79.01']],
    [['S06.0X0A'], 'HPI: 78F anticoagulated, fell at home.', ['Z79.01']],
    [['S06.0X0A'], 'HPI: fell at home. Not anticoagulated.', []],
    [['I26.99'], 'PMH: PE 2019, off anticoagulation since.', []],
    [['I48.91'], 'Plan: DVT ppx with apixaban', []],
    [['I48.91'], 'Allergies: warfarin (rash)', []],
    [[], 'Menopause: no HRT.', []],
    [[], 'Menopause, on HRT since 2019.', ['Z79.890']],
    // A finished course is no current use (I.C.21.c.3); a current one beside it still is.
    [['I48.91'], 'PMH: h/o provoked PE 2021 - completed 6 mo apixaban, no recurrence.', []],
    [['I48.91'], 'PMH: PE 2021 - completed 6 mo warfarin. Meds: apixaban 5 mg BID', ['Z79.01']],
    // A stop in the same line is the other drug's when its own item does not say it.
    [['I48.91'], 'Meds: apixaban 5 mg BID, ASA stopped 3/2026, metoprolol', ['Z79.01']],
    [['I48.91'], 'Meds: apixaban 5 mg BID (ASA stopped 3/2026), metoprolol', ['Z79.01']],
    [['I48.91'], 'Meds: metoprolol, apixaban stopped 3/2026', []],
    // A loading dose, or a drug anticipated at discharge, is no current long-term use (ConText FUTURE).
    [['I63.9'], 'MDM: TIA. Loaded ASA 325 + clopidogrel 300, atorvastatin 80 mg.', []],
    [['I63.9'], 'MDM: TIA. Continue clopidogrel 75 mg daily.', ['Z79.02']],
    [['I26.99'], 'Plan: heparin gtt. Anticipate apixaban x >= 3 mo at discharge.', []],
    // I.C.4.a.3: insulin given temporarily during the stay is no long-term use; a drug held for a while still is.
    [['E11.9'], 'T2DM - home metformin held; basal-bolus insulin while inpatient, titrate.', ['Z79.84']],
    [['E11.9'], 'T2DM - continue insulin glargine 20 u qHS.', ['Z79.4']],
    [['E11.9'], 'T2DM w/ hyperglycemia - Start glargine 10 u qHS while metformin held.', ['Z79.84']],
    [['E11.9'], 'T2DM - metformin held; add glargine 10 units tonight for inpatient control only.', ['Z79.84']],
    // A drug the patient declines (ConText NEGATED_EXISTENCE "declines") is not taken.
    [['E11.9'], 'T2DM - resume metformin at discharge; pt declines home insulin.', ['Z79.84']],
  ])('%j with "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));

  // ATC H02AB systemic glucocorticoids: the patient's own regimen, not a course of days, a dose given or a past course.
  it.each([
    ['HPI: PMR. Now on prednisone 7.5 mg; stiffness 15 min AM.', 'office', ['Z79.52']],
    ['Assessment: Long-term steroid use - Ca/vit D, DXA ordered.', 'office', ['Z79.52']],
    ['Meds: tacrolimus 2 mg BID, prednisone 5 mg daily', 'telehealth', ['Z79.52']],
    ['Plan: prednisone 40 mg daily x 5 d, doxycycline 100 mg BID.', 'office', []],
    ['AECOPD - prednisone 40 mg day 2/5, duonebs q4h.', 'inpatient-progress', []],
    ['ED course: methylprednisolone 125 mg IV, diphenhydramine 50 mg IV.', 'ed', []],
    ['Plan: start prednisone 40 mg taper.', 'office', []],
    ['Crohn disease: budesonide bridge; prednisone none since 2023.', 'office', []],
    ['AECOPD on chronic prednisone 10 mg daily.', 'inpatient-progress', ['Z79.52']],
  ] as [string, ClinicalDocument['setting'], string[]][])('"%s" (%s) -> %j', (text, setting, want) => {
    const ctx = kitContext(cs, [], text, { setting });
    drugTherapy(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });

  it('cites the guideline in words', () => {
    const ctx = kitContext(cs, ['E11.9'], 'Meds: insulin glargine');
    drugTherapy(ctx);
    expect(ctx.findings.at(-1)!.why[0]).toBe('ICD-10-CM I.C.4.a.3: long-term (current) use of insulin');
  });
});
