import { describe, expect, it } from 'vitest';
import { lineOf } from './lines.ts';

describe('lineOf', () => {
  it.each([
    ['A/P:\n# Dyspnea - see #1.\n# Cough', 8, '# Dyspnea - see #1.'],
    ['one line', 3, 'one line'],
    ['first\nlast', 8, 'last'],
  ])('%j at %i -> %j', (text, at, want) => expect(lineOf(text, at)).toBe(want));
});
