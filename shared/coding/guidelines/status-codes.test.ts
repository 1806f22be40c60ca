import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { active } from './rule.ts';
import { statusCodes } from './status-codes.ts';

const cs = kitCodeSets({
  titles: [
    ['Z87.891', true, 'Personal history of nicotine dependence'],
    ['Z95.1', true, 'Presence of aortocoronary bypass graft'],
    ['Z86.718', true, 'Personal history of other venous thrombosis and embolism'],
    ['Z99.81', true, 'Dependence on supplemental oxygen'],
    ['Z17.0', true, 'Estrogen receptor positive status [ER+]'],
    ['Z95.0', true, 'Presence of cardiac pacemaker'],
    ['Z91.51', true, 'Personal history of suicidal behavior'],
    ['Z92.3', true, 'Personal history of irradiation'],
    ['Z77.22', true, 'Contact with and (suspected) exposure to environmental tobacco smoke (acute) (chronic)'],
    ['C50.911', true, 'Malignant neoplasm of unspecified site of right female breast'],
    ['Z94.0', true, 'Kidney transplant status'],
    ['Z94.4', true, 'Liver transplant status'],
    ['Z95.2', true, 'Presence of prosthetic heart valve'],
    ['Z95.3', true, 'Presence of xenogenic heart valve'],
    ['Z97.4', true, 'Presence of external hearing-aid'],
  ],
});
const run = (text: string, codes: string[] = []) => {
  const ctx = kitContext(cs, codes, text);
  statusCodes(ctx);
  return active(ctx)
    .map((f) => f.code)
    .filter((c) => c.startsWith('Z'))
    .sort();
};

describe('statusCodes (I.C.21.c.3 status, I.C.21.c.4 history)', () => {
  it.each([
    ['Former smoker, quit 2010.', ['Z87.891']],
    ['Hx of tobacco use, quit 2015.', ['Z87.891']],
    ['CAD s/p CABG 2019.', ['Z95.1']],
    // Index: Presence, heart valve implant (prosthetic) Z95.2, xenogenic Z95.3.
    ['Mechanical mitral valve, long-term warfarin.', ['Z95.2']],
    ['PMH: s/p aortic valve replacement 2015.', ['Z95.2']],
    ['PMH: s/p aortic valve replacement 2015 with a bioprosthetic valve.', ['Z95.3']],
    ['Mitral valve prolapse, no regurgitation.', []],
    ['Remote h/o left leg DVT.', ['Z86.718']],
    ['COPD on home O2 2 L.', ['Z99.81']],
    ['Family history:\nFather: former smoker.', []],
    // An inline social-history heading after the family history on one line (medspaCy "SH:").
    ['FHx: father MI at 52. SH: ex-smoker (30 pk-yr, quit 2019).', ['Z87.891']],
    ['FHx: father ex-smoker, mother T2DM.', []],
    ['No history of DVT.', []],
    ['Sick sinus syndrome, has a dual-chamber pacemaker.', ['Z95.0']],
    ['Symptomatic bradycardia: refer for pacemaker evaluation.', []],
    ['Presence of pacemaker; interrogated, normal function.', ['Z95.0']],
    ['CHB s/p dual-chamber device. Pacemaker in situ.', ['Z95.0']],
    // abbr: PPM is a permanent pacemaker, ppm parts per million.
    ['CHB s/p PPM 2022.', ['Z95.0']],
    ['Fire dept found CO 310 ppm in house.', []],
    ['Hypoxia: on 2 L oxygen in the ED.', []],
    ['Diagnoses:\n1. Intentional overdose (suicide attempt)\n4. H/o prior suicide attempt', ['Z91.51']],
    ['Personal hx of suicide attempt (2021).', ['Z91.51']],
    ['Denies prior suicide attempts.', []],
    ['Intentional acetaminophen overdose (suicide attempt).', []],
    ['Passive smoke exposure at home.', ['Z77.22']],
    // Tabular Z97.4: hearing aids worn or used are present; named as a measure or a plan they are not.
    ['Wears bilateral behind-the-ear hearing aids.', ['Z97.4']],
    ['Hearing aids b/l (wears).', ['Z97.4']],
    ['Sensorineural hearing loss with hearing aid use.', ['Z97.4']],
    ['Delirium precautions: glasses/hearing aids, sleep hygiene.', []],
    ['Plan: hearing aid eval w/ audiology.', []],
    ['Impression: thyroid nodule - rule out thyroid carcinoma given radiation hx and FHx.', ['Z92.3']],
    ['Hx of mantle-field radiation for Hodgkin lymphoma.', ['Z92.3']],
    ['Prior radiation exposure at work.', []],
    ['No prior radiation.', []],
    ['Secondhand smoke exposure - dad smokes in the car.', ['Z77.22']],
    ['No secondhand smoke exposure.', []],
    // Index: Transplant(ed), <organ>: an organ received, not the team or a candidacy.
    ['Relevant hx: Renal transplant 2014 (deceased donor) on tacrolimus.', ['Z94.0']],
    ['s/p liver transplant 2019.', ['Z94.4']],
    ['Discussed with transplant nephrology; kidney transplant evaluation pending.', []],
  ])('"%s" -> %j', (text, want) => expect(run(text)).toEqual(want));

  it('ER status only with breast cancer (its use-additional code)', () => {
    expect(run('Tumor ER positive.')).toEqual([]);
    expect(run('Tumor ER positive.', ['C50.911'])).toEqual(['Z17.0']);
  });
});
