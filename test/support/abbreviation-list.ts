import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAbbreviationCsv } from '../../shared/coding/lexicon/abbreviation-list.ts';

/** The shared lexicon's medical-abbreviations list beside the checkout (`../shared/lexicon`). */
export const abbreviationListDir = join(import.meta.dirname, '../../../shared/lexicon/medical-abbreviations');
export const abbreviationListPresent = existsSync(abbreviationListDir);

let read: Map<string, string[]> | undefined;

/** Shorthand (lower case) -> its meanings (lower case), read with the engine's own reader. */
export function abbreviationMeanings(): Map<string, string[]> {
  if (read) return read;
  read = new Map();
  for (const f of readdirSync(abbreviationListDir).filter((n) => n.endsWith('.csv'))) {
    for (const { abbr, meaning } of readAbbreviationCsv(readFileSync(join(abbreviationListDir, f), 'utf8'), f)) {
      const k = abbr.toLowerCase();
      read.set(k, [...(read.get(k) ?? []), meaning.toLowerCase()]);
    }
  }
  return read;
}
