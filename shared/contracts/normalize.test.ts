import { describe, expect, it } from 'vitest';
import { Claim } from './claim.ts';

const base = {
  payer: { kind: 'medicare' },
  patient: { dob: '1950-03-02', sex: 'F', memberId: 'X' },
  billingProvider: { npi: '1234567893' },
  placeOfService: '11',
  diagnoses: ['I10'],
  lines: [{ dateOfService: '2026-03-03', code: '99213', units: 1, diagnosisPointers: [1], charge: 10 }],
};

describe('claim normalization', () => {
  it('normalizes dates, codes, modifiers, pointers, numbers and spaces without dropping anything', () => {
    const c = Claim.parse({
      ...base,
      payer: { kind: ' Medicare Advantage ' },
      patient: { dob: '03/02/1950', sex: 'f', memberId: ' X1 ' },
      placeOfService: 2,
      submissionDate: '20260310',
      diagnoses: [' e1165', 'E55.9', 'I10', '250.00'],
      lines: [
        { dateOfService: '2026-03-03T00:00:00Z', code: ' j3301 ', modifiers: ['rt', ' 59 '], units: '4', diagnosisPointers: ['A', 'c'], charge: '$1,520.00' },
      ],
    });
    expect(c.payer.kind).toBe('medicare-advantage');
    expect([c.patient.dob, c.patient.sex, c.patient.memberId, c.placeOfService, c.submissionDate]).toEqual(['1950-03-02', 'F', 'X1', '02', '2026-03-10']);
    expect(c.diagnoses).toEqual(['E11.65', 'E55.9', 'I10', '250.00']);
    expect(c.lines[0]).toMatchObject({
      dateOfService: '2026-03-03',
      code: 'J3301',
      modifiers: ['RT', '59'],
      units: 4,
      diagnosisPointers: [1, 3],
      charge: 1520,
    });
  });
  it('rejects an unreadable date naming the field', () => {
    const r = Claim.safeParse({ ...base, lines: [{ ...base.lines[0], dateOfService: '2026-02-30' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['lines', 0, 'dateOfService']);
  });
  it('rejects an unknown payer kind naming the field', () => {
    const r = Claim.safeParse({ ...base, payer: { kind: 'hmo' } });
    expect(r.error!.issues[0]!.path).toEqual(['payer', 'kind']);
  });
});
