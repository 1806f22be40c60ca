import { browser } from 'wxt/browser';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { loadCodeSetsFrom } from '../../shared/codes/load-code-sets.ts';

let loading: Promise<CodeSets> | undefined;

/** One file of the index shipped inside the extension. */
async function fetchShipped(file: string): Promise<Response> {
  // getURL is typed against WXT's generated public-path list, which our index is not part of.
  const url = (browser.runtime as unknown as { getURL(path: string): string }).getURL(`/codesets/${file}`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`code-set file ${file} missing from the extension (HTTP ${res.status})`);
  return res;
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
