import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { familyRelevance } from './family-relevance.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['Z80.3', true, 'Family history of malignant neoplasm of breast'],
    ['Z81.1', true, 'Family history of alcohol abuse and dependence'],
    ['Z12.31', true, 'Encounter for screening mammogram for malignant neoplasm of breast'],
    ['F10.21', true, 'Alcohol dependence, in remission'],
  ],
});

/** `family`: the family-history code, its evidence (found in `text`) and section; `others`: further findings of the visit. */
const run = (text: string, family: [code: string, evidence: string, section: Finding['section']], others: string[] = []) => {
  const ctx = kitContext(cs, [family[0], ...others], text);
  const z = ctx.findings[0]!;
  const at = text.indexOf(family[1]);
  Object.assign(z, { start: at, end: at + family[1].length, section: family[2], source: 'rule' });
  familyRelevance(ctx);
  return active(ctx).map((f) => `${f.code}${f.recommended === false ? '?' : ''}`);
};

describe('familyRelevance (I.C.21.c.4)', () => {
  it.each([
    [
      'a plan sentence names it with the family',
      "FHx: sister with breast cancer at 47.\nPlan:\n- Mammogram; given sister's early-onset breast cancer, annual screening.",
      ['Z80.3', 'breast cancer', 'fhx'],
      [],
      ['Z80.3'],
    ],
    [
      'a screening for it explains the test',
      'Clinical history: Mother with breast cancer.\nIMPRESSION: Negative.',
      ['Z80.3', 'breast cancer', 'preamble'],
      ['Z12.31'],
      ['Z80.3', 'Z12.31'],
    ],
    [
      "the patient's own condition is not the relative's",
      'Family hx: brother alcohol use.\nA/P:\n1) Alcohol use disorder in remission - continue AA.',
      ['Z81.1', 'alcohol use', 'fhx'],
      ['F10.21'],
      ['Z81.1?', 'F10.21'],
    ],
    ['not mentioned again', 'FHx: sister with breast cancer.\nPlan: follow up in a year.', ['Z80.3', 'breast cancer', 'fhx'], [], ['Z80.3?']],
    [
      'a family history stated in the assessment stands',
      'Assessment: family history of breast cancer.',
      ['Z80.3', 'family history of breast cancer', 'assessment'],
      [],
      ['Z80.3'],
    ],
  ] as const)('%s', (_why, text, family, others, want) => expect(run(text, [...family], [...others])).toEqual(want));
});
