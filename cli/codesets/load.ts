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
    // Notes, index, HCPCS, MCE and matchers are read when first asked for: a lookup-only run never pays.
    const later =
      <T>(read: (path: string) => T) =>
      (file: string) => {
        const path = join(dir, file);
        if (!existsSync(path)) throw new InputError(`code-set index incomplete (${path} missing): run \`npx chartside codes build\``);
        return () => read(path);
      };
    loading = loadCodeSetsFrom({
      text: (file) => readFile(join(dir, file), 'utf8'),
      bytes: async (file) => new Uint8Array(await readFile(join(dir, file))),
      textLater: later((path) => readFileSync(path, 'utf8')),
      bytesLater: later((path) => new Uint8Array(readFileSync(path))),
    });
    cache.set(dir, loading);
  }
  return loading;
}
