import { describe, expect, it } from 'vitest';
import { kitCodeSets } from '../../test/support/coding-kit.ts';
import { guidelineRules } from './guidelines/index.ts';
import type { GuidelineRule } from './guidelines/rule.ts';
import { suggest } from './suggest.ts';

const cs = kitCodeSets({ titles: [['R05.9', true, 'Cough, unspecified']] });

describe('suggest with a failing guideline module', () => {
  it("keeps the note's codes and names the skipped check in a query", () => {
    const failing: GuidelineRule = function brokenCheck() {
      throw new TypeError('defect');
    };
    guidelineRules.push(failing);
    try {
      const r = suggest({ text: 'Assessment:\n1. Cough\n', setting: 'office', patient: {} }, cs);
      expect(r.suggestions.some((s) => s.code === 'R05.9')).toBe(true);
      expect(r.queries).toContainEqual(expect.objectContaining({ topic: 'engine', message: expect.stringContaining('"brokenCheck"') }));
    } finally {
      guidelineRules.pop();
    }
  });
});

describe("suggest with no sex in the record (CMS MCE: a code's sex is the patient's)", () => {
  const infertility = kitCodeSets({
    titles: [
      ['N46.9', true, 'Male infertility, unspecified'],
      ['N97.9', true, 'Female infertility, unspecified'],
    ],
  });
  const codes = (text: string, sex?: 'F' | 'M') =>
    suggest({ text, setting: 'office', patient: sex ? { sex } : {} }, infertility)
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code);

  it.each([
    ['34 yo F, trying to conceive x 18 months.\nAssessment:\n1. Infertility\n', undefined, 'N97.9'],
    ['Mr. D., 36, trying to conceive x 18 months.\nAssessment:\n1. Infertility\n', undefined, 'N46.9'],
    // The record's sex stands over the note's words.
    ['34 yo F, trying to conceive.\nAssessment:\n1. Infertility\n', 'M' as const, 'N46.9'],
  ])('%j (record sex %s) -> %s', (text, sex, want) => {
    expect(codes(text, sex)).toEqual([want]);
  });
});
