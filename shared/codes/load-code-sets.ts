import { CodeSets } from './code-sets.ts';
import { IcdStore } from './icd-store.ts';
import type { CodeSetManifest, CompiledHcpcs, CompiledShorthand, CompiledIcdYear, CompiledMce, CompiledTabular, PackedIcd } from './model.ts';

/**
 * Reads the files of the compiled index by their names relative to the index folder. The
 * `…Later` forms are optional: a reader that can wait until first use (Node reads synchronously;
 * fetch cannot) lets a cold start skip what its first lookups never ask for.
 */
export interface ArtifactReader {
  text(file: string): Promise<string>;
  bytes(file: string): Promise<Uint8Array>;
  textLater?(file: string): () => string;
  bytesLater?(file: string): () => Uint8Array;
}

/**
 * Loads the compiled index from anywhere: Node reads generated/codesets/, the extension's
 * background fetches the copy shipped in the extension. One loader so both see the same data.
 * Every file the manifest lists is read in parallel; one that fails fails the load.
 */
export async function loadCodeSetsFrom(read: ArtifactReader): Promise<CodeSets> {
  const manifest = JSON.parse(await read.text('manifest.json')) as CodeSetManifest;
  const json = async <T>(file: string): Promise<T> => JSON.parse(await read.text(file)) as T;
  // Parsed on first use; fetched now unless the reader can wait (the lookups are synchronous).
  const later = async <T>(file: string): Promise<() => T> => {
    if (read.textLater) {
      const get = read.textLater(file);
      return () => JSON.parse(get()) as T;
    }
    const text = await read.text(file);
    return () => JSON.parse(text) as T;
  };
  const bytesLater = async (file: string): Promise<() => Uint8Array> => {
    if (read.bytesLater) return read.bytesLater(file);
    const bytes = await read.bytes(file);
    return () => bytes;
  };
  const [years, hcpcs, tabular, index, mce, matchers, abbreviations] = await Promise.all([
    // Years usually share one packed file; an index built one file per year loads too.
    Promise.all([...new Set(manifest.icd10cm.map((y) => y.file))].map((f) => json<PackedIcd | CompiledIcdYear>(f))),
    Promise.all((manifest.hcpcs ?? []).map((h) => later<CompiledHcpcs>(h.file))),
    manifest.tabular ? later<CompiledTabular>(manifest.tabular.file) : undefined,
    manifest.index ? bytesLater(manifest.index.file) : undefined,
    manifest.mce ? later<CompiledMce>(manifest.mce.file) : undefined,
    Promise.all((manifest.matchers ?? []).map(async (m) => [m.year, await bytesLater(m.file)] as const)),
    manifest.abbreviations ? later<CompiledShorthand>(manifest.abbreviations.file) : undefined,
  ]);
  const packed = years.filter((y): y is PackedIcd => y.format === 2);
  const single = years.filter((y): y is CompiledIcdYear => y.format === 1);
  const store = packed.length === 1 && single.length === 0 ? new IcdStore(packed[0]!) : IcdStore.fromYears(single);
  return new CodeSets(store, {
    hcpcs: () => hcpcs.map((parse) => parse()),
    hcpcsQuarters: (manifest.hcpcs ?? []).map(({ year, effectiveFrom }) => ({ year, effectiveFrom })),
    ...(tabular && { tabular }),
    ...(index && { indexTree: index }),
    ...(mce && { mce }),
    matchers: Object.fromEntries(matchers),
    ...(abbreviations && { abbreviations }),
  });
}
