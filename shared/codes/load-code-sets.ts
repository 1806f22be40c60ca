import { CodeSets } from './code-sets.ts';
import type { CodeSetManifest, CompiledHcpcs, CompiledIcdYear, CompiledIndex, CompiledMce, CompiledTabular } from './model.ts';

/** Reads one file of the compiled index by its name relative to the index folder. */
export type ReadArtifact = (file: string) => Promise<string>;

/**
 * Loads the compiled index from anywhere: Node reads generated/codesets/, the extension's
 * background fetches the copy shipped in the extension. One loader so both see the same data.
 * Every file the manifest lists is read in parallel; one that fails fails the load.
 */
export async function loadCodeSetsFrom(read: ReadArtifact): Promise<CodeSets> {
  const manifest = JSON.parse(await read('manifest.json')) as CodeSetManifest;
  const json = async <T>(file: string): Promise<T> => JSON.parse(await read(file)) as T;
  const [years, hcpcs, tabular, index, mce] = await Promise.all([
    Promise.all(manifest.icd10cm.map((y) => json<CompiledIcdYear>(y.file))),
    Promise.all((manifest.hcpcs ?? []).map((h) => json<CompiledHcpcs>(h.file))),
    manifest.tabular ? json<CompiledTabular>(manifest.tabular.file) : undefined,
    manifest.index ? json<CompiledIndex>(manifest.index.file) : undefined,
    manifest.mce ? json<CompiledMce>(manifest.mce.file) : undefined,
  ]);
  return new CodeSets(years, {
    hcpcs,
    ...(tabular && { tabular }),
    ...(index && { index }),
    ...(mce && { mce }),
  });
}
