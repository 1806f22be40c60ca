import { describe, expect, it } from 'vitest';
import type { DenialRecord } from '../contracts/denial-record.ts';
import { denialMemory } from './memory.ts';

const rec = (over: Partial<DenialRecord>): DenialRecord => ({
  payer: 'Acme PPO',
  codes: ['99214', '20610'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-10-01',
  outcome: null,
  amount: 100,
  ...over,
});
const history: DenialRecord[] = [
  rec({ deniedOn: '2026-09-10' }),
  rec({ deniedOn: '2026-10-02', outcome: 'corrected' }),
  rec({ deniedOn: '2026-11-01', amount: 120 }),
  rec({ deniedOn: '2026-05-01' }), // outside 90 days
  rec({ payer: 'Other Health' }), // another payer
  rec({ codes: ['99214', '20610'], modifiers: ['25'], carc: ['16'], origin: 'billing', deniedOn: '2026-10-20' }),
  rec({ codes: ['99213'], deniedOn: '2026-10-20' }), // no code in common
  rec({ codes: ['99214', '36415'], carc: ['50'], deniedOn: '2026-10-25', outcome: 'paid-on-appeal' }),
];
const query = { payer: 'acme  ppo', codes: ['99214', '20610'], modifiers: [], asOf: '2026-11-20' };

describe('denial memory', () => {
  it('finds the pattern the pending claim repeats, with counts, window, CARC and codes', () => {
    const [top] = denialMemory(history, query);
    expect(top).toMatchObject({
      codes: ['99214', '20610'],
      carc: '97',
      count: 3,
      withoutModifiers: ['25'],
      matchesPending: true,
      first: '2026-09-10',
      last: '2026-11-01',
      amount: 320,
    });
    expect(top!.message).toBe('Acme PPO denied 99214 with 20610 and no modifier 25 three times in 90 days, CARC 97');
    expect(top!.outcomes).toEqual({ open: 2, corrected: 1 });
  });
  it('a pending claim that already carries the modifier no longer matches that pattern', () => {
    const out = denialMemory(history, { ...query, modifiers: ['25'] });
    const bundling = out.find((p) => p.carc === '97')!;
    expect(bundling.matchesPending).toBe(false);
    expect(out[0]).toMatchObject({ carc: '16', withModifiers: ['25'], matchesPending: true, origin: 'billing' });
    expect(out[0]!.message).toContain('with modifier 25 once');
  });
  it('single-code overlaps, other payers, old records and no overlap', () => {
    const single = denialMemory(history, query).find((p) => p.carc === '50')!;
    expect(single).toMatchObject({ codes: ['99214'], count: 1, outcomes: { 'paid-on-appeal': 1 } });
    expect(denialMemory(history, { ...query, payer: 'Other Health' })).toHaveLength(1);
    expect(denialMemory(history, { ...query, windowDays: 365 })[0]!.count).toBe(4);
    expect(denialMemory(history, { ...query, codes: ['93000'] })).toEqual([]);
  });
  it('never echoes anything but payer, codes, modifiers and reason codes', () => {
    const text = JSON.stringify(denialMemory(history, query));
    expect(text).not.toMatch(/patient|member|dob/i);
  });
});
