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
