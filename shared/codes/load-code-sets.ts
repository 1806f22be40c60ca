import { CodeSets } from './code-sets.ts';
import type { CodeSetManifest, CompiledIcdYear } from './model.ts';

/** Reads one file of the compiled index by its name relative to the index folder. */
export type ReadArtifact = (file: string) => Promise<string>;

/**
 * Loads the compiled index from anywhere: Node reads generated/codesets/, the extension's
 * background fetches the copy shipped in the extension. One loader so both see the same data.
 */
export async function loadCodeSetsFrom(read: ReadArtifact): Promise<CodeSets> {
  const manifest = JSON.parse(await read('manifest.json')) as CodeSetManifest;
  const years = await Promise.all(
    manifest.icd10cm.map(async (y) => JSON.parse(await read(y.file)) as CompiledIcdYear),
  );
  return new CodeSets(years);
}
