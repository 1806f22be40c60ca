import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { addedCodes } from '../../../test/support/coding-kit.ts';
import { pastCancer } from './past-cancer.ts';

describe.skipIf(!codeSetsBuilt)('pastCancer (I.C.2.d, I.C.21.c.4) against the compiled code sets', () => {
  const codeSets = builtCodeSets();
  const run = addedCodes(pastCancer, codeSets);

  it('a malignancy the history tells as eradicated -> the Index "History, personal, malignant neoplasm" code', () => {
    const want = indexCode(codeSets(), ['History', 'personal', 'Hodgkin disease']);
    expect(want).toBe('Z85.71');
    const text =
      'Indication: thyroid nodule.\nRisk factors: mantle-field radiation for Hodgkin lymphoma at age 16 (1995); completed chemo/XRT 1996, no recurrence.\n\nImpression: thyroid nodule.';
    expect(run(text)).toEqual([want]);
  });

  it('an in-situ neoplasm removed -> Personal history of in-situ neoplasm (FY2024 Z86.00-)', () => {
    expect(codeSets().icd('Z86.006')?.title).toMatch(/melanoma in-situ/);
    expect(run('Hx: melanoma in situ R upper back 2015 (WLE, clear margins, no recurrence).\n\nAssessment:\n1. SK.')).toEqual(['Z86.006']);
  });

  it('a relative\'s cancer told outside the family history ("Mother - papillary thyroid carcinoma") -> its family-history code', () => {
    // Index "History, family, malignant neoplasm, specified site NEC" (thyroid has no subterm of its own).
    expect(codeSets().icd('Z80.8')?.title).toMatch(/^Family history of malignant neoplasm of other organs or systems/);
    expect(run('Risk factors: prior neck surgery. Mother - papillary thyroid carcinoma.\n\nImpression: thyroid nodule.')).toEqual(['Z80.8']);
    // A relative named before the cancer, with a history cue of the relative's own ("s/p prostatectomy").
    expect(run("HPI: Brother dx'd w/ prostate cancer at 58 (s/p prostatectomy).\n\nImpression: elevated PSA.")).toEqual(['Z80.42']);
  });

  it('a completed treatment told after its name ("BCG completed") says the malignancy is gone', () => {
    const text =
      'Indication: Surveillance cystoscopy. H/o urothelial carcinoma of bladder (pTa HG), TURBT 03/2023 + induction/maintenance BCG completed 09/2025.\n\nFindings/Dx:\n- Mild BPH';
    expect(run(text)).toEqual(['Z85.51']);
  });

  it.each([
    // Current: under treatment, metastatic, recurred; or reported as current by the note.
    'HPI: breast cancer dx 2023 s/p lumpectomy, on letrozole, now metastatic to bone.\n\nAssessment:\n1. Bone pain.',
    'HPI: colon cancer s/p colectomy, currently receiving FOLFOX.\n\nAssessment:\n1. Neuropathy.',
    'HPI: sigmoid adenocarcinoma w/ liver metastases, s/p sigmoid colectomy.\n\nAssessment:\n1. Neuropathy.',
    // No eradication said; a relative's; only in the assessment (the matcher reads it).
    'PMH: prostate cancer 2019.\n\nAssessment:\n1. HTN.',
    'Family history:\nMother - breast cancer, completed chemo, NED.',
    'Assessment:\n1. Hx breast cancer, NED.',
  ])('"%s" -> none', (text) => expect(run(text)).toEqual([]));

  it('I.C.2.d: no history code for a site the note reports as current', () => {
    expect(run('PMH: breast cancer 2015 s/p lumpectomy, NED.\n\nAssessment:\n1. Breast cancer, recurrent.', ['C50.911'])).toEqual([]);
  });
});
