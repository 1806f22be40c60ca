import { describe, expect, it } from 'vitest';
import { mainTermForms } from './index-source.ts';

describe('mainTermForms (a main term by each of its listed forms)', () => {
  it.each([
    ['Ulcer, ulcerated, ulcerating, ulceration', 'Ulcer (ulcerated) (ulcerating) (ulceration)'],
    ['Hernia, hernial', 'Hernia (hernial)'],
    // A hyphenated form is a form too: "alcohol intoxication" needs no "induced".
    ['Alcohol, alcoholic, alcohol-induced', 'Alcohol (alcoholic) (alcohol-induced)'],
    // A piece that is no form of the head stays a word to match.
    ['Fibroadenosis, breast', 'Fibroadenosis, breast'],
    ['Pain', 'Pain'],
  ])('%s -> %s', (title, want) => expect(mainTermForms(title)).toBe(want));
});
