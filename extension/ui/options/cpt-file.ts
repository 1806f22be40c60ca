/**
 * Reads a CPT descriptor file the user imports under their own AMA license: one code a line,
 * the 5-character code then a tab, comma, pipe or spaces, then the descriptor. Notice or header
 * lines (no code at the start) are skipped; nothing of it ships with Chartside.
 */
export function readCptFile(text: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = line.match(/^\s*"?(\d{4}[0-9FTU])"?\s*[\t,|]?\s*"?(.+?)"?\s*$/);
    if (m && m[2]!.length > 2) entries.push([m[1]!, m[2]!]);
  }
  return entries;
}
