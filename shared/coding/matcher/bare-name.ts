import { type Token, tokenize } from '../text/tokens.ts';
import type { TitleMatch } from './match-title.ts';

/** Manifestation codes ("Pneumonia in diseases classified elsewhere") follow their etiology: never a statement's first code. */
export const manifestation = /\bin (?:other )?diseases classified elsewhere\b/i;

/**
 * Whether a further code that rests on one word of the statement names a condition by that word:
 * its title is the condition's bare name, and the word is not an adjective of another term.
 */
export function bareName(c: TitleMatch, tokens: Token[], text: string): boolean {
  return shortTitle(c) && !modifier(c, tokens, text);
}

/**
 * The one word a further code rests on qualifies the noun after it ("Metabolic dysfunction-associated
 * steatotic liver disease", "diabetic macular edema"): an adjective of another term, not the
 * condition's name. A conjunction or a preposition after it leaves it a name ("Fever and cough",
 * "Anxiety with insomnia"), as does "complicated by", the Index's own link word ("Cirrhosis complicated by ascites").
 */
function modifier(c: TitleMatch, tokens: Token[], text: string): boolean {
  const t = tokens.find((x) => x.start >= 0 && !x.paren && c.req.includes(x.stem));
  return (
    !!t &&
    /^[ -]+[A-Za-z]{3,}/.test(text.slice(t.end, t.end + 8)) &&
    !/^[ -]+(?:and|or|nor|but|vs|versus|with|without|w|due|secondary|from|of|in|on|at|for|to|since|likely|complicated)\b/i.test(text.slice(t.end, t.end + 12))
  );
}

/**
 * A condition's bare name: a tabular title of one required word and at most three words in all, or
 * an Alphabetic Index main term alone ("Hemiparesis - see Hemiplegia"), not an encounter's.
 */
function shortTitle(c: TitleMatch): boolean {
  if (c.req.length !== 1 || manifestation.test(c.title)) return false;
  if (c.via === 'index') return !c.title.includes(',') && !c.code.startsWith('Z');
  return c.via === 'title' && tokenize(c.title).length <= 3;
}
