import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synonymEntries } from '../text/tokens.ts';
import { abbreviations, rewrites } from './abbreviations.ts';

// Every hand-written lexicon entry names its general source (issue #24): the shared lexicon's
// medical-abbreviations list, a guideline section, an Index / Tabular / Table entry, the MCE, or a
// word form of the same word. An entry whose only reason is one note has none of these.
const general = /^(?:abbr: |Index: |Tabular|Table of Drugs|Neoplasm Table|ICD-10-CM [IV]+\.|CMS MCE|word form)/;

const entries: [string, string][] = [
  ...abbreviations.map(([re, , source]) => [re.source, source] as [string, string]),
  ...rewrites.map(([re, , source]) => [re.source, source] as [string, string]),
  ...synonymEntries.map(([words, , source]) => [words.join(' '), source] as [string, string]),
];

const listDir = join(import.meta.dirname, '../../../../shared/lexicon/medical-abbreviations');

/** Abbreviation -> meanings, from the list's CSV files (Abbreviation/Shorthand,Meaning,More Info). */
function abbreviationList(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(listDir).filter((n) => n.endsWith('.csv'))) {
    for (const line of readFileSync(join(listDir, f), 'utf8').split(/\r?\n/).slice(1)) {
      const [abbr, meaning] = line.split(',');
      if (!abbr || !meaning) continue;
      const k = abbr.replace(/"/g, '').trim().toLowerCase();
      out.set(k, [...(out.get(k) ?? []), meaning.toLowerCase()]);
    }
  }
  return out;
}

describe('lexicon sources', () => {
  it.each(entries)('%s cites a general source', (_entry, source) => {
    expect(source).toMatch(general);
  });

  const cited = abbreviations.filter(([, , s]) => s.startsWith('abbr: '));
  it.skipIf(!existsSync(listDir)).each(cited)('%s is in the medical-abbreviations list', (_re, _words, source) => {
    const list = abbreviationList();
    for (const a of source.slice('abbr: '.length).split(/,\s*/)) expect(list.has(a.toLowerCase()), a).toBe(true);
  });
});
