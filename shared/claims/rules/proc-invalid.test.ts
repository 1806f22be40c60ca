import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { procInvalid } from './proc-invalid.ts';

describe('proc-invalid', () => {
  const cases: [string, string, string[]][] = [
    ['CPT code', '99213', []],
    ['Category II code', '3074F', []],
    ['HCPCS in the file', 'J3301', []],
    ['truncated CPT', '9921', ['lines[0].code']],
    ['letters in a CPT', '99A13', ['lines[0].code']],
    ['HCPCS absent or terminated for the date', 'J0135', ['lines[0].code']],
    ['lower case normalizes', 'j3301', []],
  ];
  it.each(cases)('%s', (_n, code, want) => {
    const flags = run(
      procInvalid,
      claimOf((c) => (c.lines[0].code = code)),
      { codes: { hcpcs: ['J3301'] } },
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('181');
  });
});
