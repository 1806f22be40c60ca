import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { noteDetail } from './note-detail.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['R31.21', true, 'Asymptomatic microscopic hematuria'],
    ['R31.29', true, 'Other microscopic hematuria'],
    ['R31.0', true, 'Gross hematuria'],
    ['R31.9', true, 'Hematuria, unspecified'],
    ['R13.10', true, 'Dysphagia, unspecified'],
    ['R13.12', true, 'Dysphagia, oropharyngeal phase'],
    ['R13.13', true, 'Dysphagia, pharyngeal phase'],
  ],
});
const run = (text: string, code: string) => {
  const ctx = kitContext(cs, [code], text);
  const at = text.indexOf('Impression:');
  Object.assign(ctx.findings[0]!, { start: at, end: text.length, stmt: { start: at, end: text.length } });
  noteDetail(ctx);
  return active(ctx).map((f) => f.code);
};

describe('noteDetail (I.B.2: the detail documented elsewhere in the note)', () => {
  it.each([
    ['HPI: referred for asymptomatic microscopic hematuria.\nImpression: Microscopic hematuria.', 'R31.29', ['R31.21']],
    ['HPI: no asymptomatic microscopic hematuria.\nImpression: Microscopic hematuria.', 'R31.29', ['R31.29']],
    ['HPI: gross hematuria x2 days.\nImpression: Gross hematuria.', 'R31.0', ['R31.0']],
    // The phase axis the results section documents (R13.1-: the axis word is the study's finding).
    ['Results: Bedside MBS: penetration w/ thin liquids, oropharyngeal phase dysphagia.\nImpression: Aspiration given known dysphagia.', 'R13.10', ['R13.12']],
    ['Results: MBS normal.\nImpression: Known dysphagia.', 'R13.10', ['R13.10']],
  ])('%j (%s) -> %j', (text, code, want) => expect(run(text, code)).toEqual(want));
});

// Against the compiled code sets: an injury's part is read by walking the Index, not by a title prefix.
describe.skipIf(!codeSetsBuilt)('noteDetail: the part of an injury the history names', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    ['HPI: R displaced subcapital femoral neck fracture.\nAssessment:\n1. R femoral neck fracture.\n', 'S72.011A', 'S72.001A'],
    // The encounter stays the assessment's (I.C.19.a): a sequela is not made an initial encounter.
    ['HPI: R displaced subcapital femoral neck fracture.\nAssessment:\n1. R femoral neck fracture, sequela.\n', 'S72.011S', 'S72.011A'],
  ])('%j -> %s, not %s', (text, want, not) => {
    const got = codes(text);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });
});
