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
    ['B96.81', true, 'Helicobacter pylori [H. pylori] as the cause of diseases classified elsewhere'],
    ['B95.5', true, 'Unspecified streptococcus as the cause of diseases classified elsewhere'],
    ['K26.4', true, 'Chronic or unspecified duodenal ulcer with hemorrhage'],
    ['K29.50', true, 'Unspecified chronic gastritis without bleeding'],
    ['J02.0', true, 'Streptococcal pharyngitis'],
    ['J02.8', true, 'Acute pharyngitis due to other specified organisms'],
    ['A04.8', true, 'Other specified bacterial intestinal infections'],
  ],
  notes: {
    N39: { useAdditional: ['code (B95-B97), to identify infectious agent.'] },
    J01: { useAdditional: ['code (B95-B97) to identify infectious agent.'] },
    'J02.8': { useAdditional: ['code (B95-B97) to identify infectious agent.'] },
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
    // A condition outside the infections takes an organism stated as its cause (Index: Infection, Helicobacter
    // pylori, as cause of disease classified elsewhere B96.81), not one only named beside it or as a test.
    [['K26.4'], 'Duodenal ulcer with hemorrhage - H. pylori-associated', ['K26.4', 'B96.81']],
    [['K29.50'], 'Chronic gastritis - H. pylori', ['K29.50']],
    [['K26.4'], 'Duodenal ulcer with hemorrhage - H pylori stool Ag pending', ['K26.4']],
    [['J02.8'], 'Viral pharyngitis (strep neg)', ['J02.8']],
    // Another reported code already names the organism.
    [['J02.8', 'J02.0'], 'Pharyngitis due to strep', ['J02.8', 'J02.0']],
  ])('%j in "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});

describe('organisms: named right before the condition it causes', () => {
  it.each([
    ['H. pylori chronic gastritis', ['K29.50', 'B96.81']],
    ['Chronic gastritis, H. pylori stool Ag pending', ['K29.50']],
  ])('"%s" -> %j', (text, want) => {
    const ctx = kitContext(cs, ['K29.50'], text);
    ctx.findings[0]!.start = text.indexOf('hronic') - 1;
    organisms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });
});

describe('organisms: the organism diagnosed in an item of its own', () => {
  /** One finding per line, each line its statement. */
  const runLines = (lines: [string, string][]) => {
    const text = lines.map(([, t]) => t).join('\n');
    const ctx = kitContext(
      cs,
      lines.map(([c]) => c),
      text,
    );
    let at = 0;
    lines.forEach(([, t], i) => {
      const f = ctx.findings[i];
      if (f) f.stmt = { start: at, end: at + t.length };
      at += t.length + 1;
    });
    organisms(ctx);
    return active(ctx)
      .sort((a, b) => a.order - b.order)
      .map((f) => f.code);
  };
  it.each([
    // Index: Infection, Helicobacter pylori A04.8; as cause of disease classified elsewhere B96.81.
    [
      [
        ['K26.4', 'Duodenal ulcer with hemorrhage - PPI BID, H. pylori treatment to start'],
        ['A04.8', 'H. pylori infection - as above'],
      ],
      ['K26.4', 'B96.81'],
    ],
    [
      [
        ['K26.4', 'Duodenal ulcer with hemorrhage - H. pylori related'],
        ['A04.8', 'H. pylori infection - quadruple therapy'],
      ],
      ['K26.4', 'B96.81'],
    ],
    // Named only as a test in the ulcer's item: the infection stays its own code.
    [
      [
        ['K26.4', 'Duodenal ulcer with hemorrhage - H. pylori biopsy pending'],
        ['A04.8', 'H. pylori infection - treat'],
      ],
      ['K26.4', 'A04.8'],
    ],
    // No other disease names it: the infection is the code.
    [[['A04.8', 'H. pylori infection - quadruple therapy']], ['A04.8']],
  ] as [[string, string][], string[]][])('%j -> %j', (lines, want) => expect(runLines(lines)).toEqual(want));
});
