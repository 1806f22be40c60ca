import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext, activeCodes } from '../../../test/support/coding-kit.ts';
import { vaccination } from './vaccination.ts';

const cs = kitCodeSets({ titles: [['Z23', true, 'Encounter for immunization']] });
const run = (text: string, setting: 'office' | 'ed' = 'office') => {
  const ctx = kitContext(cs, [], text, { setting });
  vaccination(ctx);
  return activeCodes(ctx);
};

describe('vaccination (I.C.21.c.2: Z23 for a vaccine given at the encounter)', () => {
  it.each([
    ['Plan:\n- Tdap 0.5 mL IM L deltoid today.', ['Z23']],
    ['Plan:\n- PCV20 given today, VIS provided.', ['Z23']],
    ['Plan:\n- Influenza vaccine administered R deltoid.', ['Z23']],
    // Recommended, declined, planned or given before: no immunization at this encounter.
    ['Plan:\n- Tdap at 28 wks; flu vaccine given in October.', []],
    ['Plan:\n- Recommend PCV20; patient declines today.', []],
    ['Plan:\n- Will give Tdap next visit.', []],
    ['Immunizations: Tdap 2019, PCV20 2023.', []],
    ['Plan:\n- Wound care. No vaccine.', []],
  ])('"%s" -> %j', (text, want) => expect(run(text)).toEqual(want));

  // The ED physician's claim reports Z23 for a tetanus vaccine given with a wound, named or not.
  it.each([
    ['Plan:\n- Tdap 0.5 mL IM given.', ['Z23']],
    ['A/P\n#2 Tetanus booster given (>10 yr).', ['Z23']],
    ['Tetanus: up to date, no booster needed.', []],
  ])('ED: "%s" -> %j', (text, want) => expect(run(text, 'ed')).toEqual(want));
});
