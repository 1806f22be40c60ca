import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeSets } from '../../shared/codes/code-sets.ts';
import type { CodeSetManifest, CompiledIcdYear } from '../../shared/codes/model.ts';
import { InputError } from '../input-error.ts';
import { generatedDir } from './paths.ts';

let cached: CodeSets | undefined;

/** Loads the compiled index once per process (a batch never pays start-up twice). */
export function loadCodeSets(dir = generatedDir): CodeSets {
  if (cached) return cached;
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new InputError(`code-set index not built (${manifestPath} missing): run \`npx chartside codes build\``);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CodeSetManifest;
  const years = manifest.icd10cm.map(
    (y) => JSON.parse(readFileSync(join(dir, y.file), 'utf8')) as CompiledIcdYear,
  );
  cached = new CodeSets(years);
  return cached;
}
