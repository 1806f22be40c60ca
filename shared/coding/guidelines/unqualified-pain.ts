import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'unqualified-pain',
  section: 'I.B.18 (unspecified codes only when the documentation lacks the detail); Index "Pain(s) R52"',
  decides:
    'Drops "Pain, unspecified" read from the word "pain" when the note qualifies it with a word the engine did not read, or uses it as a score or a label.',
};

/**
 * The word "pain" alone reaches the Index's "Pain(s)" R52. A note rarely means that: "patellofemoral
 * pain syndrome" names a condition the statement was not read as, "pain 6/10" is a score, "Pain:
 * ibuprofen" a plan label. R52 is for pain whose site and kind are undocumented (I.B.18), so it
 * stands only when "pain" is unqualified or qualified by how it spreads ("generalized pain").
 */
export const unqualifiedPain: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx).filter((x) => x.code === 'R52')) {
    const word = /\bpain\b/i.exec(text.slice(f.start, f.end));
    if (!word) continue;
    const at = f.start + word.index;
    const before = /([A-Za-z-]+)[ \t]+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
    const after = text.slice(at + 4, at + 30);
    const label = /^\s*(?::|-?\s*\d+\s*\/\s*10|(?:score|scale|control|management|syndrome|medications?|regimen)\b)/i.test(after);
    const qualified = !!before && !spread.test(before) && !siteless.test(before);
    if (label || qualified) drop(f, 'other', 'ICD-10-CM I.B.18: "pain" here is qualified or a score, not pain of undocumented site');
  }
};

/** Index: Pain, generalized NOS R52: how the pain spreads is what R52 names. */
const spread = /^(?:generali[sz]ed|diffuse|widespread|total|whole|body)$/;

/** Words before "pain" that name no site or kind of it: joining words, and its degree or course. */
const siteless = /^(?:and|or|with|of|no|for|in|new|the|his|her|some|mild|moderate|severe|worse|worsening|ongoing|persistent|acute|chronic)$/;
