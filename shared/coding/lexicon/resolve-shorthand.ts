import type { Shorthand } from '../../codes/code-sets.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { expandTokens, shorthandWords } from './expand.ts';

/**
 * The shorthand to expand in one statement: the always-expanded entries, plus each in-context
 * shorthand the statement decides (issue #24 item 4: "an abbreviation with several meanings is
 * resolved by its context or not used"). A meaning is chosen when, put in the statement, the best
 * code's words join it with a word of the statement outside it ("Elevated PSA": "elevated
 * prostate specific antigen" is R97.20; "elevated polysubstance abuse" joins nothing), and no
 * other meaning does; otherwise the shorthand stays as written. `best` gives the required words
 * of the best code for a statement's tokens.
 */
export function shorthandInContext(
  text: string,
  start: number,
  end: number,
  shorthand: Shorthand | undefined,
  best: (tokens: Token[]) => readonly string[] | undefined,
): ReadonlyMap<string, string> | undefined {
  if (!shorthand?.inContext.size) return shorthand?.expand;
  const present = new Set(shorthandWords(text.slice(start, end), shorthand.expand).map(({ w }) => w));
  const ask = [...present].filter((w) => shorthand.inContext.has(w));
  if (ask.length === 0) return shorthand.expand;
  const map = new Map(shorthand.expand);
  for (const abbr of ask) {
    const fits = shorthand.inContext.get(abbr)!.filter((meaning) => {
      const own = new Set(tokenize(meaning).map((t) => t.stem));
      const tokens = expandTokens(text, start, end, new Map(map).set(abbr, meaning));
      const req = best(tokens);
      if (!req) return false;
      const others = new Set(tokens.filter((t) => !t.neg && !own.has(t.stem)).map((t) => t.stem));
      return req.some((k) => own.has(k)) && req.some((k) => others.has(k));
    });
    if (fits.length === 1) map.set(abbr, fits[0]!);
  }
  return map;
}
