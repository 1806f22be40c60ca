import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { loadCodeSetsFrom } from '../../shared/codes/load-code-sets.ts';
import { InputError } from '../input-error.ts';
import { generatedDir } from './paths.ts';

const cache = new Map<string, Promise<CodeSets>>();

/** Loads the compiled index once per process (a batch never pays start-up twice). */
export function loadCodeSets(dir = generatedDir): Promise<CodeSets> {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new InputError(`code-set index not built (${join(dir, 'manifest.json')} missing): run \`npx chartside codes build\``);
  }
  let loading = cache.get(dir);
  if (!loading) {
    loading = loadCodeSetsFrom(
      (file) => readFile(join(dir, file), 'utf8'),
      // Notes, index, HCPCS and MCE are read when first asked for: a lookup-only run never pays.
      (file) => {
        const path = join(dir, file);
        if (!existsSync(path)) throw new InputError(`code-set index incomplete (${path} missing): run \`npx chartside codes build\``);
        return () => readFileSync(path, 'utf8');
      },
    );
    cache.set(dir, loading);
  }
  return loading;
}
