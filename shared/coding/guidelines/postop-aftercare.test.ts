import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { postopAftercare } from './postop-aftercare.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['Z47.1', true, 'Aftercare following joint replacement surgery'],
    ['Z96.651', true, 'Presence of right artificial knee joint'],
    ['M17.12', true, 'Unilateral primary osteoarthritis, left knee'],
  ],
});

/** Codes in reported order after the rule. */
const run = (text: string, codes: string[], setting: 'office' | 'ed' = 'office') => {
  const ctx = kitContext(cs, codes, text, { setting });
  postopAftercare(ctx);
  return active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.code);
};

describe('postopAftercare (I.C.21.c.7: aftercare after a joint replacement)', () => {
  it.each([
    ['Ortho post-op (global)  6 wk s/p R TKA\nDoing well.\nA/P: OA L knee.', ['M17.12', 'Z96.651'], ['Z47.1', 'M17.12', 'Z96.651']],
    ['Post-op visit\nS: 2 weeks s/p R total knee arthroplasty.', ['Z96.651'], ['Z47.1', 'Z96.651']],
    // A joint replaced years ago, told in the history, at a visit for something else: a status only.
    ['Knee pain visit\nPMH: s/p R TKA 2019.\nA/P: OA L knee.', ['M17.12', 'Z96.651'], ['M17.12', 'Z96.651']],
    // No joint replaced: nothing to add.
    ['Post-op visit\nS: 10 days s/p lap chole.', ['M17.12'], ['M17.12']],
  ])('%j -> %j', (text, codes, want) => expect(run(text, codes)).toEqual(want));

  it("leaves an ED visit alone (its aftercare is another clinician's)", () => {
    expect(run('Post-op visit\n6 wk s/p R TKA, fell today.', ['Z96.651'], 'ed')).toEqual(['Z96.651']);
  });
});
