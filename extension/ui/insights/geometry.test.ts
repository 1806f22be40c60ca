import { describe, expect, it } from 'vitest';
import { activeFilters, noFilters } from './api.ts';
import { barLengths, percent, slicePath, slices } from './geometry.ts';

describe('chart geometry', () => {
  it('scales bars to the largest value and keeps small ones visible', () => {
    expect(barLengths([10, 5, 0, 0.01], 200)).toEqual([200, 100, 0, 2]);
    expect(barLengths([], 200)).toEqual([]);
    expect(barLengths([0, 0], 200)).toEqual([0, 0]);
  });
  it('splits a turn in proportion, skipping zeros and negatives', () => {
    expect(slices([1, 0, 3])).toEqual([
      { start: 0, end: 0.25 },
      { start: 0.25, end: 0.25 },
      { start: 0.25, end: 1 },
    ]);
    expect(slices([0, -2])).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 0 },
    ]);
  });
  it("draws a quarter slice from twelve to three o'clock and a full ring as two halves", () => {
    expect(slicePath(80, 80, 70, 40, 0, 0.25)).toBe('M 80.00 10.00 A 70 70 0 0 1 150.00 80.00 L 120.00 80.00 A 40 40 0 0 0 80.00 40.00 Z');
    expect(slicePath(80, 80, 70, 40, 0, 0.75)).toContain(' 0 1 1 ');
    expect(slicePath(80, 80, 70, 40, 0, 1).match(/M /g)).toHaveLength(2);
  });
  it('writes shares as whole percents', () => {
    expect([percent(1, 3), percent(2, 3), percent(0, 0)]).toEqual(['33%', '67%', '–']);
  });
});

describe('filter query', () => {
  it('sends only the filters that are set, trimmed and encoded', () => {
    expect(activeFilters(noFilters)).toEqual({});
    expect(activeFilters({ from: '2026-01-01', to: '', payer: ' Acme PPO ', person: 'Cora & Co' })).toEqual({
      from: '2026-01-01',
      payer: 'Acme PPO',
      person: 'Cora & Co',
    });
  });
});
