import { describe, expect, it } from 'vitest';
import { testEdits } from '../lib/edit-fixtures.ts';
import { claimOf, fields, run } from '../../../test/support/claim-kit.ts';
import { addOnWithoutPrimary } from './add-on-without-primary.ts';

const edits = testEdits();
const line = (code: string, dateOfService = '2026-01-21') => ({ dateOfService, code, modifiers: [], units: 1, diagnosisPointers: [1], charge: 10 });

describe('add-on-without-primary', () => {
  const cases: [string, object[], string[]][] = [
    ['add-on without any primary', [line('17000'), line('11103')], ['lines[1].code']],
    ['17003 with 17110, which is not its primary', [line('17110'), line('17003')], ['lines[1].code']],
    ['primary on another line of the same date', [line('11103'), line('11104')], []],
    ['primary on another date', [line('11102', '2026-01-20'), line('11103')], ['lines[1].code']],
    ['only primary row deleted years ago: not an add-on edit now', [line('96366')], []],
    ['type 2 row names no primary', [line('99199')], []],
    ['not an add-on', [line('99213')], []],
  ];
  it.each(cases)('%s', (_n, lines, want) => {
    const flags = run(
      addOnWithoutPrimary,
      claimOf((c) => (c.lines = lines)),
      { edits },
    );
    expect(fields(flags)).toEqual(want);
    for (const f of flags) expect(f.carc).toBe('107');
  });
});
