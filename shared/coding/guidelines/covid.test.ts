import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { covid } from './covid.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['U07.1', true, 'COVID-19'],
    ['J12.82', true, 'Pneumonia due to coronavirus disease 2019'],
    ['J18.9', true, 'Pneumonia, unspecified organism'],
    ['Z20.822', true, 'Contact with and (suspected) exposure to COVID-19'],
    ['R05.1', true, 'Acute cough'],
    ['J20.8', true, 'Acute bronchitis due to other specified organisms'],
    ['J20.9', true, 'Acute bronchitis, unspecified'],
  ],
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text);
  covid(ctx);
  return active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((f) => f.code);
};

describe('covid (I.C.1.g.1)', () => {
  it.each([
    [['J18.9', 'U07.1'], 'COVID pneumonia', ['U07.1', 'J12.82']],
    [['R05.1', 'U07.1', 'Z20.822'], 'COVID-19 with cough', ['U07.1', 'R05.1']],
    [['R05.1', 'Z20.822'], 'exposure to COVID, test pending', ['R05.1', 'Z20.822']],
    // I.C.1.g.1.c.ii: acute bronchitis due to COVID-19 is J20.8; without COVID-19 it stays.
    [['U07.1', 'J20.9'], 'COVID-19 with acute bronchitis', ['U07.1', 'J20.8']],
    [['J20.9'], 'Acute bronchitis', ['J20.9']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
