import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { modifierInvalid } from './modifier-invalid.ts';

describe('modifier-invalid', () => {
  const cases: [string, unknown, string[]][] = [
    ['CPT modifiers 25 and 59', ['25', '59'], []],
    ['HCPCS modifiers, lower case', ['rt', 'gp'], []],
    ['"RL" is not a modifier', ['RL'], ['lines[0].modifiers']],
    ['"XX" is not a modifier', ['XX'], ['lines[0].modifiers']],
    ['one good, one bad: one flag', ['25', '2S'], ['lines[0].modifiers']],
    ['none', [], []],
  ];
  it.each(cases)('%s', (_n, mods, want) => {
    const flags = run(
      modifierInvalid,
      claimOf((c) => (c.lines[0].modifiers = mods)),
      { codes: { modifiers: ['RT', 'LT', 'GP'] } },
    );
    expect(fields(flags)).toEqual(want);
    if (want.length) expect(flags[0]!.carc).toBe('4');
  });
});
