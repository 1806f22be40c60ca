import type { Rule } from '../rule.ts';

/** NPI check digit: Luhn over the prefix 80840 followed by the first nine digits. */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]);
}

export const npiInvalid: Rule = {
  meta: {
    id: 'npi-invalid',
    title: 'NPI is not valid',
    severity: 'error',
    carc: '16',
    description: 'An NPI must be 10 digits and pass its check digit (Luhn over 80840 + first 9 digits).',
    source: 'CMS NPI standard, 45 CFR 162.406',
  },
  check({ claim, report }) {
    const npis: [string | null | undefined, string][] = [
      [claim.billingProvider.npi, 'billingProvider.npi'],
      [claim.renderingProvider?.npi, 'renderingProvider.npi'],
    ];
    for (const [npi, field] of npis) {
      if (!npi) continue; // missing is required-field's finding, not this rule's
      if (!isValidNpi(npi)) {
        report({ field, message: `NPI ${npi} is not a valid NPI (10 digits with a correct check digit)`, fix: 'correct the NPI from NPPES' });
      }
    }
  },
};
