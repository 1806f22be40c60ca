import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import type { TitleMatch } from './match-title.ts';
import { acrossSemicolons, itemBreaks } from './term-words.ts';

const match = (req: string[]) => ({ req }) as unknown as TitleMatch;

describe('one code from one list item (acrossSemicolons, itemBreaks)', () => {
  it.each([
    // Title words as the tokenizer stems them. "Patches, smokers'" (K13.24) from "smoker" in one item and "patch" in the next: refused.
    ['Cigarette smoker - 1 ppd; nicotine patch 21 mg', ['patch', 'smoker'], true],
    ['Smoker with nicotine patch irritation', ['patch', 'smoker'], false],
    // A semicolon inside an aside separates its parts, not the statement's items.
    ['2 polyps removed (sigmoid - snare; rectum - forceps)', ['polyp', 'rectum'], false],
    ['Rectal bleeding; polyps', ['polyp', 'rectum'], true],
  ])('%s, %j -> %s', (text, req, want) => {
    const tokens = tokenize(text);
    expect(acrossSemicolons(match(req), tokens, itemBreaks(text, 0, text.length))).toBe(want);
  });
});
