import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { suggest } from '../suggest.ts';

// Against the compiled official files: the Neoplasm Table's site rows say where a site lies.
describe.skipIf(!codeSetsBuilt)('sites a statement implies (Neoplasm Table nesting)', () => {
  const cs = builtCodeSets();
  const icd = (statement: string) =>
    suggest({ text: `Assessment:\n1. ${statement}\n`, setting: 'office', patient: {} }, cs())
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code);

  // Each row: the statement, and the Index path whose code it should reach although it names a
  // part ("sigmoid", "cecum", "jejunum") of the site the subterm names.
  it.each([
    ['Sigmoid diverticulosis', ['Diverticulosis', 'large intestine']],
    ['Diverticulosis of the cecum', ['Diverticulosis', 'large intestine']],
    ['Jejunal diverticulosis', ['Diverticulosis', 'small intestine']],
    ['Diverticulosis', ['Diverticulosis']],
  ])('%s -> Index %j', (statement, path) => {
    const want = indexCode(cs(), path);
    expect(want).toBeDefined();
    expect(icd(statement)).toEqual([want]);
  });

  it('refines within the category only: an implied site never brings another category', () => {
    // "Volvulus" has no large-intestine subterm; the code stays the main term's.
    expect(icd('Sigmoid volvulus')).toEqual([indexCode(cs(), ['Volvulus'])]);
  });

  it('widens the evidence to the site word and says where the site lies', () => {
    const s = suggest({ text: 'Assessment:\n1. Sigmoid diverticulosis\n', setting: 'office', patient: {} }, cs()).suggestions.find(
      (x) => x.system === 'ICD-10-CM',
    )!;
    expect(s.evidence.map((e) => e.text)).toEqual(['Sigmoid diverticulosis']);
    expect(s.why.join(' ')).toMatch(/Neoplasm Table: "Sigmoid" lies within the .*large/);
  });
});
