import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { kitContext } from '../../../test/support/coding-kit.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { highRiskPregnancy } from './high-risk-pregnancy.ts';
import { active } from './rule.ts';

// Against the compiled official files: Index "Pregnancy, supervision of, high-risk, due to, pre-term labor O09.21-".
let cs: CodeSets;
const run = (text: string, age = 31) => {
  const ctx = kitContext(cs, [], text, { patient: { sex: 'F', age } });
  highRiskPregnancy(ctx);
  return active(ctx).map((f) => f.code);
};

describe.skipIf(!codeSetsBuilt)('highRiskPregnancy (I.C.15.b.2)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each([
    // The trimester from the weeks (I.C.15.a.3: 28w0d on is the third).
    ['G2P1 at 31w2d, pregnant.\nAssessment:\n1. History of preterm labor/birth (34 wks, 2022) - cervix long', ['O09.213']],
    ['G2P1 at 20w1d, pregnant.\nAssessment:\n1. H/o pre-term labor - cervix long', ['O09.212']],
    // Not a history statement, no current pregnancy, or a man: nothing.
    ['G2P1 at 31w2d, pregnant.\nAssessment:\n1. Preterm labor risk discussed', []],
    ['Not pregnant. 31w2d.\nAssessment:\n1. History of preterm labor', []],
  ])('%j -> %j', (text, want) => expect(run(text)).toEqual(want));

  // Tabular O09.5- (35 or older at delivery): the order the statement leaves out is the note's gravida.
  it.each([
    ['36 yo G3P1102 at 28w2d, pregnant.\nAssessment:\n1. AMA (36 at delivery) - NIPT low risk', 37, ['O09.523']],
    ['G1P0 at 12w3d, pregnant.\nAssessment:\n1. Advanced maternal age - genetic counseling', 38, ['O09.511']],
    // No gravida said: the Index has no code for the unspecified order.
    ['Pregnant, 20w.\nAssessment:\n1. Advanced maternal age', 38, []],
    // Another of the list's meanings of AMA.
    ['G2P1 at 20w, pregnant.\nAssessment:\n1. Left AMA after triage', 38, []],
    ['G2P1 at 20w, pregnant.\nAssessment:\n1. AMA positive, PBC workup', 24, []],
  ])('%j (age %s) -> %j', (text, age, want) => expect(run(text, age)).toEqual(want));
});
