/**
 * Tabular notes qualify a range with the characters that follow it: "(E08-E13 with .42)" means
 * only E08.42, E09.42 … E13.42 (characters after the category), and "(B27.0-B27.9 with 1)"
 * means B27.01 … B27.91 (the character after the subcategory). A conflict whose code lacks
 * that qualifier is not the note's code.
 */
const qualified = /\(([A-Z]\d[\dA-Z](?:\.[\dA-Z]+)?)-([A-Z]\d[\dA-Z](?:\.[\dA-Z]+)?) with (\.?)([\dA-Z]+)\)/;

export function satisfiesQualifier(noteText: string, a: string, b: string): boolean {
  const m = qualified.exec(noteText);
  if (!m) return true;
  const [, from, to, dot, chars] = m as unknown as [string, string, string, string, string];
  const bare = (c: string) => c.replace('.', '').toUpperCase();
  const lo = bare(from);
  const hi = bare(to);
  const at = dot ? 3 : lo.length;
  const inRange = (c: string) => {
    const head = bare(c).slice(0, lo.length);
    return head >= lo && head <= hi;
  };
  const targets = [a, b].filter(inRange);
  if (!targets.length) return true; // the note is about some other code: keep the index's answer
  return targets.some((c) => bare(c).slice(at, at + chars.length) === chars);
}
