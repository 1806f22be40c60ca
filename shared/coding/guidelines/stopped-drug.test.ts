import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { stoppedDrug } from './stopped-drug.ts';

/** Runs the rule on a note with one Z79 finding whose evidence is the drug's first mention. */
function run(text: string, drug: string): string[] {
  const ctx = kitContext(standInCodeSets, ['Z79.83'], text);
  const f = ctx.findings[0]!;
  f.start = text.indexOf(drug);
  f.end = f.start + drug.length;
  stoppedDrug(ctx);
  return activeCodes(ctx);
}

describe('stoppedDrug (I.C.21.c.3: Z79 is a drug in current use)', () => {
  it.each([
    // Ended at this visit or never begun: no current long-term use.
    ['Meds: alendronate 70 mg weekly\nA/P: Osteoporosis - START drug holiday today; alendronate STOPPED.', 'alendronate', []],
    ['HPI: on methotrexate 15 mg weekly.\nPlan: STOP methotrexate. Recheck LFTs.', 'methotrexate', []],
    ['Plan: ASA 81 mg not started (dx after 28 wk).', 'ASA', []],
    ['Meds: metoprolol, ASA 81 daily - stopped 2 wks ago by cardiology.', 'ASA', []],
    // A course told as completed, before or just after the drug; a completion that follows another drug is that one's.
    ['PROBLEM LIST: h/o DVT on apixaban\nA/P: Hx DVT 2019 - completed 6 mo apixaban in 2020. Not on anticoagulation now.', 'apixaban', []],
    ['PMH: breast cancer 2016, on tamoxifen - completed 2021.', 'tamoxifen', []],
    ['Meds: aspirin 81 mg + clopidogrel completed 90 d DAPT -> now aspirin 81 mg alone.', 'aspirin', ['Z79.83']],
    ['Assessment:\n1. CAD - continue ASA 81 - stopped clopidogrel.', 'ASA', ['Z79.83']],
    // The evidence's schedule word is no drug: "stop daily weights" does not end "daily aspirin".
    ['Meds: daily aspirin 81 mg\nPlan: stop daily weights.', 'daily aspirin', ['Z79.83']],
    ['A/P: Acute ischemic stroke. Start apixaban day 4-5 per neuro given infarct size.', 'apixaban', []],
    ['Plan: start adalimumab 40 mg q2wk once QFT back neg.', 'adalimumab', []],
    ['HPI: on apixaban.\nPlan: resume apixaban; start rivaroxaban in 2 weeks instead.', 'apixaban', ['Z79.83']],
    ['Plan: T2DM, new - start metformin 500 mg BID.', 'metformin', ['Z79.83']],
    ['Meds: warfarin 5 mg\nPlan: warfarin discontinued, INR 6.', 'warfarin', []],
    // Going on, interrupted around a procedure, conditional, or another drug of the list stopped.
    ['Meds: alendronate 70 mg weekly\nPlan: continue alendronate, do not stop.', 'alendronate', ['Z79.83']],
    ['Meds: meloxicam 15 mg daily\nPlan: stop meloxicam 7 days pre-op.', 'meloxicam', ['Z79.83']],
    ['Plan: start denosumab; stop alendronate when first dose given.', 'alendronate', ['Z79.83']],
    ['Meds: ASA 81, clopidogrel (STOPPED 2020 after 12 mo DAPT), atorvastatin 80', 'ASA', ['Z79.83']],
    ['Meds: ASA 81\nPlan: hold ASA 48-72 h then resume.', 'ASA', ['Z79.83']],
    // An aside with its own subject is that drug's; one without a subject is the item's own.
    ['Meds: apixaban 5 mg BID, clopidogrel 75 mg daily (ASA stopped 3/2026 per plan), atorvastatin', 'clopidogrel', ['Z79.83']],
    ['Meds: apixaban 5 mg BID, clopidogrel 75 mg daily (stopped 3/2026 per plan), atorvastatin', 'clopidogrel', []],
    ['Meds: alendronate 70 mg weekly\nFamily history: mother stopped alendronate.', 'alendronate', ['Z79.83']],
    // The aside is read whole however far into the clause it closes.
    ['HPI: now on insulin glargine 30 units daily plus lispro with meals (metformin stopped 2025 for eGFR), and HTN.', 'insulin', ['Z79.83']],
  ] as [string, string, string[]][])('"%s" -> %j', (text, drug, want) => expect(run(text, drug)).toEqual(want));

  // I.C.4.a.3: the diabetes drug whose adverse effect brought the visit controlled the diabetes when it began.
  it.each([
    [
      ['Z79.84', 'T38.3X5A'],
      ['Z79.84', 'T38.3X5A'],
    ],
    // Another drug's adverse effect, or a drug that is no antidiabetic, is stopped as any.
    [['Z79.84', 'T45.1X5A'], ['T45.1X5A']],
    [['Z79.631', 'T38.3X5A'], ['T38.3X5A']],
  ])('%j with the drug stopped -> %j', (codes, want) => {
    const text = 'Meds: glipizide 10 mg BID\nA/P: Hypoglycemia due to glipizide. STOP glipizide.';
    const ctx = kitContext(standInCodeSets, codes, text);
    const f = ctx.findings[0]!;
    f.start = text.indexOf('glipizide');
    f.end = f.start + 'glipizide'.length;
    stoppedDrug(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });
});
