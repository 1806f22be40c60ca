import { browser } from 'wxt/browser';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { loadCodeSetsFrom } from '../../shared/codes/load-code-sets.ts';
import { isGzipped, shippedName } from '../../shared/codes/shipped-files.ts';

let loading: Promise<CodeSets> | undefined;

/** One file of the index shipped inside the extension, inflated when it ships gzipped. */
async function fetchShipped(file: string): Promise<Response> {
  const name = shippedName(file);
  // getURL is typed against WXT's generated public-path list, which our index is not part of.
  const url = (browser.runtime as unknown as { getURL(path: string): string }).getURL(`/codesets/${name}`);
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`code-set file ${name} missing from the extension (HTTP ${res.status})`);
  return isGzipped(name) ? new Response(res.body.pipeThrough(new DecompressionStream('gzip'))) : res;
}

/** The compiled index ships inside the extension; it is loaded on first use and kept. */
export function codeSets(): Promise<CodeSets> {
  loading ??= loadCodeSetsFrom({
    text: async (file) => (await fetchShipped(file)).text(),
    bytes: async (file) => new Uint8Array(await (await fetchShipped(file)).arrayBuffer()),
  }).catch((err: unknown) => {
    loading = undefined; // let the next request retry
    throw err;
  });
  return loading;
}
