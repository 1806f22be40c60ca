import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { burnExtent, burnExtentCode } from './burn-extent.ts';

describe('burnExtentCode (T31: tens of the total, then tens of the third-degree share)', () => {
  it.each([
    [1, 0, 'T31.0'],
    [9.5, 0, 'T31.0'],
    [12, 0, 'T31.10'],
    [35, 12, 'T31.31'],
    // The third-degree share is part of the total, never above it.
    [22, 30, 'T31.22'],
    [95, 90, 'T31.99'],
  ])('%s%% total, %s%% third degree -> %s', (t, third, code) => expect(burnExtentCode(t, third)).toBe(code));
});

describe('burnExtent (I.C.19.d.6)', () => {
  const cs = kitCodeSets({
    titles: [
      ['T23.251A', true, 'Burn of second degree of right palm, initial encounter'],
      ['T31.0', true, 'Burns involving less than 10% of body surface'],
      ['T31.31', true, 'Burns involving 30-39% of body surface with 10-19% third degree burns'],
      ['J45.20', true, 'Mild intermittent asthma, uncomplicated'],
    ],
  });
  it.each([
    [['T23.251A'], 'Dx: 2nd degree burn R palm. TBSA ~1%.', ['T23.251A', 'T31.0']],
    [['T23.251A'], 'Burns: 35% TBSA, 12% full thickness.', ['T23.251A', 'T31.31']],
    // No burn coded by site, or no percentage stated: nothing added.
    [['J45.20'], 'BSA 1.9 m2; 30% TBSA chart.', ['J45.20']],
    [['T23.251A'], 'Dx: 2nd degree burn R palm.', ['T23.251A']],
  ])('%j with "%s" -> %j', (codes, text, want) => expect(runRule(burnExtent, codes, text, cs)).toEqual(want));
});
