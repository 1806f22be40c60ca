/**
 * How the compiled index ships inside the extension. JSON files are gzipped (`<file>.gz`): the
 * stores' linters parse every `.json` in a package and refuse one over 5 MB (addons-linter's
 * FILE_TOO_LARGE), and the browser unpacks gzip natively (DecompressionStream) in a few
 * milliseconds. Binary packs ship as they are: they are read as views, so inflating them would
 * cost a copy. The manifest stays plain JSON (it is small and names every other file).
 */
export const shippedManifest = 'manifest.json';

/** The name a compiled file has inside the extension. */
export function shippedName(file: string): string {
  return file !== shippedManifest && file.endsWith('.json') ? `${file}.gz` : file;
}

/** Whether a shipped file must be inflated before use. */
export const isGzipped = (shipped: string): boolean => shipped.endsWith('.gz');
