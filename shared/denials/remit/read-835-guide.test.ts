import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainCount } from '../../../test/support/x12-count.ts';
import type { RemitClaim } from './model.ts';
import { read835, remit835Reader } from './read-835.ts';

// Files written segment by segment to 005010X221A1 (and 004010X091A1 for the third interchange).
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures/remit', name), 'utf8');
const errorOf = (text: string) => {
  try {
    read835(text);
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};

describe('835 to the implementation guide', () => {
  it('claims without SVC lines: Medicare Part A (MIA), a claim-level denial (MOA), coordination of benefits', () => {
    const [r] = read835(fixture('claim-level-and-plb.835'));
    const byId = (id: string) => r!.claims.find((c) => c.claimId === id)!;
    expect(r!.claims.map((c) => [c.claimId, c.status, c.lines.length])).toEqual([
      ['A-3001', '1', 0],
      ['C-4001', '4', 0],
      ['C-4002', '2', 0],
      ['C-4003', '19', 1],
    ]);
    expect(byId('A-3001')).toMatchObject({ filingIndicator: 'MA', statementFrom: '2026-10-01', statementTo: '2026-10-04', rarc: ['MA01'] });
    expect(byId('A-3001').adjustments).toEqual([
      { group: 'PR', carc: '1', amount: 1500, quantity: null },
      { group: 'CO', carc: '45', amount: 1500, quantity: null },
    ]);
    expect(byId('C-4001')).toMatchObject({ rarc: ['MA130', 'M51'], adjustments: [{ group: 'CO', carc: '16', amount: 250 }] });
    expect(byId('C-4002').adjustments.map((a) => `${a.group}-${a.carc}`)).toEqual(['OA-23', 'CO-45']);
    // A line without DTM*472 would take the claim's statement date; this one has its own.
    expect(byId('C-4003').lines[0]).toMatchObject({ procedure: '99213', dateOfService: '2026-10-05', lineControl: 'L1', rarc: [] });
    expect(byId('C-4003').rarc).toEqual(['MA18']);
  });

  it('PLB per provider with reason, reference and amount; BPR02 = sum CLP04 - sum PLB', () => {
    const [r] = read835(fixture('claim-level-and-plb.835'));
    expect(r!.providerAdjustments!.map(({ segment: _, ...p }) => p)).toEqual([
      { provider: '1234567893', fiscalPeriodEnd: '2026-12-31', reason: 'WO', reference: 'PCNZ1122', amount: 120 },
      { provider: '1234567893', fiscalPeriodEnd: '2026-12-31', reason: 'L6', reference: 'INT0001', amount: -3.25 },
    ]);
    expect(r!.reconciliation).toMatchObject({ paid: 9013.25, claimsPaid: 9130, providerAdjustments: 116.75, balanced: true });
    expect(r!.reconciliation!.message).toBe('payment 9013.25 balances: claims paid 9130.00 less provider adjustments 116.75 = 9013.25');
  });

  it('says when a remittance does not balance, and by how much', () => {
    const [r] = read835(fixture('reversal-unbalanced.835'));
    expect(r!.reconciliation).toMatchObject({ balanced: false, paid: 160, claimsPaid: 175 });
    expect(r!.reconciliation!.message).toContain('does not balance');
    expect(r!.reconciliation!.message).toContain('off by -15.00');
  });

  it('pairs a reversal (CLP02 22) with its original and the correction that follows', () => {
    const [r] = read835(fixture('reversal-unbalanced.835'));
    const where = (i: number | undefined) => (i === undefined ? null : `${r!.claims[i]!.claimId}/${r!.claims[i]!.status}`);
    expect(r!.reversals!.map((p) => [p.claimId, where(p.original?.claim), where(p.reversal.claim), where(p.correction?.claim)])).toEqual([
      ['R-5001', 'R-5001/1', 'R-5001/22', 'R-5001/1'],
      ['R-5003', null, 'R-5003/22', null],
    ]);
    expect(r!.reversals![0]!.correction!.claim).toBe(3);
  });

  it('several interchanges, groups and transaction sets; counters reset at each header', () => {
    const text = fixture('several-interchanges.835');
    const rs = read835(text);
    expect(rs.map((r) => [r.payer.id, r.version, r.control, r.claims[0]!.claimId])).toEqual([
      ['ACME1', '005010X221A1', '0001', 'D-6001'],
      ['BLUE1', '005010X221A1', '0002', 'D-6002'],
      ['SMCD1', '004010X091A1', '0001', 'D-6003'],
    ]);
    // The counts are checked per envelope: a wrong GE01 in the second interchange is named there.
    const badGe = text.replace('GE*1*202', 'GE*2*202');
    expect(errorOf(badGe)).toMatch(/^GE at segment 49: count 2 != 1$/);
    expect(errorOf(text.replace('IEA*1*000000202', 'IEA*2*000000202'))).toMatch(/^IEA at segment 50: count 2 != 1$/);
    expect(errorOf(text.replace('IEA*1*000000202', 'IEA*1*000000209'))).toContain('IEA at segment 50: control number 000000209 != ISA13 000000202');
  });

  it('reads the same in chunks of any size as at once, and streams claims without keeping them', () => {
    const text = fixture('claim-level-and-plb.835') + fixture('several-interchanges.835');
    const whole = read835(text);
    for (const size of [1, 7, 106, 4096]) {
      const r = remit835Reader();
      for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
      expect(r.end()).toEqual(whole);
    }
    const seen: RemitClaim[] = [];
    const lean = read835(text, { keepClaims: false, onClaim: (c) => seen.push(c) });
    expect(lean.every((r) => r.claims.length === 0)).toBe(true);
    expect(seen.map((c) => c.claimId)).toEqual(whole.flatMap((r) => r.claims.map((c) => c.claimId)));
    expect(lean.map((r) => r.totals)).toEqual(whole.map((r) => r.totals));
  });

  it('claim count, adjustment count, paid sum and PLB amounts equal a plain segment count', () => {
    for (const name of ['claim-level-and-plb.835', 'several-interchanges.835', 'reversal-unbalanced.835', 'acme-ppo.835', 'medicare-pipes.835']) {
      const text = fixture(name);
      const plain = plainCount(text);
      const rs = read835(text);
      expect(
        rs.reduce((s, r) => s + r.totals!.claims, 0),
        name,
      ).toBe(plain.segments.CLP ?? 0);
      expect(
        rs.reduce((s, r) => s + r.totals!.adjustments, 0),
        name,
      ).toBe(plain.adjustments);
      expect(Math.round(rs.reduce((s, r) => s + r.totals!.claimsPaid, 0) * 100), name).toBe(plain.paidCents);
      expect(
        rs.flatMap((r) => r.providerAdjustments!.map((p) => Math.round(p.amount * 100))),
        name,
      ).toEqual(plain.plbCents);
    }
  });

  it.each([
    [
      'a PLB without an adjustment',
      (t: string) => t.replace('PLB*1234567893*20261231*WO:PCNZ1122*120*L6:INT0001*-3.25', 'PLB*1234567893*20261231'),
      'PLB at segment 43: PLB03 is empty',
    ],
    ['a PLB amount that is not a number', (t: string) => t.replace('*-3.25', '*-3,25'), 'PLB at segment 43: PLB06 "-3,25" is not a number'],
    ['a PLB with no reason code', (t: string) => t.replace('WO:PCNZ1122', ':PCNZ1122'), 'PLB at segment 43: PLB03-1 adjustment reason code is empty'],
    ['a bad statement date', (t: string) => t.replace('DTM*232*20261001', 'DTM*232*2026-10-01'), 'DTM at segment 21: DTM02 "2026-10-01" is not a date'],
  ])('%s is refused naming the segment and element', (_, edit, message) => {
    expect(errorOf(edit(fixture('claim-level-and-plb.835')))).toContain(message);
  });
});

describe('reversal pairing in bounded memory', () => {
  it('remembers the most recent claims only when asked, and still pairs the correction that follows', async () => {
    const { reversalPairer } = await import('./reversals.ts');
    const claim = (claimId: string, status = '1') => ({ claimId, status, payerControlNumber: `P${claimId}` }) as RemitClaim;
    const at = (i: number) => ({ remittance: 0, claim: i, segment: 10 + i });
    const p = reversalPairer(2);
    ['A', 'B', 'C'].forEach((id, i) => p.add(claim(id), at(i)));
    p.add(claim('A', '22'), at(3)); // A is three claims back: forgotten
    p.add(claim('A'), at(4));
    p.add(claim('C', '22'), at(5)); // C is remembered
    expect(p.pairs.map((x) => [x.claimId, x.original?.claim ?? null, x.correction?.claim ?? null])).toEqual([
      ['A', null, 4],
      ['C', 2, null],
    ]);
    const all = reversalPairer();
    ['A', 'B', 'C'].forEach((id, i) => all.add(claim(id), at(i)));
    all.add(claim('A', '22'), at(3));
    expect(all.pairs[0]!.original?.claim).toBe(0);
  });
});
