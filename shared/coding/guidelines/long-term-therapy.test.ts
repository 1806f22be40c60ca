import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { activeCodes, addedCodes, kitContext } from '../../../test/support/coding-kit.ts';
import { longTermTherapy } from './long-term-therapy.ts';

const longTerm = 'Long-term';

describe.skipIf(!codeSetsBuilt)('longTermTherapy (I.C.21.c.3) against the compiled Index', () => {
  const codeSets = builtCodeSets();
  const run = addedCodes(longTermTherapy, codeSets);

  // The expected code is the one the Index gives under "Long-term (current) drug therapy" for the drug's ATC class.
  it.each([
    ['Assessment:\n1. Primary OA R knee, on chronic meloxicam.', [longTerm, 'anti-inflammatory, non-steroidal']],
    ['Assessment:\n1. CAD - continue ASA 81, high-intensity statin.', [longTerm, 'aspirin']],
    ['Assessment:\n1. Osteoporosis, on long-term alendronate - tolerating.', [longTerm, 'bisphosphonates']],
    ['Assessment:\n1. PMR on long-term prednisone 5 mg daily.', [longTerm, 'steroids', 'systemic']],
    ['Assessment:\n1. Chronic low back pain. Long-term opioid therapy - PDMP reviewed.', [longTerm, 'opiate analgesic']],
  ])('"%s" -> Index %j', (text, path) => {
    const want = indexCode(codeSets(), path);
    expect(want, `Index path ${path.join(', ')}`).toBeDefined();
    expect(run(text)).toEqual([want]);
  });

  // FY2024+ codes the FY2017 Index lacks are reached through their own titles (ATC class words in the title).
  it.each([
    ['Assessment:\n1. T2DM - semaglutide 1 mg SC weekly, continue.', ['E11.9'], 'Z79.85', /injectable non-insulin antidiabetic/],
    ['Assessment:\n1. T2DM - semaglutide 7 mg PO daily.', ['E11.9'], 'Z79.84', /oral hypoglycemic/],
    ['Assessment:\n1. RA - continue methotrexate 15 mg weekly.', [], 'Z79.631', /antimetabolite/],
    ['Assessment:\n1. T2DM, new - start metformin 500 mg BID.', ['E11.9'], 'Z79.84', /oral hypoglycemic/],
    // drugs/long-term-classes.ts: ATC L02BG, L04AB, L04AD, L04AF, G03A.
    ['Plan: will CONTINUE letrozole 2.5 mg daily + ADD ribociclib.', [], 'Z79.811', /aromatase inhibitors/],
    ['Assessment:\n1. Crohn disease in remission - continue weekly adalimumab.', [], 'Z79.620', /immunosuppressive biologic/],
    ['Assessment:\n1. RA - on Humira q2wk, continue.', [], 'Z79.620', /immunosuppressive biologic/],
    ['Assessment:\n1. Kidney transplant - tacrolimus 2 mg BID, trough at goal.', [], 'Z79.621', /calcineurin inhibitor/],
    ['Assessment:\n1. RA - continue tofacitinib 5 mg BID.', [], 'Z79.622', /Janus kinase inhibitor/],
    ['HPI: On combined OCP (norgestimate-EE) x 8 yrs for contraception.', [], 'Z79.3', /hormonal contraceptives/],
  ])('"%s" -> %s (its title)', (text, codes, code, title) => {
    expect(codeSets().icd(code)?.title).toMatch(title);
    expect(run(text, codes)).toEqual([code]);
  });

  it.each([
    // A short course for an acute problem, as-needed use, stopped or planned: no Z79 (I.C.21.c.3).
    ['Plan:\n- Naproxen 500 mg PO BID w/ food x 10 d.', []],
    ['Plan:\n- continue ibuprofen w/ food PRN.', []],
    ['Plan:\n- Prednisone 40 mg daily x 5 days.', []],
    ['Assessment:\n1. COVID pneumonia - continue dexamethasone 6 mg daily (day 3/10).', []],
    ['Assessment:\n1. COVID pneumonia - continue dexamethasone 6 mg daily up to 10 d.', []],
    // A bridge until another drug starts, or a loading dose, is no long-term use.
    ['Plan:\n1. Start apixaban on day 4; aspirin 81 mg daily until then.', []],
    ['Assessment:\n1. Knee OA - stop ibuprofen given HTN.', []],
    ['Assessment:\n1. Osteoporosis: will start alendronate next visit.', []],
    ['Assessment:\n1. Long-term steroid use: Ca/vit D, DXA ordered, alendronate not needed yet.', []],
    ['HPI: Mild chronic knee pain, uses OTC naproxen occasionally.', []],
    ['PMH: L breast CA 2012 - lumpectomy + XRT, tamoxifen completed 2017, NED.', []],
    ['Plan: start adalimumab 80 mg load then 40 mg q2wk once QFT back neg.', []],
    // An antidiabetic without diabetes (dapagliflozin for heart failure) is no I.C.4.a.3 Z79.84.
    ['Meds: dapagliflozin 10 mg daily', []],
    // Opioid use disorder on buprenorphine: an addiction, not opiate analgesic therapy.
    ['Assessment:\n1. Opioid use disorder, severe, on maintenance therapy.', [], ['F11.20']],
    // ASA as the anesthesia physical status class.
    ['Assessment:\n1. ASA class II, cleared for surgery; on chronic therapy.', []],
    ['Family history:\nMother on long-term alendronate.', []],
  ] as [string, string[], string[]?][])('"%s" -> %j', (text, want, codes = []) => expect(run(text, codes)).toEqual(want));

  it('I.C.15.g / I.C.21.c.3: no Z79 a reported diagnosis already says (insulin-controlled gestational diabetes)', () => {
    const ctx = kitContext(codeSets(), ['O24.414', 'Z79.4'], 'Assessment:\n1. GDM, insulin controlled.');
    longTermTherapy(ctx);
    expect(activeCodes(ctx)).toEqual(['O24.414']);
  });

  it("keeps the long-term use beside the drug's adverse-effect code, which names the drug, not its use", () => {
    const ctx = kitContext(
      codeSets(),
      ['D68.32', 'T45.515A', 'Z79.01'],
      'Assessment:\n1. Coagulopathy due to warfarin (adverse effect). Long-term anticoagulant use.',
    );
    longTermTherapy(ctx);
    expect(activeCodes(ctx)).toEqual(['D68.32', 'T45.515A', 'Z79.01']);
  });
});
