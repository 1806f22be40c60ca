import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { organisms } from './organisms.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['N39.0', true, 'Urinary tract infection, site not specified'],
    ['J01.00', true, 'Acute maxillary sinusitis, unspecified'],
    ['A49.01', true, 'Methicillin susceptible Staphylococcus aureus infection, unspecified site'],
    ['B95.61', true, 'Methicillin susceptible Staphylococcus aureus infection as the cause of diseases classified elsewhere'],
    ['B96.20', true, 'Unspecified Escherichia coli [E. coli] as the cause of diseases classified elsewhere'],
    ['B96.89', true, 'Other specified bacterial agents as the cause of diseases classified elsewhere'],
  ],
  notes: {
    N39: { useAdditional: ['code (B95-B97), to identify infectious agent.'] },
    J01: { useAdditional: ['code (B95-B97) to identify infectious agent.'] },
  },
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text);
  organisms(ctx);
  return active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.code);
};

describe('organisms (I.C.1, "use additional code (B95-B97)")', () => {
  it.each([
    [['N39.0'], 'UTI due to E. coli', ['N39.0', 'B96.20']],
    [['N39.0', 'A49.01'], 'UTI due to MSSA', ['N39.0', 'B95.61']],
    [['N39.0'], 'UTI, culture pending', ['N39.0']],
    // "bacterial" names no organism: B96.89 would invent one.
    [['J01.00'], 'Acute bacterial maxillary sinusitis', ['J01.00']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
