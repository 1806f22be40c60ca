import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { isValidNpi, npiInvalid } from './npi-invalid.ts';

describe('npi-invalid', () => {
  it('checks the Luhn digit over 80840 + 9 digits', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567894')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678O3')).toBe(false);
  });
  const cases: [string, (c: any) => void, string[]][] = [
    ['valid NPIs', () => {}, []],
    ['nine-digit billing NPI', (c) => (c.billingProvider.npi = '123456789'), ['billingProvider.npi']],
    ['rendering NPI with a letter O', (c) => (c.renderingProvider.npi = '12345678O3'), ['renderingProvider.npi']],
    ['missing NPI is required-field, not this rule', (c) => (c.billingProvider.npi = null), []],
  ];
  it.each(cases)('%s', (_n, patch, want) => expect(fields(run(npiInvalid, claimOf(patch)))).toEqual(want));
});
