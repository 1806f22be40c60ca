import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { dementiaInDisease } from './dementia-in-disease.ts';
import { active } from './rule.ts';

// FY2026 titles; F02's "code first" note as the tabular writes it (two of its entries).
const cs = kitCodeSets({
  titles: [
    ['F03.B11', true, 'Unspecified dementia, moderate, with agitation'],
    ['F02.B11', true, 'Dementia in other diseases classified elsewhere, moderate, with agitation'],
    ['F03.90', true, 'Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety'],
    [
      'F02.80',
      true,
      'Dementia in other diseases classified elsewhere, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
    ],
    ['G20', false, "Parkinson's disease"],
    ['G20.B2', true, "Parkinson's disease with dyskinesia, with fluctuations"],
    ['I10', true, 'Essential (primary) hypertension'],
  ],
  notes: {
    'F02.B11': { codeFirst: ["Parkinson's disease (G20)", "Huntington's disease (G10)"] },
    'F02.80': { codeFirst: ["Parkinson's disease (G20)", "Huntington's disease (G10)"] },
  },
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text);
  dementiaInDisease(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('dementiaInDisease (I.A.13, F02 code first)', () => {
  it.each([
    [['G20.B2', 'F03.B11'], "Parkinson's disease dementia, moderate, with agitation", ['F02.B11', 'G20.B2']],
    [['G20.B2', 'F03.90'], 'Dementia in Parkinson disease', ['F02.80', 'G20.B2']],
    // The disease is not named with the dementia, or not a disease F02 lists: unspecified dementia stays.
    [['G20.B2', 'F03.B11'], 'Dementia, moderate, with agitation', ['F03.B11', 'G20.B2']],
    [['I10', 'F03.B11'], 'Hypertension; dementia, moderate, with agitation', ['F03.B11', 'I10']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('dementia in a disease over the compiled code sets', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // The disease named with the dementia is coded first, the dementia as F02 with the severity and disturbance said
    // (not the Index's bracketed F02.80, nor unspecified dementia F03).
    ['Moderate Alzheimer dementia with agitation', ['G30.9', 'F02.B11']],
    ["Parkinson's disease dementia, moderate, with agitation", ['G20.A1', 'F02.B11']],
    // G30's "use additional code" notes: "dementia with behavioral disturbance (F02.81)", since FY2023 subdivided, and
    // "dementia without behavioral disturbance (F02.80)", which a statement saying the disturbance does not take.
    ['Alzheimer dementia with behavioral disturbance', ['G30.9', 'F02.818']],
    ['Alzheimer dementia with agitation', ['G30.9', 'F02.811']],
    ['Alzheimer dementia', ['G30.9', 'F02.80']],
    // A dementia's own words name no disease ("behavioral disturbance" is no Lewy body disease).
    ['Dementia with agitation (behavioral disturbance)', ['F03.911']],
  ])('%s -> %j', (line, want) => {
    expect(codes(`A/P:\n1. ${line}\n`)).toEqual(want);
  });
});
