import { describe, expect, it } from 'vitest';
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
