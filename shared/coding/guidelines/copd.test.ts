import { describe, expect, it } from 'vitest';
import { activeCodes, kitCodeSets, kitContext, runRule } from '../../../test/support/coding-kit.ts';
import { copdCombination } from './copd.ts';

const cs = kitCodeSets(
  {
    titles: [
      ['J44.0', true, 'Chronic obstructive pulmonary disease with (acute) lower respiratory infection'],
      ['J44.1', true, 'Chronic obstructive pulmonary disease with (acute) exacerbation'],
      ['J44.9', true, 'Chronic obstructive pulmonary disease, unspecified'],
      ['J20.9', true, 'Acute bronchitis, unspecified'],
      ['J18.9', true, 'Pneumonia, unspecified organism'],
      ['J45.909', true, 'Unspecified asthma, uncomplicated'],
    ],
    index: [{ path: ['Pneumonia'], code: 'J18.9' }],
  },
  { tree: true },
);
const run = (codes: string[], text: string) => runRule(copdCombination, codes, text, cs).sort();

describe('copdCombination (I.C.10.a)', () => {
  it.each([
    [['J44.1'], 'COPD with acute exacerbation', ['J44.1']],
    [['J44.1'], 'COPD exacerbation triggered by acute bronchitis', ['J20.9', 'J44.0', 'J44.1']],
    [['J44.0'], 'COPD with acute exacerbation, triggered by acute bronchitis (COPD with acute lower respiratory infection)', ['J20.9', 'J44.0', 'J44.1']],
    [['J44.9'], 'COPD with pneumonia', ['J18.9', 'J44.0', 'J44.9']],
    // The COPD's own name is not an infection, and what is denied is not coded.
    [['J44.1'], 'Chronic obstructive bronchitis with acute exacerbation', ['J44.1']],
    [['J44.9'], 'COPD, no exacerbation, no pneumonia', ['J44.9']],
    [['J44.9'], 'COPD without exacerbation', ['J44.9']],
    [['J45.909'], 'Asthma exacerbation with acute bronchitis', ['J45.909']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});

describe('copdCombination: sequence as the statement names them', () => {
  it.each([
    ['COPD with acute exacerbation, triggered by acute bronchitis', 'J44.1'],
    ['COPD with acute bronchitis, now with acute exacerbation', 'J44.0'],
  ])('"%s" leads with %s', (text, first) => {
    const ctx = kitContext(cs, ['J44.0'], text);
    copdCombination(ctx);
    expect(activeCodes(ctx)[0]).toBe(first);
  });
});

describe('copdCombination: an infection coded in another item (I.A.15 "with")', () => {
  it.each([
    [
      ['J44.9', 'J18.9'],
      ['J18.9', 'J44.0', 'J44.9'],
    ],
    [['J44.9'], ['J44.9']],
  ])('%j -> %j', (codes, want) => {
    const text = 'Assessment:\n1. LLL pneumonia - ceftriaxone.\n2. COPD - not in exacerbation.';
    const ctx = kitContext(cs, codes, text);
    const copd = ctx.findings[0]!;
    copd.stmt = { start: text.indexOf('COPD'), end: text.length };
    copd.start = copd.stmt.start;
    copd.end = copd.start + 4;
    copdCombination(ctx);
    expect(activeCodes(ctx).sort()).toEqual(want);
  });
});
