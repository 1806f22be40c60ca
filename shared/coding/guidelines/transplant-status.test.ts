import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { transplantStatus } from './transplant-status.ts';

describe('transplantStatus (I.C.21.c.3; Index "Transplant, awaiting organ", Z76.82)', () => {
  it.each([
    ['5. Transplant listing - active, UNOS status reviewed.', ['Z76.82']],
    ['Kidney transplant candidate, on the waiting list.', ['Z76.82']],
    ['Plan: Transplant evaluation referral in progress.', []],
    // An organ received stays a transplant status.
    ['s/p kidney transplant 2019 on tacrolimus.', ['Z94.0']],
    ['Kidney transplant 2019, stable graft function.', ['Z94.0']],
  ] as [string, string[]][])('"%s" -> %j', (text, want) => {
    const ctx = kitContext(standInCodeSets, ['Z94.0'], text);
    transplantStatus(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });

  it('drops the unspecified organ when the note names it elsewhere (I.B.18)', () => {
    const ctx = kitContext(standInCodeSets, ['Z94.0', 'Z94.9'], 'Renal transplant 2014. FBSE q3 mo given transplant immunosuppression.');
    transplantStatus(ctx);
    expect(activeCodes(ctx)).toEqual(['Z94.0']);
  });
});
