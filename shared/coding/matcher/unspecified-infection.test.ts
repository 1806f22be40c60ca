import { describe, expect, it } from 'vitest';
import type { StatementHit } from './statement.ts';
import { withoutUnspecifiedInfection } from './unspecified-infection.ts';

const hit = (code: string): StatementHit => ({ code, title: code, score: 10, matched: 1, missing: [], req: [], start: 0, end: 1 });

describe('withoutUnspecifiedInfection (I.A.9.b, I.B)', () => {
  it.each([
    // The infection is the other code's condition.
    [['U071', 'B999'], ['U071']],
    [['B20', 'B999'], ['B20']],
    // Alone it stands.
    [['B999'], ['B999']],
    [['J101'], ['J101']],
  ])('%j -> %j', (codes, want) => expect(withoutUnspecifiedInfection(codes.map(hit)).map((h) => h.code)).toEqual(want));

  it('drops it where the statement names an organism, alone or not', () => {
    expect(withoutUnspecifiedInfection([hit('B999')], true)).toEqual([]);
    expect(withoutUnspecifiedInfection([hit('B999'), hit('A0472')], true).map((h) => h.code)).toEqual(['A0472']);
  });
});
