import { describe, expect, it } from 'vitest';
import type { CodingDecision, DenialRecord } from '../contracts/denial-record.ts';
import { codingAccuracy, filterRecords, insights } from './insights.ts';
import { toCsv } from './insights-csv.ts';

const rec = (over: Partial<DenialRecord>): DenialRecord => ({
  payer: 'Acme PPO',
  codes: ['99214'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-10-01',
  outcome: null,
  amount: 100,
  ...over,
});
const records: DenialRecord[] = [
  rec({ assignee: 'cora', dueDate: '2026-11-10' }), // overdue on 2026-11-20
  rec({ carc: ['16'], origin: 'billing', amount: 50, dueDate: '2026-11-25', assignee: 'bill' }), // due in 5 days
  rec({ carc: ['16', '252'], origin: 'billing', amount: 25, dueDate: '2027-01-10', deniedOn: '2026-11-02' }),
  rec({ payer: 'Medicare', carc: ['27'], origin: 'registration', amount: 200, outcome: 'written-off', deniedOn: '2026-09-15' }),
  rec({ payer: 'Medicare', carc: ['50'], amount: 300, outcome: 'paid-on-appeal', deniedOn: '2026-09-20' }),
  rec({ carc: ['50'], amount: 40, outcome: 'upheld', deniedOn: '2026-08-01' }),
  rec({ carc: ['97'], amount: 60, outcome: 'corrected', deniedOn: '2026-11-15', dueDate: null }),
];
const decisions: CodingDecision[] = [
  { coder: 'cora', decision: 'accepted', at: '2026-11-01T10:00:00Z' },
  { coder: 'cora', decision: 'accepted', at: '2026-11-02' },
  { coder: 'cora', decision: 'edited', at: '2026-11-03' },
  { coder: 'dan', decision: 'rejected', at: '2026-11-03' },
  { coder: 'dan', decision: 'accepted', at: '2026-07-01' },
];

describe('insights', () => {
  const all = insights(records, decisions, {}, '2026-11-20');
  it('denials by origin, top CARCs and payers, amounts at stake', () => {
    expect(all.total).toEqual({ count: 7, amount: 775 });
    expect(all.byOrigin.find((o) => o.key === 'coding')).toEqual({ key: 'coding', count: 4, amount: 500 });
    expect(all.byOrigin.find((o) => o.key === 'authorization')!.count).toBe(0);
    // Ties on count go to the larger amount.
    expect(all.topCarcs.slice(0, 3).map((t) => `${t.key}:${t.count}`)).toEqual(['50:2', '97:2', '16:2']);
    expect(all.topPayers.map((t) => t.key)).toEqual(['Acme PPO', 'Medicare']);
    expect(all.atStake).toEqual({ open: 175, openCount: 3, recovered: 360, writtenOff: 200 });
    expect(all.byMonth.map((m) => m.key)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
  });
  it('counts one payer once whatever its spelling', () => {
    const mixed = insights([...records, rec({ payer: ' medicare  ' }), rec({ payer: 'MEDICARE' })], [], {}, '2026-11-20');
    expect(mixed.topPayers.map((t) => `${t.key}:${t.count}`)).toEqual(['Acme PPO:5', 'Medicare:4']);
  });
  it('ages open denials against their deadlines', () => {
    expect(Object.fromEntries(all.aging.map((a) => [a.key, a.count]))).toEqual({ overdue: 1, 'due-7': 1, 'due-30': 0, later: 1, 'no-deadline': 0 });
  });
  it('appeal outcomes and the overturn rate', () => {
    expect(all.appeals).toMatchObject({ 'paid-on-appeal': 1, upheld: 1, corrected: 1, 'written-off': 1, open: 3, overturnRate: 0.5 });
    expect(insights([], [], {}, '2026-11-20').appeals.overturnRate).toBeNull();
  });
  it('coding accuracy per coder from accept/reject/edit decisions', () => {
    expect(all.accuracy.byCoder.map((c) => [c.coder, c.accepted, c.edited, c.rejected, c.accuracy])).toEqual([
      ['cora', 2, 1, 0, 0.67],
      ['dan', 1, 0, 1, 0.5],
    ]);
    expect(codingAccuracy(decisions, { from: '2026-11-01' }).overall).toMatchObject({ total: 4, accepted: 2 });
  });
  it('filters by date range, payer and person', () => {
    expect(filterRecords(records, { from: '2026-09-01', to: '2026-09-30' })).toHaveLength(2);
    expect(insights(records, decisions, { payer: ' medicare ' }, '2026-11-20').total).toEqual({ count: 2, amount: 500 });
    const cora = insights(records, decisions, { person: 'cora' }, '2026-11-20');
    expect(cora.total.count).toBe(1);
    expect(cora.accuracy.byCoder.map((c) => c.coder)).toEqual(['cora']);
  });
});

describe('CSV export', () => {
  it('one row per record, arrays space-joined, quoting and formula guard', () => {
    const csv = toCsv([rec({ payer: '=HYPERLINK("x")', carc: ['16', '252'], rarc: ['N290'] }), rec({ payer: 'Smith, Jones & Co' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('deniedOn,payer,origin,carc,rarc,codes,modifiers,amount,outcome,owner,assignee,dueDate,resolvedOn');
    expect(lines[1]).toBe(`2026-10-01,"'=HYPERLINK(""x"")",coding,16 252,N290,99214,,100,,,,,`);
    expect(lines[2]).toContain('"Smith, Jones & Co"');
    expect(lines).toHaveLength(3);
  });
});
