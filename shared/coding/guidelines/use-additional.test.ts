import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { useAdditional } from './use-additional.ts';

const cs = kitCodeSets({
  titles: [
    ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
    ['R35.1', true, 'Nocturia'],
    ['R39.12', true, 'Poor urinary stream'],
    ['E11.621', true, 'Type 2 diabetes mellitus with foot ulcer'],
    ['L97', false, 'Non-pressure chronic ulcer of lower limb, not elsewhere classified'],
    ['L97.5', false, 'Non-pressure chronic ulcer of other part of foot'],
    ['L97.514', true, 'Non-pressure chronic ulcer of other part of right foot with necrosis of bone'],
    ['L97.522', true, 'Non-pressure chronic ulcer of other part of left foot with fat layer exposed'],
  ],
  notes: {
    N40: { useAdditional: ['code for associated symptoms, when specified: nocturia (R35.1)', 'weak urinary stream (R39.12)'] },
    'E11.621': { useAdditional: ['code to identify site of ulcer (L97.4-, L97.5-)'] },
  },
});
const run = (codes: string[], text: string) => runRule(useAdditional, codes, text, cs);

describe('useAdditional (I.A.13)', () => {
  it.each([
    [['N40.1'], 'BPH with LUTS (nocturia)', ['N40.1', 'R35.1']],
    [['N40.1'], 'BPH with LUTS', ['N40.1']],
    [['E11.621'], 'Diabetic foot ulcer, R plantar 1st MTP with necrosis of bone', ['E11.621', 'L97.514']],
    [['E11.621'], 'Diabetic foot ulcer', ['E11.621']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
