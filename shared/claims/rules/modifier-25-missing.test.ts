import { describe, expect, it } from 'vitest';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { modifier25Missing } from './modifier-25-missing.ts';

const line = (code: string, modifiers: string[] = [], dateOfService = '2026-07-30') => ({
  dateOfService,
  code,
  modifiers,
  units: 1,
  diagnosisPointers: [1],
  charge: 10,
});

describe('modifier-25-missing', () => {
  const cases: [string, object[], string[]][] = [
    ['E/M with a joint injection', [line('99213'), line('20610')], ['lines[0].modifiers']],
    ['modifier 24 instead of 25', [line('99213', ['24']), line('10060')], ['lines[0].modifiers']],
    ['modifier 25 present', [line('99215', ['25']), line('11102')], []],
    ['venipuncture is not a procedure here', [line('99213'), line('36415')], []],
    [
      'lab, ECG, injection, imaging, therapy, G2211 do not count',
      [line('99213'), line('80061'), line('93000'), line('96372'), line('73562'), line('97110'), line('G2211')],
      [],
    ],
    ['procedure on another date', [line('99213', [], '2026-07-29'), line('20610')], []],
  ];
  it.each(cases)('%s', (_n, lines, want) => {
    const flags = run(
      modifier25Missing,
      claimOf((c) => (c.lines = lines)),
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect([f.severity, f.carc]).toEqual(['warning', '97']);
  });
});
