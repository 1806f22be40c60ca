import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { posInvalid } from './pos-invalid.ts';

describe('pos-invalid', () => {
  const cases: [string, unknown, string[]][] = [
    ['office 11', '11', []],
    ['independent lab 81', '81', []],
    ['single digit 2 normalizes to 02 (telehealth)', 2, []],
    ['unassigned 90', '90', ['placeOfService']],
    ['unassigned 30', '30', ['placeOfService']],
    ['not a code', 'office', ['placeOfService']],
    ['missing is required-field', null, []],
  ];
  it.each(cases)('%s', (_n, pos, want) =>
    expect(
      fields(
        run(
          posInvalid,
          claimOf((c) => (c.placeOfService = pos)),
        ),
      ),
    ).toEqual(want),
  );
});
