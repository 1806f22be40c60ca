import { describe, expect, it } from 'vitest';
import { withoutUnspecifiedSite } from './sited-elsewhere.ts';
import type { StatementHit } from './statement.ts';

const hit = (code: string, title: string): StatementHit => ({ code, title, score: 10, matched: 2, missing: [], req: [], start: 0, end: 1 });

describe('withoutUnspecifiedSite (I.B)', () => {
  it.each([
    // The condition at a site names the unspecified-site code's condition whole.
    [[hit('M1991', 'Primary osteoarthritis, unspecified site'), hit('M1711', 'Unilateral primary osteoarthritis, right knee')], ['M1711']],
    // Alone, or beside another condition, the unspecified site stands.
    [[hit('M1991', 'Primary osteoarthritis, unspecified site')], ['M1991']],
    [
      [hit('M1991', 'Primary osteoarthritis, unspecified site'), hit('M25561', 'Pain in right knee')],
      ['M1991', 'M25561'],
    ],
    // A code that is itself unspecified names no site.
    [
      [hit('M1991', 'Primary osteoarthritis, unspecified site'), hit('M170', 'Primary osteoarthritis of knee, unspecified')],
      ['M1991', 'M170'],
    ],
  ])('%#', (hits, want) => expect(withoutUnspecifiedSite(hits).map((h) => h.code)).toEqual(want));
});
