import type { CodeSets } from '../../codes/code-sets.ts';

export type Side = 'right' | 'left' | 'bilateral' | 'none';

// Anatomy named "right"/"left" that is not a body side a RT/LT modifier could contradict.
const notASide = /\b(right|left)[- ](heart|ventric\w*|atri\w*|bundle|colon|sided|coronary|main|anterior descending|circumflex|hepatic duct|lobe of liver)\b/g;

/** The body side an ICD-10-CM title names: right, left, bilateral (or both sides), or none. */
export function sideOfTitle(title: string): Side {
  const t = title.toLowerCase().replace(notASide, '');
  if (/\bbilateral\b/.test(t)) return 'bilateral';
  const right = /\bright\b/.test(t);
  const left = /\bleft\b/.test(t);
  if (right && left) return 'bilateral';
  return right ? 'right' : left ? 'left' : 'none';
}

export const sideOfModifier = (m: string): 'right' | 'left' | null => (m === 'RT' ? 'right' : m === 'LT' ? 'left' : null);

const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A title without its side words and punctuation: "Pain in leg, unspecified" ~ "Pain in right leg". */
const sideless = (t: string) =>
  t
    .toLowerCase()
    .replace(notASide, ' ')
    .replace(/\b(right|left|unspecified|side)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * For an unspecified-side code, the billable sibling that differs only by its side
 * (M25.569 "Pain in unspecified knee" -> M25.562 "Pain in left knee"; M79.606 "Pain in leg,
 * unspecified" -> M79.605 "Pain in left leg"). Any position after the category may carry
 * laterality, so each is tried; null when the code is not an unspecified-side code.
 */
export function sidedSibling(codeSets: CodeSets, code: string, side: 'right' | 'left', dos?: string): { code: string; title: string } | null {
  const hit = codeSets.icd(code, dos);
  if (!hit || !/\bunspecified\b/i.test(hit.title) || sideOfTitle(hit.title) !== 'none') return null;
  const wanted = sideless(hit.title);
  const bare = hit.code.replace('.', '');
  for (let p = 3; p < bare.length; p++) {
    for (const ch of chars) {
      if (ch === bare[p]) continue;
      const cand = codeSets.icd(bare.slice(0, p) + ch + bare.slice(p + 1), dos);
      if (cand?.billable && sideOfTitle(cand.title) === side && sideless(cand.title) === wanted) return { code: cand.code, title: cand.title };
    }
  }
  return null;
}
