import { describe, expect, it } from 'vitest';
import { historyCodeContext, patientContext } from './diagnoses.ts';

describe('historyCodeContext (I.C.21.c.4)', () => {
  it.each([
    ['Personal history of other infectious and parasitic diseases', 'resolved', 'affirmed'],
    ['Personal history of other infectious and parasitic diseases', 'history', 'affirmed'],
    ['Family history of diabetes mellitus', 'family-history', 'affirmed'],
    ['Chronic viral hepatitis C', 'resolved', 'resolved'],
    ['Personal history of other infectious and parasitic diseases', 'negated', 'negated'],
  ] as const)('%s in %s context -> %s', (title, status, want) => {
    expect(historyCodeContext(title, { status, why: '' }).status).toBe(want);
  });
});

describe('patientContext (I.C.16)', () => {
  it('adds an implied "newborn" only for a newborn the note calls one', () => {
    expect(patientContext({ text: 'Newborn visit, day of life 10. Jaundice.', setting: 'office', patient: { age: 0 } }).map((t) => [t.stem, t.start])).toEqual([['newborn', -1]]);
    expect(patientContext({ text: 'Well visit. Jaundice.', setting: 'office', patient: { age: 0 } })).toEqual([]);
    expect(patientContext({ text: 'Newborn visit.', setting: 'office', patient: { age: 34 } })).toEqual([]);
  });
});
