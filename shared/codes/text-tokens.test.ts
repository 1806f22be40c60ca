import { describe, expect, it } from 'vitest';
import { deletes, tokens } from './text-tokens.ts';

describe('search tokens', () => {
  it('splits on anything but letters and digits, drops stop words, strips plurals of longer words', () => {
    expect(tokens("Alzheimer's disease, with Fractures of ribs (NOS)")).toEqual(['alzheimer', 's', 'disease', 'fracture', 'ribs']);
    expect(tokens('Injuries: abscess, virus, arthritis; B12 deficiency')).toEqual(['injury', 'abscess', 'virus', 'arthritis', 'b12', 'deficiency']);
    expect(tokens('  ')).toEqual([]);
  });

  it('gives every single deletion', () => {
    expect(deletes('abc')).toEqual(['bc', 'ac', 'ab']);
  });
});
