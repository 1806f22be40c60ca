import { describe, expect, it } from 'vitest';
import { testEdits } from '../lib/edit-fixtures.ts';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { mue } from './mue.ts';

const edits = testEdits();
const line = (code: string, units: number, modifiers: string[] = [], dateOfService = '2026-03-26') => ({
  dateOfService,
  code,
  modifiers,
  units,
  diagnosisPointers: [1],
  charge: 10,
});

describe('mue', () => {
  const cases: [string, object[], string[]][] = [
    ['indicator 2: RT and LT lines total 2 of 1, both named', [line('69210', 1, ['RT']), line('69210', 1, ['LT'])], ['lines[0].units', 'lines[1].units']],
    ['indicator 2: one unit', [line('69210', 1)], []],
    ['indicator 2: same code on two dates', [line('69210', 1, [], '2026-03-25'), line('69210', 1)], []],
    ['indicator 1: 260 of 250 on one line', [line('A0425', 260)], ['lines[0].units']],
    ['indicator 1: lines are not summed', [line('A0425', 160), line('A0425', 140, ['76'])], []],
    ['indicator 3: 4 of 8', [line('J1885', 2), line('J1885', 2)], []],
    ['indicator 3: 9 of 8', [line('J1885', 5), line('J1885', 4)], ['lines[0].units', 'lines[1].units']],
    ['MUE of 0', [line('97014', 1)], ['lines[0].units']],
    ['no MUE for the code', [line('99213', 5)], []],
  ];
  it.each(cases)('%s', (_n, lines, want) => {
    const flags = run(
      mue,
      claimOf((c) => (c.lines = lines)),
      { edits },
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('151');
  });
  it('says units and MUE plainly', () => {
    const [flag] = run(
      mue,
      claimOf((c) => (c.lines = [line('A0425', 260)])),
      { edits },
    );
    expect(flag!.message).toBe('units 260 exceed the MUE of 250 for A0425 per line');
  });
});
