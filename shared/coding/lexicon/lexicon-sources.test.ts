import { describe, expect, it } from 'vitest';
import { abbreviationListPresent, abbreviationMeanings } from '../../../test/support/abbreviation-list.ts';
import { synonymEntries } from '../text/tokens.ts';
import { abbreviations, rewrites } from './abbreviations.ts';

// Every hand-written lexicon entry names its general source (issue #24): the shared lexicon's
// medical-abbreviations list, a guideline section, an Index / Tabular / Table entry, the MCE, the APA's DSM-5
// (its specifiers), the Cooperating Parties' AHA Coding Clinic, a professional society's clinical practice guideline ("CPG: "),
// or a word form of the same word. An entry whose only reason is one note has none of these.
const general = /^(?:abbr: |Index: |Tabular|Table of Drugs|Neoplasm Table|ICD-10-CM [IV]+\.|CMS MCE|DSM-5 |AHA Coding Clinic |CPG: |word form)/;

const entries: [string, string][] = [
  ...abbreviations.map(([re, , source]) => [re.source, source] as [string, string]),
  ...rewrites.map(([re, , source]) => [re.source, source] as [string, string]),
  ...synonymEntries.map(([words, , source]) => [words.join(' '), source] as [string, string]),
];

describe('lexicon sources', () => {
  it.each(entries)('%s cites a general source', (_entry, source) => {
    expect(source).toMatch(general);
  });

  const cited = abbreviations.filter(([, , s]) => s.startsWith('abbr: '));
  it.skipIf(!abbreviationListPresent).each(cited)('%s is in the medical-abbreviations list', (_re, _words, source) => {
    const list = abbreviationMeanings();
    for (const a of source.slice('abbr: '.length).split(/,\s*/)) expect(list.has(a.toLowerCase()), a).toBe(true);
  });
});
