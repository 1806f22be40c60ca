import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the compiled index lives; never committed (see .gitignore). */
export const generatedDir = join(repoRoot, 'generated', 'codesets');

/**
 * The official release files: CHARTSIDE_CODESETS when set, else ../shared/codesets beside the
 * checkout. Returns null when neither exists so the caller can say what to put where.
 */
export function findSourceDir(explicit?: string): string | null {
  const candidates = [explicit, process.env.CHARTSIDE_CODESETS, join(repoRoot, '..', 'shared', 'codesets')];
  for (const dir of candidates) if (dir && existsSync(dir)) return resolve(dir);
  return null;
}

export const missingSourceHelp =
  'no code-set files found: set CHARTSIDE_CODESETS to a folder holding icd10cm/icd10cm_order_YYYY.txt ' +
  '(CMS "code descriptions in tabular order") and hcpcs/ (CMS HCPCS Level II quarterly file), ' +
  'or place them in ../shared/codesets, then run `npx chartside codes build`';

/** The shared word lists (`../shared/lexicon`, or CHARTSIDE_LEXICON): optional, the build uses them when present. */
export function findLexiconDir(sourceDir: string): string | null {
  const candidates = [process.env.CHARTSIDE_LEXICON, join(sourceDir, '..', 'lexicon'), join(repoRoot, '..', 'shared', 'lexicon')];
  for (const dir of candidates) if (dir && existsSync(dir)) return resolve(dir);
  return null;
}
