import { describe, expect, it } from 'vitest';
import { kitCodeSets, type Kit } from '../test-kit.ts';
import { restoreMatcher, snapshotMatcher } from './snapshot.ts';
import { codeStatement } from './statement.ts';

const kit: Kit = {
  titles: [
    ['N30.00', true, 'Acute cystitis without hematuria'], ['N30.01', true, 'Acute cystitis with hematuria'],
    ['R31.21', true, 'Asymptomatic microscopic hematuria'], ['R31.29', true, 'Other microscopic hematuria'],
  ],
  index: [{ path: ['Hematuria', 'microscopic NEC', 'asymptomatic'], code: 'R31.21' }],
};
const dos = '2026-01-15';
const codes = (cs: ReturnType<typeof kitCodeSets>, text: string) => codeStatement(cs, dos, text, 0, text.length).map((h) => `${h.code} ${h.title}`);

describe('matcher snapshot', () => {
  it('round-trips through JSON and matches like the built matcher', () => {
    const snap = JSON.parse(JSON.stringify(snapshotMatcher(kitCodeSets(kit), dos)));
    const fresh = kitCodeSets(kit);
    expect(restoreMatcher(fresh, snap, dos)).toBe(true);
    for (const text of ['Acute cystitis with hematuria', 'Acute cystitis without hematuria', 'asymptomatic microscopic hematuria']) {
      expect(codes(fresh, text)).toEqual(codes(kitCodeSets(kit), text));
    }
    expect(codes(fresh, 'Acute cystitis with hematuria')[0]).toBe('N3001 Acute cystitis with hematuria');
  });

  it('refuses a snapshot of another year or format', () => {
    const snap = snapshotMatcher(kitCodeSets(kit), dos);
    expect(restoreMatcher(kitCodeSets(kit), { ...snap, year: 'FY2019' }, dos)).toBe(false);
    expect(restoreMatcher(kitCodeSets(kit), { ...snap, format: 2 as 1 }, dos)).toBe(false);
  });
});
