import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { byLocDuration, locMinutes } from './loc-duration.ts';

describe('locMinutes: the documented duration of a loss of consciousness', () => {
  it.each([
    ['Concussion with brief loss of consciousness (~30 sec)', 0.5],
    ['Concussion with LOC < 1 min', 1],
    ['LOC 10 min, headache x 3 days', 10],
    ['unconscious for about 2 hours', 120],
    ['Concussion with brief LOC', null],
    // A duration of something else is no duration of the loss of consciousness.
    ['Concussion, headache x 3 days', null],
  ])('%s -> %s', (text, want) => expect(locMinutes(text)).toBe(want));
});

describe.skipIf(!codeSetsBuilt)('byLocDuration over the compiled code sets (Tabular S06, I.B.18)', () => {
  const built = builtCodeSets();
  it.each([
    ['S06.0X9A', 'Concussion with LOC ~30 sec', 'S06.0X1A'],
    ['S06.0X9A', 'Concussion with loss of consciousness for 45 minutes', null],
    ['S06.309A', 'Contusion of brain, LOC 45 min', 'S06.302A'],
    ['S06.309A', 'Contusion of brain, LOC 3 hours', 'S06.303A'],
    ['S06.0X9A', 'Concussion with brief LOC', null],
  ])('%s "%s" -> %s', (code, text, want) => {
    const cs = built();
    const title = cs.icd(code, '2026-06-01')!.title;
    expect(byLocDuration(cs, '2026-06-01', code, title, text)?.code ?? null).toBe(want);
  });
});
