import { CodeSets } from './code-sets.ts';
import { IcdStore } from './icd-store.ts';
import type { CodeSetManifest, CompiledHcpcs, CompiledIcdYear, CompiledIndex, CompiledMce, CompiledTabular, PackedIcd } from './model.ts';

/** Reads one file of the compiled index by its name relative to the index folder. */
export type ReadArtifact = (file: string) => Promise<string>;
/** Optional: a reader that can wait until first use (Node reads synchronously; fetch cannot). */
export type ReadArtifactLater = (file: string) => () => string;

/**
 * Loads the compiled index from anywhere: Node reads generated/codesets/, the extension's
 * background fetches the copy shipped in the extension. One loader so both see the same data.
 * Every file the manifest lists is read in parallel; one that fails fails the load.
 */
export async function loadCodeSetsFrom(read: ReadArtifact, readLater?: ReadArtifactLater): Promise<CodeSets> {
  const manifest = JSON.parse(await read('manifest.json')) as CodeSetManifest;
  const json = async <T>(file: string): Promise<T> => JSON.parse(await read(file)) as T;
  // Parsed on first use; fetched now unless the reader can wait (the lookups are synchronous).
  const later = async <T>(file: string): Promise<() => T> => {
    if (readLater) {
      const get = readLater(file);
      return () => JSON.parse(get()) as T;
    }
    const text = await read(file);
    return () => JSON.parse(text) as T;
  };
  const [years, hcpcs, tabular, index, mce] = await Promise.all([
    // Years usually share one packed file; an index built one file per year loads too.
    Promise.all([...new Set(manifest.icd10cm.map((y) => y.file))].map((f) => json<PackedIcd | CompiledIcdYear>(f))),
    Promise.all((manifest.hcpcs ?? []).map((h) => later<CompiledHcpcs>(h.file))),
    manifest.tabular ? later<CompiledTabular>(manifest.tabular.file) : undefined,
    manifest.index ? later<CompiledIndex>(manifest.index.file) : undefined,
    manifest.mce ? later<CompiledMce>(manifest.mce.file) : undefined,
  ]);
  const packed = years.filter((y): y is PackedIcd => y.format === 2);
  const single = years.filter((y): y is CompiledIcdYear => y.format === 1);
  const store = packed.length === 1 && single.length === 0 ? new IcdStore(packed[0]!) : IcdStore.fromYears(single);
  return new CodeSets(store, {
    hcpcs: () => hcpcs.map((parse) => parse()),
    ...(tabular && { tabular }),
    ...(index && { index }),
    ...(mce && { mce }),
  });
}
