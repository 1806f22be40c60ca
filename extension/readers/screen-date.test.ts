import { expect, test } from 'vitest';
import { screenDate, screenDates } from './screen-date.ts';

test.each([
  ['2026-11-03', '2026-11-03'],
  ['11/03/2026', '2026-11-03'],
  ['1/3/2026', '2026-01-03'],
  ['11-03-2026', '2026-11-03'],
  ['11/03/26', '2026-11-03'],
  ['20261103', '2026-11-03'],
  ['11032026', '2026-11-03'],
  ['Nov 3, 2026', '2026-11-03'],
  ['3 November 2026', '2026-11-03'],
  ['13/45/2026', undefined],
  ['n/a', undefined],
  ['', undefined],
])('%j -> %s', (text, iso) => {
  expect(screenDate(text)).toBe(iso);
});

test('date ranges as coverage periods print them', () => {
  expect(screenDates('01/01/2025 - 08/31/2026')).toEqual(['2025-01-01', '2026-08-31']);
  expect(screenDates('Jan 1, 2026 to Sep 30, 2026')).toEqual(['2026-01-01', '2026-09-30']);
  expect(screenDates('2026-01-01 – 2026-09-30')).toEqual(['2026-01-01', '2026-09-30']);
});
