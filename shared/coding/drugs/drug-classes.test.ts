import { describe, expect, it } from 'vitest';
import { abbreviationListPresent, abbreviationMeanings } from '../../../test/support/abbreviation-list.ts';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { codeStatement } from '../matcher/statement.ts';
import { drugClasses } from './drug-classes.ts';
import { headingWords, tableCategories } from './drug-table.ts';

// Every entry cites a general source: a shorthand of the shared medical-abbreviations list, a Table or
// Tabular entry, or the FDA label's Established Pharmacologic Class of a drug.
const general = /^(?:abbr: |Table of Drugs|Tabular |FDA label \(DailyMed\) (?:Established Pharmacologic Class|established name): )/;

/** The names an entry lists ("\b(?:sertraline|escitalopram)\b" -> sertraline, escitalopram). */
const names = (re: RegExp) => (/^\\b\(\?:([a-z|]+)\)\\b$/.exec(re.source)?.[1] ?? '').split('|').filter(Boolean);

describe('drug classes', () => {
  const cited = drugClasses.filter((e) => e.source.startsWith('abbr: '));
  it.skipIf(!abbreviationListPresent).each(cited.map((e) => [e.source] as const))('%s is in the medical-abbreviations list', (source) => {
    expect(abbreviationMeanings().has(source.slice('abbr: '.length).toLowerCase())).toBe(true);
  });

  it.each(drugClasses.map((e) => [e.said.source, e.source] as const))('%s cites a general source', (_said, source) => {
    expect(source).toMatch(general);
  });

  describe.skipIf(!codeSetsBuilt)('against the compiled Table of Drugs', () => {
    const codeSets = builtCodeSets();
    const row = (words: string) => codeStatement(codeSets(), undefined, words, 0, words.length, undefined, tableCategories, headingWords)[0]?.code;

    it.each(drugClasses.map((e) => [e.row] as const))('the row "%s" is in the Table', (words) => {
      expect(row(words)).toMatch(/^T[3-6]\d/);
    });

    // A drug the Table lists by name is read there, not through a class: the list only fills gaps.
    const byName = drugClasses.filter((e) => e.source.startsWith('FDA label')).flatMap((e) => names(e.said));
    it('the names are read from the entries', () => expect(byName.length).toBeGreaterThan(10));
    it.each(byName.map((n) => [n] as const))('%s is not a Table row of its own', (name) => {
      expect(row(name)).toBeUndefined();
    });
  });
});
