import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { suggest } from '../suggest.ts';
import { indexPathCodes } from './index-path.ts';

// Personal and family history of cancer by site (I.C.2.d, I.C.21.c.4) through the compiled official
// Index: the expected code of each row is read from "History, personal / family, malignant neoplasm, <subterm>".
let cs: CodeSets;
const icd = (text: string, sex?: 'F' | 'M') =>
  suggest({ text: `Assessment:\n1. ${text}\n`, setting: 'office', patient: sex ? { sex } : {} }, cs)
    .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
    .map((s) => s.code);

describe.skipIf(!codeSetsBuilt)('cancer history by site, from the Index', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each([
    ['Hx bladder cancer (Ta LG 2018) - NED', 'M', 'bladder'],
    ['H/o L breast CA - NED, continue annual mammogram', 'F', 'breast'],
    ['History of prostate cancer, prostatectomy 2016, PSA undetectable', 'M', 'prostate'],
    ['History of sigmoid colon cancer, resected 2015, NED', 'F', 'colon'],
    ['History of melanoma of the back', 'F', 'skin, melanoma'],
    // No "history" word: no evidence of disease and no treatment now (I.C.2.d).
    ['Left breast cancer s/p lumpectomy 2012, NED on annual mammograms', 'F', 'breast'],
  ] as const)('personal: "%s" -> History, personal, malignant neoplasm, %s', (text, sex, sub) => {
    const want = indexPathCodes(cs, ['History', 'personal', 'malignant neoplasm', ...sub.split(', ')]);
    expect(want).toHaveLength(1);
    expect(icd(text, sex)).toEqual([want[0]]);
  });

  it.each([
    ['FHx prostate cancer (brother)', 'prostate'],
    ['Mother with breast cancer at 52', 'breast'],
    ['Family history of ovarian cancer (sister)', 'ovary'],
    // A named site the Index lists no family subterm for: "specified site NEC".
    ['Family hx of melanoma (father)', 'specified site'],
  ] as const)('family: "%s" -> History, family, malignant neoplasm, %s', (text, sub) => {
    const want = indexPathCodes(cs, ['History', 'family', 'malignant neoplasm', sub]);
    expect(want).toHaveLength(1);
    expect(icd(text, 'F')).toEqual([want[0]]);
  });

  it('a cancer still treated is current, though the note calls it history (I.C.2.m)', () => {
    // The aromatase inhibitor in current use is reported beside it (I.C.21.c.3: Z79.811), no Z85.3.
    expect(icd('History of left breast cancer, currently on adjuvant anastrozole', 'F')).toEqual(['C50.912', 'Z79.811']);
  });
});
