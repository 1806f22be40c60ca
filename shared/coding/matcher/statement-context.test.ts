import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';

describe.skipIf(!codeSetsBuilt)('sides said outright and in an aside (I.B.13)', () => {
  const codes = icdCodesOfOfficeNote();
  const of = (t: string) => codes(`Assessment:\n1. ${t}\n`);
  it.each([
    // A side said only in an aside gives way to the side said outright.
    ['Moderate NPDR with diabetic macular edema, both eyes (OD center-involved).', 'E11.3313', 'E11.3311'],
    ['Bilateral knee OA (R worse)', 'M17.0', 'M17.11'],
    // Each side said outright keeps its own code.
    ['R knee OA (L knee mild)', 'M17.11', 'M17.0'],
  ])('%s -> %s, not %s', (text, want, not) => {
    const got = of(text);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });
});

describe.skipIf(!codeSetsBuilt)('a doubted clause the evidence runs into (ConText scope, IV.H)', () => {
  const codes = icdCodesOfOfficeNote();
  const of = (t: string) => codes(`Assessment:\n1. ${t}\n`);
  it.each([
    // The malignancy is ruled out in its own clause: the nodule is coded, not a lung cancer.
    ['RUL pulmonary nodule 9 mm - r/o malignancy; PET-CT ordered.', 'R91.1', 'C34.11'],
    // One nodule is the Index's solitary one; several are not.
    ['Pulmonary nodule, incidental', 'R91.1', 'R91.8'],
  ])('%s -> %s, not %s', (text, want, not) => {
    const got = of(text);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });
});
