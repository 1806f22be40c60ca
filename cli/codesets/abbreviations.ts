import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseExpansions, readAbbreviationCsv } from '../../shared/coding/lexicon/abbreviation-list.ts';
import type { CompiledShorthand } from '../../shared/codes/model.ts';
import { abbreviations } from '../../shared/coding/lexicon/abbreviations.ts';
import { vaccineProducts } from '../../shared/coding/procedures/vaccine-products.ts';
import { tokenize } from '../../shared/coding/text/tokens.ts';

/**
 * The shorthand the coding engine expands, chosen from `<lexicon>/medical-abbreviations/*.csv`
 * against the words of the newest year's titles (abbreviation-list.ts says how). Null when the
 * lexicon is not there: the engine then has only its hand-written entries.
 */
export function buildAbbreviations(lexiconDir: string | null, titles: string[]): { map: CompiledShorthand; source: string } | null {
  const dir = lexiconDir && join(lexiconDir, 'medical-abbreviations');
  if (!dir || !existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort();
  if (files.length === 0) return null;
  const rows = files.flatMap((f) => readAbbreviationCsv(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  const vocab = new Set<string>();
  // Words of the titles proper: a bracketed abbreviation ("Non-ST elevation (NSTEMI) myocardial
  // infarction", "Human immunodeficiency virus [HIV] disease") is an aside the matcher weighs half,
  // so the list's meaning is what lets a note's bare "NSTEMI" reach its title.
  for (const t of titles) for (const w of tokenize(t)) if (!w.paren) vocab.add(w.stem);
  const whole = (re: RegExp, abbr: string) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(abbr);
  // Left out: immunization products (their meaning names the diseases they prevent), and shorthand a
  // hand-written entry already reads (abbreviations.ts, each with its source), which comes first.
  const skip = (abbr: string) => vaccineProducts.some((p) => whole(p.said, abbr)) || abbreviations.some(([re]) => whole(re, abbr));
  return { map: chooseExpansions(rows, (s) => vocab.has(s), skip), source: `medical-abbreviations (${files.length} files, ${rows.length} rows)` };
}
