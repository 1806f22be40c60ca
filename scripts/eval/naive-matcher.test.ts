import { describe, expect, it } from 'vitest';
import { naiveMatcher } from './naive-matcher.ts';

const entries: [string, 0 | 1, string][] = [
  ['I10', 1, 'Essential (primary) hypertension'],
  ['K3580', 1, 'Unspecified acute appendicitis'],
  ['K35', 0, 'Acute appendicitis'],
  ['R509', 1, 'Fever, unspecified'],
];

describe('naiveMatcher', () => {
  const match = naiveMatcher(entries);
  it.each([
    ['every title word in one sentence', 'Primary essential hypertension was treated.', ['I10']],
    ['the words split over two sentences', 'Essential care. Primary hypertension.', []],
    ['a header code, never reported', 'Acute appendicitis.', []],
    ['word order and case ignored', 'APPENDICITIS, acute, site unspecified.', ['K3580']],
    ['a negated mention (the baseline reads no context)', 'No fever, unspecified source.', ['R509']],
  ])('%s', (_, text, want) => {
    expect(match(text).sort()).toEqual(want);
  });
});
