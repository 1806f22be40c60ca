import { describe, expect, it } from 'vitest';
import { kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import type { Finding } from '../finding.ts';
import { currentMalignancy } from './current-malignancy.ts';

const run = (code: string, status: Finding['status'], text: string): Finding['status'] => {
  const ctx = kitContext(standInCodeSets, [code], text);
  ctx.findings[0]!.status = status;
  currentMalignancy(ctx);
  return ctx.findings[0]!.status;
};

describe('currentMalignancy (I.C.2.d, I.C.2.m)', () => {
  it.each([
    // Treatment still directed to the cancer: current, though the note says "history".
    ['C50.912', 'history', 'History of left breast cancer, currently on adjuvant anastrozole', 'affirmed'],
    ['C18.7', 'history', 'H/o sigmoid colon cancer, receiving adjuvant chemotherapy C3D1', 'affirmed'],
    // Treatment in the past: stays history.
    ['C50.912', 'history', 'History of left breast cancer, chemotherapy completed 2019, NED', 'history'],
    ['C67.9', 'history', 'Hx bladder cancer (Ta LG 2018) - NED', 'history'],
    // No evidence of disease, nothing directed to it now: history (Z85).
    ['C50.912', 'affirmed', 'L breast CA - s/p lumpectomy 2012, NED on annual mammograms', 'history'],
    ['C61', 'affirmed', 'Prostate cancer, no evidence of disease after prostatectomy', 'history'],
    // NED while still treated: current.
    ['C50.912', 'affirmed', 'Breast cancer, NED, still on tamoxifen', 'affirmed'],
    // An active cancer stays current; secondary sites and blood cancers are not read here.
    ['C34.11', 'affirmed', 'Adenocarcinoma RUL, progression on osimertinib', 'affirmed'],
    ['C79.51', 'affirmed', 'Bone mets, NED on imaging', 'affirmed'],
    ['C91.10', 'affirmed', 'CLL, NED', 'affirmed'],
  ] as const)('%s %s "%s" -> %s', (code, status, text, want) => {
    expect(run(code, status, text)).toBe(want);
  });
});
