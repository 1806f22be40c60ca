import { describe, expect, it } from 'vitest';
import { isChronic } from './chronic.ts';
import { gradeMdm } from './mdm.ts';

describe('gradeMdm (two of three elements)', () => {
  it('grades a single stable problem with OTC advice as low', () => {
    expect(gradeMdm('Plan: fluids, rest.', 'Viral URI - rest, fluids.', 1).level).toBe(2);
  });
  it('grades chronic illness with progression and prescription management as moderate', () => {
    const a = '1. T2DM - A1c up to 7.9; increase glargine to 32 units.\n2. HTN - continue lisinopril 20 mg.';
    expect(gradeMdm('Labs: A1c, BMP, lipid reviewed.', a, 2).level).toBe(3);
  });
  it('grades a threat to life with ICU-level decisions as high', () => {
    const a = 'Acute hypoxic respiratory failure - escalation to ICU if FiO2 rises. Continue dexamethasone 6 mg.';
    expect(gradeMdm('CXR (reviewed by me). CRP, D-dimer, ferritin, LDH.', a, 1).level).toBe(4);
  });
});

describe('gradeMdm problems', () => {
  const problems = (assessment: string, items: number, chronic?: string[]) => gradeMdm('', assessment, items, chronic ? { chronic } : {}).problems;
  it.each([
    ['a denied severity cue is no severity', 'COVID-19, mild - no pneumonia, no hypoxia.', 1, [], 2],
    ['return precautions describe what has not happened', 'Acute cystitis. Return if fever or flank pain develops.', 1, [], 2],
    ['fever the patient has is an acute illness with systemic symptoms', 'Influenza with fever and myalgias.', 1, [], 3],
    ['worsening of an acute illness is not a chronic exacerbation', '1. Sinusitis, worsening after initial improvement.\n2. Allergic rhinitis.', 2, ['2. Allergic rhinitis.'], 2],
    ['two stable chronic illnesses are moderate', '1. ADHD - stable.\n2. Cannabis use disorder, mild.', 2, ['1. ADHD - stable.', '2. Cannabis use disorder, mild.'], 3],
    ['a chronic illness not at goal is moderate', '1. T2DM - A1c up to 8.1.\n2. Acute otitis media.', 2, ['1. T2DM - A1c up to 8.1.'], 3],
  ])('%s', (_why, a, items, chronic, want) => expect(problems(a, items, chronic)).toBe(want));
});

describe('gradeMdm data and risk', () => {
  it('does not count a test the practice reports separately', () => {
    const text = 'Urine dip (non-automated): nitrite +.\nUrine hCG: negative.\nUrine culture sent. CBC ordered.';
    expect(gradeMdm(text, 'UTI', 1).data).toBe(3);
    expect(gradeMdm(text, 'UTI', 1, { billedTests: ['Urine hCG: negative.', 'Urine dip (non-automated): nitrite +.'] }).data).toBe(2);
  });
  it.each([
    ['metformin 1000 mg BID; K 4.1, Mg 2.0', 'k, mg', 2],
    ['metformin 1000 mg BID, seen with us today, CT ordered', 'ct', 1],
    ['A1c 7.9, lipid panel and BMP reviewed', 'a1c, lipid, bmp', 3],
  ])('tests named in "%s" are %s', (text, _names, n) => expect(gradeMdm(text, 'T2DM', 1).why[1]).toMatch(new RegExp(`^data: ${n} tests`)));

  it.each([
    ['fluticasone nasal 2 sprays/nostril daily', 3], ['nitrofurantoin 100 mg BID', 3], ['fluids and rest', 2],
  ])('risk of "%s" is %s', (a, want) => expect(gradeMdm('', a, 1).risk).toBe(want));
});

describe('isChronic', () => {
  it.each([['E11.9', true], ['I10', true], ['J30.2', true], ['J01.00', false], ['N30.00', false], ['S93.401A', false]])('%s -> %s', (c, want) => expect(isChronic(c)).toBe(want));
});
