const STOP = new Set(['of', 'the', 'and', 'or', 'in', 'to', 'for', 'a', 'an', 'by', 'on', 'at', 'as', 'with', 'due', 'nos', 'nec']);

/** Lower-case words with a light plural strip, so "fractures" finds "fracture". */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw || STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return w;
}

/** Every string one deletion away: two words share one iff they are within ~1 edit. */
export function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
