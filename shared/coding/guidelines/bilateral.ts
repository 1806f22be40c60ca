import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'bilateral',
  section: 'I.B.13 (laterality: bilateral code when the condition is bilateral)',
  decides: 'Drops a right or left code that, sides aside, is covered by a bilateral code of the same category already reported.',
};

/** A title with its side words taken out: "Unilateral primary osteoarthritis, left knee" -> "primary osteoarthritis knee". */
export function siteless(title: string): string {
  return title
    .toLowerCase()
    .replace(/\b(?:bilateral|unilateral|right|left|of|and)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * ICD-10-CM I.B.13: when the condition is bilateral and a bilateral code exists, the bilateral code
 * is assigned, not a right or left one. A right or left code of the same category whose title,
 * sides aside, is the bilateral code's ("L knee ... in setting of OA" beside "Primary OA,
 * bilateral knees") is covered by it.
 */
export const bilateral: GuidelineRule = (ctx) => {
  const list = active(ctx);
  for (const b of list.filter((f) => /\bbilateral\b/i.test(f.title))) {
    const site = siteless(b.title);
    for (const f of list) {
      if (f === b || f.dropped || f.code.slice(0, 3) !== b.code.slice(0, 3) || !/\b(?:right|left|unilateral)\b/i.test(f.title)) continue;
      if (siteless(f.title) !== site) continue;
      drop(f, 'other', `ICD-10-CM I.B.13: the condition is bilateral; ${b.code} covers the ${/\bleft\b/i.test(f.title) ? 'left' : 'right'} side`);
    }
  }
};
