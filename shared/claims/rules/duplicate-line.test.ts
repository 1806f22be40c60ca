import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { duplicateLine } from './duplicate-line.ts';

const line = (code: string, modifiers: string[] = [], dateOfService = '2026-03-03') => ({
  dateOfService,
  code,
  modifiers,
  units: 1,
  diagnosisPointers: [1],
  charge: 10,
});

describe('duplicate-line', () => {
  const cases: [string, object[], string[]][] = [
    ['same code, modifiers, date', [line('99213'), line('99213')], ['lines[1]']],
    ['third copy of a drug line', [line('96372'), line('J1885'), line('J1885')], ['lines[2]']],
    ['modifiers in another order are the same', [line('20610', ['RT', '59']), line('20610', ['59', 'RT'])], ['lines[1]']],
    ['different modifiers', [line('A0428', ['QN']), line('A0428', ['QN', '76'])], []],
    ['RT and LT', [line('69210', ['RT']), line('69210', ['LT'])], []],
    ['different dates', [line('99213', [], '2026-03-03'), line('99213', [], '2026-04-14')], []],
  ];
  it.each(cases)('%s', (_n, lines, want) =>
    expect(
      fields(
        run(
          duplicateLine,
          claimOf((c) => (c.lines = lines)),
        ),
      ),
    ).toEqual(want),
  );
});
