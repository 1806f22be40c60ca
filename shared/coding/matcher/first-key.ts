import { tokenize, wordKey } from '../text/tokens.ts';

/** The first required word of an index path, read segment by segment ("Disease, diseased, lung" -> lung). */
export function firstKey(term: string): string | undefined {
  // Fast path: the first word is usually a plain, required word ("Insomnia, due to, …").
  let n = 0;
  while (n < term.length && isWordChar(term.charCodeAt(n))) n++;
  if (n > 0 && (n === term.length || term[n] === ' ' || term[n] === ',')) {
    const k = wordKey(term.slice(0, n));
    if (k) return k;
  }
  for (let at = 0; at < term.length; ) {
    const comma = term.indexOf(',', at);
    const end = comma < 0 ? term.length : comma;
    for (const t of tokenize(term.slice(at, end))) if (!t.neg && !t.paren) return t.stem;
    at = end + 1;
  }
  return undefined;
}

/**
 * The first required word after the main term that is not a derived form of `first`
 * ("Neoplasm, neoplastic, breast, …" -> breast): big groups are split on it.
 */
export function secondKey(term: string, first: string): string | undefined {
  const head = first.slice(0, 6);
  let at = term.indexOf(',');
  while (at >= 0 && at < term.length) {
    const comma = term.indexOf(',', at + 1);
    const end = comma < 0 ? term.length : comma;
    for (const t of tokenize(term.slice(at + 1, end))) if (!t.neg && !t.paren && t.stem.slice(0, 6) !== head && t.stem !== first) return t.stem;
    at = comma;
  }
  return undefined;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
