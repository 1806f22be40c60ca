import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { adverseEffect } from './adverse-effect.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['D64.81', true, 'Anemia due to antineoplastic chemotherapy'],
    ['A49.02', true, 'Methicillin resistant Staphylococcus aureus infection, unspecified site'],
    ['L03.115', true, 'Cellulitis of right lower limb'],
    ['T45.1X5', false, 'Adverse effect of antineoplastic and immunosuppressive drugs'],
    ['T45.1X5A', true, 'Adverse effect of antineoplastic and immunosuppressive drugs, initial encounter'],
    ['T45.1X1A', true, 'Poisoning by antineoplastic and immunosuppressive drugs, accidental (unintentional), initial encounter'],
    ['T36.0X5', false, 'Adverse effect of penicillins'],
    ['T36.0X5A', true, 'Adverse effect of penicillins, initial encounter'],
  ],
  notes: { T45: { sevenChr: [['A', 'initial encounter']] }, T36: { sevenChr: [['A', 'initial encounter']] } },
  index: [
    { path: ['Antineoplastic NEC', 'Adverse effect'], code: 'T45.1X5' },
    { path: ['Antineoplastic NEC', 'Poisoning, accidental'], code: 'T45.1X1' },
    { path: ['Methicillin', 'Adverse effect'], code: 'T36.0X5' },
  ],
});
const run = (code: string, text: string) => {
  const ctx = kitContext(cs, [code], text);
  adverseEffect(ctx);
  return active(ctx).map((f) => f.code);
};

describe('adverseEffect (I.C.19.e.5.a)', () => {
  it.each([
    ['D64.81', 'Anemia due to antineoplastic chemotherapy', ['D64.81', 'T45.1X5A']],
    // An organism whose name contains a drug word is not a drug.
    ['L03.115', 'Cellulitis of right leg due to MRSA', ['L03.115']],
    ['D64.81', 'Anemia due to antineoplastic overdose', ['D64.81']],
    ['D64.81', 'Anemia of chronic disease', ['D64.81']],
  ])('%s "%s" -> %j', (code, text, want) => expect(run(code, text)).toEqual(want));
});
