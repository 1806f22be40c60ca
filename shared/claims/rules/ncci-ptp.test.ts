import { describe, expect, it } from 'vitest';
import { testEdits } from '../lib/edit-fixtures.ts';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { ncciPtp } from './ncci-ptp.ts';

const edits = testEdits();
const line = (code: string, modifiers: string[] = [], dateOfService = '2026-04-02') => ({
  dateOfService,
  code,
  modifiers,
  units: 1,
  diagnosisPointers: [1],
  charge: 10,
});

describe('ncci-ptp', () => {
  const cases: [string, object[], string[]][] = [
    ['indicator 0: 59 does not bypass', [line('99214', ['25']), line('93000'), line('93010', ['59'])], ['lines[2].code']],
    ['indicator 1 without modifier names the column-2 line', [line('99213'), line('20610', ['LT'])], ['lines[0].code']],
    ['indicator 1 bypassed by 25 on the column-2 line', [line('99213', ['25']), line('20610')], []],
    ['RT/LT on different lines bypass', [line('69210', ['RT']), line('69209', ['LT'])], []],
    ['the same side on both lines does not bypass', [line('69210', ['RT']), line('69209', ['RT'])], ['lines[1].code']],
    ['row deleted before the date', [line('17110'), line('11055')], []],
    ['row effective after the date', [line('11720'), line('11055')], []],
    ['indicator 9 never fires', [line('20552'), line('20550')], []],
    ['different dates', [line('93000', [], '2026-04-01'), line('93010')], []],
  ];
  it.each(cases)('%s', (_n, lines, want) => {
    const flags = run(
      ncciPtp,
      claimOf((c) => (c.lines = lines)),
      { edits },
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) {
      expect(f.carc).toBe('97');
      expect(f.source).toMatch(/ptp\.txt line \d+/);
    }
  });
  it('tells the biller to append 25 to the E/M line', () => {
    const [flag] = run(
      ncciPtp,
      claimOf((c) => (c.lines = [line('99213'), line('20610')])),
      { edits },
    );
    expect(flag!.fix).toContain('append modifier 25 to the E/M line');
  });
});
