import { describe, expect, it } from 'vitest';
import { historyCodeContext } from './diagnoses.ts';

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
