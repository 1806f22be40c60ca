import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { gestationCode, gestationWeeks } from './gestation.ts';

describe('gestationCode (Z3A)', () => {
  it.each([
    [6, 'Z3A.01'],
    [8, 'Z3A.08'],
    [24, 'Z3A.24'],
    [42, 'Z3A.42'],
    [43, 'Z3A.49'],
    [0, null],
  ])('%s weeks -> %s', (w, c) => expect(gestationCode(w)).toBe(c));
});

const cs = kitCodeSets({
  titles: [
    ['O20.0', true, 'Threatened abortion'],
    ['Z34.82', true, 'Encounter for supervision of other normal pregnancy, second trimester'],
    ['Z3A.10', true, '10 weeks gestation of pregnancy'],
    ['Z3A.24', true, '24 weeks gestation of pregnancy'],
    ['J06.9', true, 'Acute upper respiratory infection, unspecified'],
  ],
});
const run = (codes: string[], text: string) => runRule(gestationWeeks, codes, text, cs);

describe('gestationWeeks (I.C.15.b)', () => {
  it.each([
    [['O20.0'], 'Threatened abortion at 10 weeks gestation', ['O20.0', 'Z3A.10']],
    [['Z34.82'], 'G2P1001 at 24w2d by 8-wk US', ['Z34.82', 'Z3A.24']],
    [['J06.9'], 'URI, symptoms for 2 weeks', ['J06.9']],
    // A duration, an interval or a window is no gestation: the weeks the pregnancy is at are read after them.
    [['Z34.82'], 'Cough x 2 wks. Tdap at 27-36 wk. G2P1 at 24w2d.', ['Z34.82', 'Z3A.24']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
