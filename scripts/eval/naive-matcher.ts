import type { CompiledIcdYear } from '../../shared/codes/model.ts';

/**
 * The baseline `eval:external` prints beside the engine (issue #24): every billable code whose
 * title's words all appear in one sentence of the text, words compared as written (lower-cased),
 * with no stems, context or guideline. A title is indexed under its rarest word, which a sentence
 * must hold for the title to match.
 */
export function naiveMatcher(entries: CompiledIcdYear['entries']): (text: string) => string[] {
  const titles = entries.filter(([, billable]) => billable === 1).map(([code, , title]) => ({ code, words: [...new Set(wordsOf(title))] }));
  const df = new Map<string, number>();
  for (const t of titles) for (const w of t.words) df.set(w, (df.get(w) ?? 0) + 1);
  const byRarest = new Map<string, { code: string; words: string[] }[]>();
  for (const t of titles) {
    if (t.words.length === 0) continue;
    const rarest = t.words.reduce((a, b) => (df.get(b)! < df.get(a)! ? b : a));
    byRarest.set(rarest, [...(byRarest.get(rarest) ?? []), t]);
  }
  return (text) => {
    const out = new Set<string>();
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const said = new Set(wordsOf(sentence));
      for (const w of said) for (const t of byRarest.get(w) ?? []) if (t.words.every((x) => said.has(x))) out.add(t.code);
    }
    return [...out];
  };
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
