import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build835 } from './build-835.ts';
import { read835 } from './read-835.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures/remit', name), 'utf8');
const errorOf = (text: string) => {
  try {
    read835(text);
  } catch (err) {
    return (err as Error).message;
  }
  return 'no error';
};

describe('835 reader: good files', () => {
  it('maps claims, lines, CAS triplets, RARCs and the payer', () => {
    const [r] = read835(fixture('acme-ppo.835'));
    expect(r!.payer).toEqual({ name: 'ACME HEALTH PLAN', id: 'ACME1' });
    expect(r!.remitDate).toBe('2026-11-20');
    expect(r!.claims.map((c) => c.claimId)).toEqual(['C-1001', 'C-1002', 'C-1003', 'C-1004', 'C-1005', 'C-1006']);
    const c1 = r!.claims[0]!;
    expect([c1.billed, c1.paid, c1.patientResponsibility, c1.payerControlNumber]).toEqual([320, 120, 20, 'PCNC-1001']);
    expect(c1.lines[0]).toMatchObject({ procedure: '99214', modifiers: ['25'], billed: 180, paid: 120, units: 1, dateOfService: '2026-11-03' });
    expect(c1.lines[0]!.adjustments).toEqual([
      { group: 'CO', carc: '45', amount: 40, quantity: null },
      { group: 'PR', carc: '3', amount: 20, quantity: null },
    ]);
    expect(c1.lines[1]).toMatchObject({ procedure: '20610', modifiers: ['LT'], paid: 0, rarc: ['M15'] });
    expect(r!.claims[1]!.lines[0]!.rarc).toEqual(['MA130', 'M76']);
    expect(r!.claims[3]!.adjustments).toEqual([{ group: 'OA', carc: '23', amount: 0, quantity: null }]);
    expect(r!.claims[4]!.rarc).toEqual(['MA01']);
  });
  it('reads the separators from the ISA (pipes, ">" composites, line-break terminators) and CRLF files', () => {
    const [m] = read835(fixture('medicare-pipes.835'));
    expect(m!.payer.id).toBe('00882');
    expect(m!.claims[0]!.filingIndicator).toBe('MB');
    expect(m!.claims[0]!.lines[1]).toMatchObject({ procedure: '93000', adjustments: [{ group: 'CO', carc: '236', amount: 100 }], rarc: ['N20'] });
    expect(read835(fixture('crlf.835'))[0]!.claims[0]!.lines).toHaveLength(2);
  });
  it('several triplets in one CAS, quantities, and a leading byte-order mark', () => {
    const text = build835({ claims: [{ id: 'X1', billed: 100, paid: 0, lines: [{ proc: '99213', billed: 100, paid: 0 }] }] })
      .replace(/^SVC.*\nDTM\*472\*\d+~/m, (s) => `${s}\nCAS*CO*45*10*1*97*20**253*1.5~`)
      .replace(/^SE\*(\d+)/m, (_, n) => `SE*${Number(n) + 1}`);
    const line = read835(`\uFEFF${text}`)[0]!.claims[0]!.lines[0]!;
    expect(line.adjustments).toEqual([
      { group: 'CO', carc: '45', amount: 10, quantity: 1 },
      { group: 'CO', carc: '97', amount: 20, quantity: null },
      { group: 'CO', carc: '253', amount: 1.5, quantity: null },
    ]);
  });
});

describe('835 reader: a claim without service lines is valid (005010X221A1 loop 2110 is situational)', () => {
  it('claim-without-lines.835 loads with its claim-level data', () => {
    const [r] = read835(fixture('claim-without-lines.835'));
    expect(r!.claims.map((c) => [c.claimId, c.lines.length])).toEqual([
      ['C-1002', 0],
      ['C-1003', 1],
    ]);
  });
});

describe('835 reader: malformed files name the segment', () => {
  it.each([
    ['bad-se-count.835', 'SE at segment 28: count 25 != 26'],
    ['bad-ge-count.835', 'GE at segment 29: count 2 != 1'],
    ['bad-iea-count.835', 'IEA at segment 30: count 3 != 1'],
    ['missing-isa.835', 'ISA at segment 1: missing'],
    ['wrong-delimiters.835', 'CLP at segment 11: "CLP|C-1001'],
    ['wrong-terminator.835', 'GS at segment 2: holds a line break before "ST"'],
    ['non-numeric-amount.835', 'CLP at segment 11: CLP04 "12O" is not a number'],
  ])('%s', (file, message) => {
    const got = errorOf(fixture(file));
    expect(got.startsWith(message)).toBe(true);
    expect(got).not.toContain('\n');
  });
  const good = build835({ claims: [{ id: 'X1', billed: 100, paid: 0, lines: [{ proc: '99213', billed: 100, paid: 0, cas: [['CO', '16', 100]] }] }] });
  it.each([
    ['a CAS group that is not one of CO PR OA PI CR', good.replace('CAS*CO', 'CAS*XX'), 'CAS at segment 15: CAS01 "XX"'],
    ['a CAS amount that is not a number', good.replace('CAS*CO*16*100', 'CAS*CO*16*abc'), 'CAS at segment 15: CAS03 "abc"'],
    ['a bad service date', good.replace('DTM*472*20261103', 'DTM*472*2026110'), 'DTM at segment 14: DTM02'],
    ['SE control number unlike ST02', good.replace('SE*14*0001', 'SE*14*0002'), 'SE at segment 16: control number 0002 != ST02 0001'],
    ['a GE without its GS', good.replace(/^GS\*.*\n/m, ''), 'ST at segment 2: appears outside GS'],
    ['a file cut short', good.slice(0, good.indexOf('SE*')), 'SE at segment 16: missing'],
    ['a segment outside ST/SE', good.replace('GE*1*1', 'LX*1~\nGE*1*1'), 'LX at segment 17: appears outside a transaction set'],
    ['an ISA that is not 106 characters', good.replace('SENDER         ', 'SENDER'), 'ISA at segment 1: is not 106 characters'],
    ['not an 835', good.replace('ST*835', 'ST*837'), 'ST at segment 3: transaction set "837" is not an 835'],
    ['a second interchange with other separators', good + good.replace('*P*:~', '*P*>~'), 'ISA at segment 19: declares other separators'],
    ['a last segment without its terminator', good.trimEnd().replace(/~$/, ''), 'IEA at segment 18: is not ended by the terminator "~"'],
  ])('%s', (_, text, message) => {
    expect(errorOf(text)).toContain(message);
  });
});
