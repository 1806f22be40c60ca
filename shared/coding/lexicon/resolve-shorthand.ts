import type { Shorthand } from '../../codes/code-sets.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { expandTokens, handWrittenWords, shorthandWords, singularOf } from './expand.ts';

/**
 * The shorthand to expand in one statement: the always-expanded entries, plus each in-context
 * shorthand the statement decides (issue #24 item 4: "an abbreviation with several meanings is
 * resolved by its context or not used"). A meaning is chosen when, put in the statement, the best
 * code's words join it with a word of the statement outside it ("Elevated PSA": "elevated
 * prostate specific antigen" is R97.20; "elevated polysubstance abuse" joins nothing), and no
 * other meaning does, or the others join far less well (half the score: "Latent TB infection" as
 * latent tuberculosis, Z22.7, not an infection of the temporal bone); otherwise the shorthand stays
 * as written. `best` gives the required words and score of the best code for a statement's tokens.
 */
export function shorthandInContext(
  text: string,
  start: number,
  end: number,
  shorthand: Shorthand | undefined,
  best: (tokens: Token[]) => { code?: string; req: readonly string[]; opt?: readonly string[]; score: number } | undefined,
): Lookup | undefined {
  if (!shorthand?.inContext.size) return shorthand?.expand;
  const words = shorthandWords(text.slice(start, end), shorthand.expand).map(({ w, at }) => ({ w: singularOf(w, shorthand.inContext) ?? w, at }));
  const ask = [...new Set(words.map(({ w }) => w))].filter((w) => shorthand.inContext.has(w));
  // A shorthand a history cue names ("H/o PE", "hx of CVA"): a condition the patient had.
  const afterHistory = (abbr: string) => words.some(({ w, at }) => w === abbr && historyBefore.test(text.slice(start, start + at)));
  if (ask.length === 0) return shorthand.expand;
  // The chosen meanings over the shared list, which is not copied for every statement.
  const chosen = new Map<string, string>();
  const map = over(shorthand.expand, chosen);
  for (const abbr of ask) {
    const tried = shorthand.inContext.get(abbr)!.flatMap((meaning) => {
      // The meaning's words as the statement reads them, with the hand-written entries ("advanced maternal age": "elderly").
      const own = new Set(tokenize(handWrittenWords(meaning)).map((t) => t.stem));
      const tokens = expandTokens(text, start, end, over(map, new Map([[abbr, meaning]])));
      const hit = best(tokens);
      if (!hit) return [];
      // The statement's own words, kept ones inside an expansion too ("stenosis" of "stenosis occlusion"): not those
      // another shorthand's expansion brought ("RUL" is no "right ear" for "PET").
      const perSpan = new Map<string, number>();
      for (const t of tokens) perSpan.set(`${t.start}:${t.end}`, (perSpan.get(`${t.start}:${t.end}`) ?? 0) + 1);
      // "Primary" joins nothing: a note's "primary team" or "PCP" is no primary neoplasm ("CAP - per primary team").
      // A detail denied of it joins too, as a title's "without" reads it ("PE without cor pulmonale": I26.99).
      const others = new Set(
        tokens
          .filter((t) => !own.has(t.stem) && t.stem !== 'primary' && (t.kept || perSpan.get(`${t.start}:${t.end}`) === 1))
          .map((t) => (t.neg ? `!${t.stem}` : t.stem)),
      );
      const whole = [...own].every((k) => hit.req.includes(k));
      // A meaning its code reads whole may join another shorthand's words ("AKI ..., likely ATN": N17.0
      // "Acute kidney failure with tubular necrosis"); a meaning lending one word may not.
      const expanded = new Set(tokens.filter((t) => !t.neg && !own.has(t.stem) && t.stem !== 'primary').map((t) => t.stem));
      // A shorthand names one term (term-words.ts): "PE" lends "pulmonary" alone to no "pulmonary hypertension" beside HTN.
      // A meaning of several words lends the code more than one of them ("ICA": carotid artery, I65.22; "OD": right eye), a
      // nonessential modifier of its Index path among them ("TM": "Perforation, tympanum, tympanic (membrane)").
      const taken = [...own].filter((k) => hit.req.includes(k) || hit.opt?.includes(k)).length;
      const mostly = taken >= Math.min(2, own.size);
      // The meaning is itself the name of the condition the statement's code reports: coded alone it reads whole to the
      // same code ("Alcohol withdrawal with DT": "delirium tremens" alone is F10.231, the withdrawal's code too).
      const alone = !mostly && hit.code ? best(tokenize(meaning).map((t) => ({ ...t, start: -1, end: -1 }))) : undefined;
      const names = !!alone && alone.code === hit.code && [...own].every((k) => alone.req.includes(k));
      // The statement's own word joins the meaning as a nonessential modifier of the code's path too ("Saddle PE": "Embolism,
      // pulmonary (saddle)"), as the path reads it.
      const read = [...hit.req, ...(hit.opt ?? [])];
      const fit = (mostly || names) && read.some((k) => others.has(k) || (whole && expanded.has(k)));
      return [{ meaning, score: hit.score, whole, fit }];
    });
    const fits = tried.filter((f) => f.fit).sort((a, b) => b.score - a.score);
    // A past condition named by the shorthand alone ("H/o PE - resolved"), the statement naming nothing
    // without it: the one meaning a code reads whole is the condition ("PE": pulmonary embolism, not
    // physical examination). Without a history cue a lone shorthand may be a signature, a test or a
    // place ("MD", "CMP", "ED") and stays as written.
    const wholes = tried.filter((f) => f.whole);
    if (fits.length === 0 && wholes.length === 1 && afterHistory(abbr) && !best(expandTokens(text, start, end, map))) chosen.set(abbr, wholes[0]!.meaning);
    // A meaning the code reads whole ("rheumatoid factor" in "Rheumatoid arthritis with rheumatoid
    // factor") beats one it reads a word of ("risk factor" lending only "factor").
    const whole = fits.filter((f) => f.whole);
    if (whole.length === 1 && fits.length > 1) chosen.set(abbr, whole[0]!.meaning);
    else if (fits.length === 1 || (fits.length > 1 && fits[0]!.score >= 2 * fits[1]!.score)) chosen.set(abbr, fits[0]!.meaning);
  }
  return map;
}

/** A history cue just before a word (ConText's historical triggers "h/o", "hx", "history of"). */
const historyBefore = /\b(?:h\/o|hx|history)(?:\s+of)?[\s:]*$/i;

/** What expanding needs of a shorthand list: lookups only. */
export interface Lookup {
  get(w: string): string | undefined;
  has(w: string): boolean;
  readonly size: number;
}

/** `top` read before `base`, without copying either. */
function over(base: Lookup, top: ReadonlyMap<string, string>): Lookup {
  return {
    get: (w) => top.get(w) ?? base.get(w),
    has: (w) => top.has(w) || base.has(w),
    size: base.size + top.size,
  };
}
