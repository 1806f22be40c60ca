import { describe, expect, it } from 'vitest';
import { gradeData } from './data.ts';

describe('gradeData (AMA MDM data column)', () => {
  it.each([
    ['nothing reviewed is minimal', 'Plan: rest, fluids.', 1],
    ['two unique tests are limited', 'Labs: CBC, BMP ordered.', 2],
    ['the same test twice is one test', 'ECG today. EKG unchanged.', 1],
    ['an independent historian alone is limited', 'Hx from mother at bedside.', 2],
    ['three of tests, notes, historian are moderate', 'CBC, BMP ordered. Per mother, fever since Monday.', 3],
    ['external notes count in category 1', 'Outside records reviewed: CBC normal, TSH normal.', 3],
    ['an independent interpretation alone is moderate', 'XR wrist (my interpretation): buckle fracture.', 3],
    ['a discussion of management alone is moderate', 'Discussed by phone with Dr. Kim (urology), who agrees.', 3],
    ['two categories are extensive', 'CXR (my read): clear. Troponin, CBC, BMP. Discussed with cardiology, agrees with admission.', 4],
    ['a dose unit is not a lab', 'metformin 1000 mg BID; glipizide 5 mg.', 1],
    ['analytes with their values are tests', 'Mg 2.0, K 4.1 today.', 2],
    ['a panel and its analytes are one test', 'BMP: Na 139, K 4.1, Cr 0.9, glucose 104.', 1],
    ['analytes of two panels are two tests', 'Na 136, Cr 1.1, Hgb 13.2.', 2],
    ['a test not done is not counted', 'CT not obtained. UA.', 1],
    ['a discussion with the patient is not category 3', 'Discussed with patient and wife.', 1],
    ['"w/" is "with"', 'Discussed w/ Dr. Okoye (cardiology): hold clopidogrel.', 3],
    ['a specialty consulted, its physician named, is a discussion', 'Ortho (Dr. Kessler) consulted - plans hemiarthroplasty tomorrow.', 3],
    // A named physician consulted or quoted with the agreed plan, whatever the specialty's name.
    ['a named physician consulted is a discussion', 'Hyperbaric consulted (Dr. Lindahl, regional HBO center) - not meeting criteria.', 3],
    ['a named consultant quoted with the plan is a discussion', 'Ortho (Dr. Haddad) - plan hemiarthroplasty tomorrow.', 3],
    ['a physician named as the PCP is no discussion', 'PCP (Dr. Haddad) in 2 weeks.', 1],
    ['a film done and read in clinic is reported by the practice', 'L shoulder XR 3 views obtained in clinic today, my read: no fracture.', 1],
  ])('%s', (_why, text, want) => expect(gradeData({ text }).level).toBe(want));

  it('does not count a test the physician reports separately', () => {
    expect(gradeData({ text: 'ECG: NSR. CBC, BMP.' }).level).toBe(3);
    expect(gradeData({ text: 'ECG: NSR. CBC, BMP.', billed: new Set(['ecg']) }).level).toBe(2);
  });
  it("counts the ED physician's point-of-care tests (the facility reports them)", () => {
    const text = 'Data: POC glucose 96. Cath UA: negative. CBC normal.';
    expect(gradeData({ text, setting: 'office' }).level).toBe(2);
    expect(gradeData({ text, setting: 'ed' }).level).toBe(3);
  });
  it('skips lists the physician did not work on', () => {
    const text = 'PMH: HTN, CKD (Cr 1.4, K 4.1).\nPlan: rest.';
    expect(gradeData({ text, notData: [[0, 31]] }).level).toBe(1);
  });
});
