import { CodeSetFileError } from '../../codes/errors.ts';
import type { CompiledShorthand } from '../../codes/model.ts';
import { splitCsvLine } from '../../csv/csv-line.ts';
import { tokenize } from '../text/tokens.ts';

/** One row of the shared lexicon's medical-abbreviations list (`Abbreviation/Shorthand,Meaning,More Info`). */
export interface AbbreviationRow {
  abbr: string;
  meaning: string;
}

/**
 * Reads one CSV of `../shared/lexicon/medical-abbreviations` (RFC 4180 quoting, one row a line). A
 * file without the list's header is refused by name.
 */
export function readAbbreviationCsv(text: string, file: string): AbbreviationRow[] {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map(splitCsvLine);
  const head = rows.shift();
  if (!head || !/^abbreviation/i.test(head[0] ?? '') || !/^meaning$/i.test(head[1] ?? '')) {
    throw new CodeSetFileError(file, 'line 1', 'not a medical-abbreviations list: the header must be "Abbreviation/Shorthand,Meaning,…"');
  }
  return rows.flatMap(([abbr = '', meaning = '']) => (abbr && meaning ? [{ abbr, meaning }] : []));
}

/**
 * Shorthand as the list writes it: no spaces, 2-12 characters, with a capital, a digit or a slash
 * ("NSTEMI", "h/o", "PCV20", "PE").
 */
const shorthand = /^(?=.*[A-Z0-9/])[A-Za-z0-9][A-Za-z0-9/&+.-]{0,10}[A-Za-z0-9]$/;

/** A meaning as matching wants it: lower case, asides opened ("acetylsalicylic acid (aspirin)" keeps "aspirin"). */
const normalise = (meaning: string): string =>
  meaning
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The expansions the coding engine may use, chosen from the list by rules, never by hand
 * (issue #24 item 4: "an abbreviation with several meanings is resolved by its context or not used"):
 * - only shorthand (see `shorthand`); a lower-case word ("fx", "bid") is left alone;
 * - a word the code set itself uses ("PSA" in "Rising PSA following treatment…") is kept as written
 *   unless its statement decides for the meaning ("Elevated PSA": R97.20 "Elevated prostate specific antigen");
 * - of the meanings, only those with a word of the code set count (a meaning no code can name
 *   cannot compete for a diagnosis);
 * - a meaning that lists several things ("congestive heart failure, hypertension, age ≥ 75, …" for
 *   a risk score, "nausea or vomiting") names no one condition and is not used;
 * - `skip(abbr)`: shorthand read otherwise is left out (an immunization product, whose meaning
 *   names the diseases it prevents, I.C.21.c.2; an entry the hand-written list already reads).
 * One meaning in the list and three characters or more: `expand`, always. Several meanings (codable or not), two letters or a title word
 * (which in notes collide with credentials and initials the list does not know: "MD", "DO"):
 * `inContext`, used only where the statement around it decides (resolve-shorthand.ts).
 * `codable(stem)` says whether a word stem occurs in the code set's titles.
 */
export function chooseExpansions(
  rows: AbbreviationRow[],
  codable: (stem: string) => boolean,
  skip: (abbr: string) => boolean = () => false,
): CompiledShorthand {
  const meanings = new Map<string, Set<string>>();
  // Every meaning the list gives counts for ambiguity ("PET": patulous Eustachian tube, positron
  // emission tomography), though only a codable one can be chosen.
  const senses = new Map<string, Set<string>>();
  for (const { abbr, meaning } of rows) {
    if (!shorthand.test(abbr) || skip(abbr)) continue;
    const m = normalise(meaning);
    senses.set(abbr, (senses.get(abbr) ?? new Set()).add(m.toLowerCase()));
    if (/,|\bor\b/.test(m)) continue;
    if (!tokenize(m).some((t) => codable(t.stem))) continue;
    let set = meanings.get(abbr);
    if (!set) meanings.set(abbr, (set = new Set()));
    set.add(m);
  }
  const out: CompiledShorthand = { expand: {}, inContext: {} };
  for (const [abbr, set] of [...meanings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = tokenize(abbr);
    // The tokenizer's own synonyms read it already ("Hx" is history: text/tokens.ts).
    if (own.length === 1 && own[0]!.stem !== abbr.toLowerCase()) continue;
    const titleWord = own.length === 1 && codable(own[0]!.stem);
    if (set.size === 1 && senses.get(abbr)!.size === 1 && abbr.length > 2 && !titleWord) out.expand[abbr] = [...set][0]!;
    else out.inContext[abbr] = [...set].sort();
  }
  return out;
}
