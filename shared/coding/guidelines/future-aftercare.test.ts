import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { futureAftercare } from './future-aftercare.ts';

/** One aftercare finding whose evidence is `said` in the note. */
function run(text: string, said: string, code = 'Z48.02'): string[] {
  const ctx = kitContext(standInCodeSets, ['S61.210A', code], text);
  const f = ctx.findings[1]!;
  f.start = text.indexOf(said);
  f.end = f.start + said.length;
  futureAftercare(ctx);
  return activeCodes(ctx);
}

describe('futureAftercare (I.C.21.c.7: the encounter for that aftercare)', () => {
  it.each([
    ['Dx:\n1. Laceration R index finger - repaired\nWound care, suture removal 10-12 d. Return for signs of infection.', 'suture removal', ['S61.210A']],
    ['Plan: suture removal in 2 weeks with PCP.', 'suture removal', ['S61.210A']],
    ['Plan: dressing change at next visit.', 'dressing change', ['S61.210A']],
    // This visit's aftercare.
    ['Assessment:\n1. Encounter for suture removal - sutures removed today, wound healed.', 'suture removal', ['S61.210A', 'Z48.02']],
    ['Reason for visit: suture removal, placed 10 days ago.', 'suture removal', ['S61.210A', 'Z48.02']],
  ] as [string, string, string[]][])('"%s" -> %j', (text, said, want) => expect(run(text, said)).toEqual(want));

  it('leaves other encounter codes (Z51 chemotherapy sessions) to their own rules', () => {
    expect(run('Plan: C1D1 FOLFOX given, RTC 2 wks.', 'FOLFOX', 'Z51.11')).toEqual(['S61.210A', 'Z51.11']);
  });
});
