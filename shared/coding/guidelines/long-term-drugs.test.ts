import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { longTermDrugs } from './long-term-drugs.ts';
import { active } from './rule.ts';

// Paths as the FY2017 Index writes them under "Long-term (current) (prophylactic) drug therapy (use of)".
const nemod = '(current) (prophylactic) drug therapy (use of)';
const cs = kitCodeSets(
  {
    titles: [
      ['Z79.82', true, 'Long term (current) use of aspirin'],
      ['Z79.810', true, 'Long term (current) use of selective estrogen receptor modulators (SERMs)'],
      ['Z79.891', true, 'Long term (current) use of opiate analgesic'],
      ['I10', true, 'Essential (primary) hypertension'],
    ],
    index: [
      { path: ['Long-term', 'aspirin'], code: 'Z79.82', nemod },
      { path: ['Long-term', 'tamoxifen (Nolvadex)'], code: 'Z79.810', nemod },
      { path: ['Long-term', 'opiate analgesic'], code: 'Z79.891', nemod },
    ],
  },
  { tree: true },
);
const run = (text: string) => {
  const ctx = kitContext(cs, [], text);
  longTermDrugs(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('longTermDrugs (I.C.21.c.3 through the Index)', () => {
  it.each([
    ['Meds: aspirin 81 mg daily; lisinopril 10 mg', ['Z79.82']],
    ['Medications: tamoxifen 20 mg daily, aspirin 81 mg', ['Z79.810', 'Z79.82']],
    ['Meds: aspirin stopped 2024', []],
    ['Meds: no aspirin', []],
    ['HPI: took an aspirin for a headache.', []],
    ['Meds: lisinopril 10 mg', []],
    // I.C.4.a.3: insulin given for a while during the encounter is no long-term use.
    ['Meds: insulin lispro correction scale AC/HS, aspirin 81 mg', ['Z79.82']],
  ])('"%s" -> %j', (text, want) => expect(run(text)).toEqual(want));
});
