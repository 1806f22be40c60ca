import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { requiredField } from './required-field.ts';

describe('required-field', () => {
  const cases: [string, (c: any) => void, string[]][] = [
    ['clean claim', () => {}, []],
    ['empty sex', (c) => (c.patient.sex = ''), ['patient.sex']],
    ['blank member id', (c) => (c.patient.memberId = '  '), ['patient.memberId']],
    ['missing dob', (c) => delete c.patient.dob, ['patient.dob']],
    ['no billing NPI', (c) => (c.billingProvider = {}), ['billingProvider.npi']],
    ['no place of service', (c) => (c.placeOfService = null), ['placeOfService']],
    ['no diagnosis', (c) => (c.diagnoses = []), ['diagnoses']],
    ['zero units and charge', (c) => Object.assign(c.lines[0], { units: 0, charge: 0 }), ['lines[0].units', 'lines[0].charge']],
    ['line without code or date', (c) => Object.assign(c.lines[0], { code: '', dateOfService: '' }), ['lines[0].dateOfService', 'lines[0].code']],
  ];
  it.each(cases)('%s', (_n, patch, want) => {
    const flags = run(requiredField, claimOf(patch));
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('16');
  });
});
