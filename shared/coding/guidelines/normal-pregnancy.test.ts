import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { gravida, normalPregnancy, trimesterOf } from './normal-pregnancy.ts';

describe('gravida', () => {
  it.each([
    ['31 y.o. G2P1001 at 24w2d', 2],
    ['G1 P0', 1],
    ['gravida 3, para 2', 3],
    ['primigravida at 10 weeks', 1],
    ['multigravida', 2],
    ['her second pregnancy', 2],
    ['first pregnancy', 1],
    ['Prenatal visit, G1 at 12 weeks', 1],
    ['G3, 28w by LMP', 3],
    ['routine prenatal visit', null],
    ['GERD, G6PD normal', null],
  ])('"%s" -> %s', (text, want) => expect(gravida(text)).toBe(want));
});

describe('trimesterOf', () => {
  it.each([
    [8, 1],
    [13, 1],
    [14, 2],
    [27, 2],
    [28, 3],
    [40, 3],
    [0, null],
  ])('%s weeks -> %s', (w, t) => expect(trimesterOf(w)).toBe(t));
});

const titles: [string, boolean, string][] = ['0', '8', '9'].flatMap((k) =>
  ['0', '1', '2', '3'].map((t): [string, boolean, string] => [
    `Z34.${k}${t}`,
    true,
    `Encounter for supervision of ${k === '0' ? 'normal first' : k === '8' ? 'other normal' : 'normal'} pregnancy, trimester ${t}`,
  ]),
);
const cs = kitCodeSets({ titles: [...titles, ['O26.891', true, 'Other specified pregnancy related conditions, first trimester']] });
const run = (codes: string[], text: string) => runRule(normalPregnancy, codes, text, cs);

describe('normalPregnancy (Z34 by pregnancy and trimester)', () => {
  it.each([
    [['Z34.92'], 'G2P1001 at 24w2d. A/P: Supervision of normal pregnancy, second trimester', ['Z34.82']],
    [['Z34.90'], 'G1P0 at 10 weeks. Supervision of normal pregnancy', ['Z34.01']],
    [['Z34.90'], 'Supervision of normal pregnancy at 30 weeks', ['Z34.93']],
    [['Z34.92'], 'Supervision of normal pregnancy, second trimester', ['Z34.92']],
    // A stated axis stays: "first pregnancy" said, and a stated trimester is not recomputed.
    [['Z34.01'], 'G3P2 at 10 weeks, first trimester', ['Z34.01']],
    [['O26.891'], 'G2P1 at 10 weeks', ['O26.891']],
    // A complication of pregnancy documented: no normal-pregnancy code beside it (I.C.15.b.1).
    [['Z34.80', 'O26.891'], 'G2P1 at 10 weeks', ['O26.891']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
