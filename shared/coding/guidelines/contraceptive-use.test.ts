import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { contraceptiveUse } from './contraceptive-use.ts';

function run(text: string): string[] {
  const ctx = kitContext(standInCodeSets, ['J06.9', 'Z79.3'], text);
  contraceptiveUse(ctx);
  return activeCodes(ctx);
}

describe('contraceptiveUse (I.C.21.c.3 with IV.J)', () => {
  it.each([
    // Taken into account at the visit: kept.
    ['Meds: sumatriptan PRN, combined OCP.\nA/P: Contraception - combined OCP acceptable given migraine without aura.', ['J06.9', 'Z79.3']],
    ['HPI: On combined OCP (norgestimate-EE) x 8 yrs for contraception.', ['J06.9', 'Z79.3']],
    // Only an item of the medication list: dropped.
    ['Meds: sertraline 50 mg daily, OCP.\nA/P: URI - supportive care.', ['J06.9']],
    ['Meds: sumatriptan 50 mg PRN; norgestimate-EE daily\nAll: NKDA', ['J06.9']],
    // A relative's contraceptive is no mention of the patient's.
    ['Meds: OCP\nFamily history: sister stroke on oral contraceptives.', ['J06.9']],
  ] as [string, string[]][])('"%s" -> %j', (text, want) => expect(run(text)).toEqual(want));
});
