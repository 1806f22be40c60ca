import { describe, expect, it } from 'vitest';
import type { Token } from '../text/tokens.ts';
import { shorthandInContext } from './resolve-shorthand.ts';

describe('shorthandInContext: a shorthand of several meanings, decided by its statement', () => {
  const shorthand = {
    expand: new Map([['HTN', 'hypertension']]),
    inContext: new Map([
      ['PSA', ['polysubstance abuse', 'prostate specific antigen']],
      ['RA', ['rheumatoid arthritis', 'right atrium', 'room air']],
    ]),
  };
  // Stand-in for the title matcher: the words of the best "code" its few titles reach.
  const titles = [
    ['elevated', 'prostate', 'specific', 'antigen'],
    ['rheumatoid', 'arthritis', 'seropositive'],
    ['rheumatoid', 'arthritis'],
    ['room', 'air'],
    ['polysubstance', 'abuse'],
  ];
  const best = (tokens: Token[]) => {
    const said = new Set(tokens.map((t) => t.stem));
    return titles.filter((t) => t.every((w) => said.has(w))).sort((a, b) => b.length - a.length)[0];
  };
  const read = (stmt: string) => shorthandInContext(stmt, 0, stmt.length, shorthand, best);

  it.each([
    ['Elevated PSA, rising', 'PSA', 'prostate specific antigen'],
    ['RA, seropositive', 'RA', 'rheumatoid arthritis'],
    // Alone, every meaning reaches a code of its own words only: the statement decides nothing.
    ['PSA', 'PSA', undefined],
    ['RA', 'RA', undefined],
  ])('%s: %s -> %s', (stmt, abbr, want) => {
    expect(read(stmt)?.get(abbr)).toBe(want);
  });

  it('keeps the always-expanded shorthand, and returns it unchanged when nothing needs context', () => {
    expect(read('Elevated PSA with HTN')?.get('HTN')).toBe('hypertension');
    expect(read('HTN')).toBe(shorthand.expand);
  });
});
