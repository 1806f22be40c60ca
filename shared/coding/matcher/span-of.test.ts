import { describe, expect, it } from 'vitest';
import { expandTokens } from '../lexicon/expand.ts';
import { tokenize } from '../text/tokens.ts';
import { spanOf } from './span-of.ts';

describe('spanOf: the evidence of a code in its statement', () => {
  const rf = new Map([['RF', 'rheumatoid factor']]);
  it.each([
    // The tightest stretch holding every word: the context after it is the finding's own.
    ['prostate nodule possible; MRI prostate ordered', 'prostate nodule', 'prostate nodule'],
    // A word said plainly right before a shorthand's expansion is the evidence's too.
    ['Rheumatoid arthritis, RF positive', 'rheumatoid arthritis factor', 'Rheumatoid arthritis, RF'],
    // Only across a space: after a comma the expansion alone holds every word.
    ['Rheumatoid, RF positive', 'rheumatoid factor', 'RF'],
  ])('%s: %s -> %s', (text, words, want) => {
    const keys = tokenize(words).map((t) => t.stem);
    const [a, b] = spanOf(expandTokens(text, 0, text.length, rf), keys);
    expect(text.slice(a, b)).toBe(want);
  });
});
