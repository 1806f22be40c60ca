import { describe, expect, it } from 'vitest';
import { naiveMatcher } from './naive-matcher.ts';

const entries = [
  { code: 'I10', billable: true, short: '', title: 'Essential (primary) hypertension' },
  { code: 'K3580', billable: true, short: '', title: 'Unspecified acute appendicitis' },
  { code: 'K35', billable: false, short: '', title: 'Acute appendicitis' },
  { code: 'R509', billable: true, short: '', title: 'Fever, unspecified' },
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
