import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Claim } from '../../contracts/claim.ts';
import { build837p, type BuildClaim } from '../../../test/support/build-837p.ts';
import { looksLikeX12, read837p } from './read-837p.ts';

// professional-batch.837 is written segment by segment to 005010X222A1.
const batch = readFileSync(join(import.meta.dirname, '../../../test/fixtures/x12/professional-batch.837'), 'utf8');

describe('837P reader', () => {
  const { claims, error } = read837p(batch);
  const byId = (id: string) => claims.find((c) => c.clm01 === id)!;

  it('reads every CLM of the batch, in file order', () => {
    expect(error).toBeNull();
    expect(claims.map((c) => [c.clm01, c.frequency])).toEqual([
      ['P-1001', '1'],
      ['P-1002', '1'],
      ['P-1003', '7'],
      ['P-1004', '1'],
    ]);
    expect(claims.map((c) => c.segment)).toEqual([21, 33, 50, 64]);
  });

  it('2000A/2010AA billing provider, 2000B/2010BA subscriber as patient, 2010BB payer, 2300 CLM/REF*G1/HI, 2310B rendering, 2400 SV1/DTP*472', () => {
    const c = byId('P-1001').claim!;
    expect(c).toMatchObject({
      id: 'P-1001',
      payer: { name: 'SAMPLE MEDICARE CONTRACTOR', kind: 'medicare', payerId: '00882' },
      patient: { firstName: 'ANA', lastName: 'TESTPATIENT', dob: '1950-03-02', sex: 'F', memberId: '1EG4TE5MK73' },
      billingProvider: { npi: '1234567893', taxonomy: '207Q00000X' },
      renderingProvider: { npi: '1245319599' },
      placeOfService: '11',
      priorAuthorization: 'AUTH778',
      submissionDate: '2026-11-20',
      diagnoses: ['E1122', 'N1831', 'I129'],
    });
    expect(c.lines).toEqual([
      { dateOfService: '2026-11-03', code: '99214', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2], charge: 180 },
      // An RD8 range gives its first date.
      { dateOfService: '2026-11-03', code: '20610', modifiers: ['LT'], units: 1, diagnosisPointers: [1], charge: 140 },
    ]);
    // A second claim under the same subscriber keeps the subscriber and payer, without the first's rendering provider.
    expect(byId('P-1002').claim).toMatchObject({ renderingProvider: null, priorAuthorization: null, patient: { memberId: '1EG4TE5MK73' } });
  });

  it("2000C/2010CA patient under its subscriber; 2320/2330 other payer and 2420A line provider do not replace the claim's", () => {
    const c = byId('P-1003');
    expect(c.originalReference).toBe('PAYERICN998');
    expect(c.claim).toMatchObject({
      payer: { name: 'ACME HEALTH PLAN', kind: 'commercial', payerId: 'ACME1' },
      patient: { firstName: 'CARA', lastName: 'TESTCHILD', dob: '2015-06-11', sex: 'F', memberId: 'W123456789' },
      renderingProvider: null,
      placeOfService: '22',
    });
    expect(c.claim!.lines.map((l) => l.code)).toEqual(['87880', '99213']);
    expect(Claim.safeParse(c.claim).success).toBe(true);
  });

  it('a bad element costs its own claim only, with a line naming segment and element', () => {
    expect(byId('P-1004')).toMatchObject({ claim: null, error: 'SV1 at segment 67: SV102 "12O" is not a number' });
    expect(byId('P-1003').error).toBeNull();
  });

  const spec: BuildClaim = {
    id: 'B-1',
    payer: { name: 'X', kind: 'medicaid', payerId: 'MCD1' },
    patient: { firstName: 'A', lastName: 'B', dob: '1980-01-02', sex: 'M', memberId: 'M1' },
    billingProvider: { npi: '1234567893', taxonomy: null },
    renderingProvider: null,
    placeOfService: '11',
    priorAuthorization: null,
    submissionDate: '2026-11-20',
    diagnoses: ['J02.9'],
    lines: [{ dateOfService: '2026-11-03', code: '99213', modifiers: [], units: 1, diagnosisPointers: [1], charge: 100 }],
  };
  it.each([
    [
      'a service date that is not a calendar date',
      (t: string) => t.replace('DTP*472*D8*20261103', 'DTP*472*D8*20260230'),
      'DTP at segment 22: DTP03 "20260230" is not a date CCYYMMDD',
    ],
    [
      'a diagnosis pointer that is not a number',
      (t: string) => t.replace('UN*1***1~', 'UN*1***A~'),
      'SV1 at segment 21: SV107-1 "A" is not a diagnosis pointer',
    ],
    ['units that are not a number', (t: string) => t.replace('UN*1***1~', 'UN*one***1~'), 'SV1 at segment 21: SV104 "one" is not a number'],
    ['a CLM without its place of service', (t: string) => t.replace('*11:B:1*', '*:B:1*'), 'CLM at segment 18: CLM05-1 place of service is empty'],
    ['an HI code without its value', (t: string) => t.replace('HI*ABK:J029', 'HI*ABK:'), 'HI at segment 19: HI01-2 diagnosis code is empty'],
    [
      'a subscriber birth date that is not a date (the claims under it)',
      (t: string) => t.replace('DMG*D8*19800102', 'DMG*D8*1980'),
      'DMG at segment 16: DMG02 "1980" is not a date CCYYMMDD',
    ],
  ])('%s', (_, edit, message) => {
    const text = edit(build837p([spec, { ...spec, id: 'B-2', patient: { ...spec.patient, dob: '1990-05-05' } }]));
    const r = read837p(text);
    expect(r.error).toBeNull();
    expect(r.claims.map((c) => c.clm01)).toEqual(['B-1', 'B-2']);
    expect(r.claims[0]!.error).toBe(message);
    expect(r.claims[1]!.claim).not.toBeNull();
  });

  it('a line-level prior authorization (2400 REF*G1) counts when the claim has none; padding after IEA is not a segment', () => {
    const text = build837p([spec])
      .replace('DTP*472*D8*20261103~', 'DTP*472*D8*20261103~\nREF*G1*LINEAUTH1~')
      .replace(/SE\*(\d+)/, (_, n) => `SE*${Number(n) + 1}`);
    expect(read837p(`${text}\x1a\x00`).claims[0]!.claim!.priorAuthorization).toBe('LINEAUTH1');
    expect(read837p(`${text}\x1a\x00`).error).toBeNull();
  });

  it('envelope faults stop the reading but keep the claims read before them; other sets are refused', () => {
    const text = build837p([spec, { ...spec, id: 'B-2' }]);
    const cut = read837p(text.replace(/SE\*\d+\*0001/, 'SE*3*0001'));
    expect(cut.error).toMatch(/^SE at segment \d+: count 3 != \d+$/);
    expect(cut.claims.map((c) => c.clm01)).toEqual(['B-1', 'B-2']);
    expect(read837p(text.replace('ST*837', 'ST*835')).error).toBe('ST at segment 3: transaction set "835" is not an 837');
    expect(read837p(text.replace(/005010X222A1/g, '005010X223A2')).error).toContain('institutional or dental');
    expect(looksLikeX12(`\uFEFF\n${text}`)).toBe(true);
    expect(looksLikeX12('{"id":"ISA"}')).toBe(false);
  });
});
