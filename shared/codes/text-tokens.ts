const STOP = new Set(['of', 'the', 'and', 'or', 'in', 'to', 'for', 'a', 'an', 'by', 'on', 'at', 'as', 'with', 'due', 'nos', 'nec']);

/**
 * Lower-case words (letters and digits) with a light plural strip, so "fractures" finds
 * "fracture" and "injuries" finds "injury". A hand-written scan: it runs over every title and
 * index path when the search index is built, where a regex split cost a third more.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  const s = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = s.slice(start, i);
    start = -1;
    if (!STOP.has(w)) out.push(stem(w));
  }
  return out;
}

function stem(w: string): string {
  const n = w.length;
  if (n <= 4 || w.charCodeAt(n - 1) !== 115) return w; // short, or no final "s"
  const p = w.charCodeAt(n - 2);
  if (p === 115 || p === 117 || p === 105) return w; // -ss, -us, -is: "abscess", "virus", "arthritis"
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

/** Every string one deletion away: two words share one iff they are within ~1 edit. */
export function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
