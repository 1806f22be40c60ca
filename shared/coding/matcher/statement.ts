import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { completeCode } from './complete-code.ts';
import { conditionKeys } from './condition-keys.ts';
import { codeInjuries } from './injury-hits.ts';
import { matchTitles, type TitleMatch } from './match-title.ts';
import { spanOf } from './span-of.ts';
import { bySide, bySite } from '../specificity/site-axis.ts';
import { keyIdf, titleIndex } from './title-index.ts';

const manifestation = /\bin (?:other )?diseases classified elsewhere\b/i;

export interface StatementHit extends TitleMatch {
  start: number;
  end: number;
}

/**
 * Codes for one diagnosis statement: the best title, then further titles that cover words the
 * first left uncovered (a statement may name several conditions: "… due to COVID-19 pneumonia").
 * Codes come back billable (7th character completed) or not at all.
 */
export function codeStatement(
  codeSets: CodeSets,
  dos: string | undefined,
  text: string,
  start: number,
  end: number,
  sex?: 'F' | 'M' | 'U',
  prefix?: string[],
  optional?: Set<string>,
  context: Token[] = [],
  skip: [number, number][] = [],
  mainTerms?: string[],
  episodeEnd = end,
): StatementHit[] {
  const idx = titleIndex(codeSets, dos);
  // Context tokens (the patient is a newborn) carry no place in the text: start -1, never evidence.
  // `skip`: parts of the statement a context cue governs (context/governed.ts), not words of its diagnosis.
  const said = skip.length ? expandTokens(text, start, end).filter((t) => !skip.some(([a, b]) => t.start >= a && t.start < b)) : expandTokens(text, start, end);
  const tokens = [...said, ...context];
  const out: StatementHit[] = [];
  const covered = new Set<string>();
  const idf = (k: string) => {
    const id = idx.vocab.ids.get(k);
    return id === undefined ? 0 : keyIdf(idx, id);
  };
  // Words said outside parentheses: a further code needs one of its own there, not only an aside.
  const plain = new Set(tokens.filter((t) => !t.paren).map((t) => t.stem));
  const affirmed = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
  // Manifestation codes ("Pneumonia in diseases classified elsewhere") follow their etiology: never a statement's first code.
  const all = matchTitles(
    idx,
    tokens,
    { sex, conditions: conditionKeys(codeSets, dos), ...(prefix && { prefix }), ...(optional && { optional }), ...(mainTerms && { mainTerms }) },
    40,
  );
  const cands = [...all.filter((c) => !manifestation.test(c.title)), ...all.filter((c) => manifestation.test(c.title))];
  // Sides as the note's shorthand says them ("R ankle", "L palm", "b/l"), for completing a header by side (I.B.13).
  const sides = tokens.filter((t) => !t.neg && (t.stem === 'right' || t.stem === 'left' || t.stem === 'bilateral')).map((t) => t.stem);
  const statement = `${text.slice(start, end)}${sides.length ? ` (${[...new Set(sides)].join(' ')})` : ''}`;
  // The encounter (7th character) is read over the whole statement, its plan sentences included ("- routine healing").
  const episode = text.slice(start, Math.max(end, episodeEnd));
  // Injuries by Index navigation (I.C.19): the path's words are the injury's, never another chapter's homonym ("torus").
  const injury = prefix
    ? { hits: [], words: new Set<string>(), main: new Set<string>() }
    : codeInjuries(codeSets, dos, text, start, end, Math.max(end, episodeEnd), skip, idf);
  for (const h of injury.hits) {
    h.req.forEach((k) => covered.add(k));
    out.push(h);
  }
  for (const c of cands) {
    if (out.length >= 3) break;
    const keys = c.req.filter((k) => !k.startsWith('!'));
    // Follow-up and aftercare of an injury are its code with the 7th character D, not Z09 / Z47 / Z48 (I.C.21.c.7, I.C.19.a).
    if (injury.hits.length && /^Z(?:09|47|48)/.test(c.code)) continue;
    // The injury's words are the injury's: no other title reads its main word ("Follow-up, fracture" Z09)
    // or only its words ("Torus" M27.0 for a torus fracture).
    if (keys.some((k) => injury.main.has(k)) || (injury.words.size && keys.every((k) => injury.words.has(k)))) continue;
    const fresh = keys.filter((k) => !covered.has(k) && idf(k) > 2.5);
    // A further code must bring mostly new words, not reuse the first one's ("acute … failure").
    if (out.length > 0 && (!fresh.some((k) => plain.has(k)) || keys.filter((k) => !covered.has(k)).length * 2 <= keys.length)) continue;
    if (out.some((o) => o.code.slice(0, 3) === c.code.slice(0, 3))) continue;
    // A further code rests on at least two words: one generic word ("viral", "screening") is not a diagnosis.
    // A further code rests on at least two words: one generic word ("viral", "screening") is not a
    // diagnosis, unless it is a short title's whole name ("Cough and fever": "Fever, unspecified").
    if (out.length > 0 && (c.score < 6 || (c.matched < 2 && !shortTitle(c)))) continue;
    // External causes (V00-Y99) are supplementary and optional (I.C.20): never read from a diagnosis statement.
    if (!prefix && /^[V-Y]/.test(c.code)) continue;
    // A header the statement's own words already reach more deeply (a title under it matched too) is left to that title.
    if (c.via === 'index' && codeSets.icd(c.code, dos)?.billable === false && cands.some((o) => o.code.length > c.code.length && o.code.startsWith(c.code)))
      continue;
    const found = completeCode(codeSets, c.code, dos, statement, 0, episode);
    if (!found) continue;
    const sited = bySite(codeSets, dos, found.code, found.title, affirmed) ?? found;
    const done = bySide(codeSets, dos, sited.code, sited.title, [...new Set(sides)]) ?? sited;
    // A residual code ("Other specified disorders of the skin") beside a statement's diagnosis is a
    // word of its description ("with sinus tract"), unless three words of the note name it.
    if (out.length > 0 && c.matched < 3 && (/^other\b/i.test(done.title) || (c.via !== 'title' && /\bunspecified\b/i.test(done.title)))) continue;
    // Injuries are classified by site and kind (I.C.19): one word ("burn" safety, "freezing" of gait,
    // smoke "exposure") naming neither gives no unspecified injury or effect of an external cause.
    if (!prefix && c.matched < 2 && /^[ST]/.test(done.code) && /\bunspecified\b|^other specified\b/i.test(done.title)) continue;
    // An "other" code is for a detail the note documents that no code names (I.A.9.a): one word
    // matching its title ("counseling") documents none. The Index or an inclusion term naming the
    // word ("Lung disease NOS" at J98.4) is the classification's own route and stands.
    if (c.matched < 2 && c.via === 'title' && /^other\b/i.test(done.title)) continue;
    keys.forEach((k) => covered.add(k));
    const span = spanOf(tokens, keys);
    const route =
      c.via === 'index'
        ? `ICD-10-CM I.B.1: Alphabetic Index "${c.title}", verified in the Tabular List`
        : c.via === 'inclusion'
          ? `ICD-10-CM I.A.11: inclusion term "${c.title}" of ${done.code}`
          : '';
    const why = [route, done.why ?? ''].filter(Boolean).join('; ');
    const hit: TitleMatch = { ...c, code: done.code.replace('.', ''), title: done.title, ...(why && { why }) };
    out.push({ ...excludes1Redirect(codeSets, dos, hit, tokens), start: span[0] ?? start, end: span[1] ?? end });
  }
  return out;
}

/**
 * ICD-10-CM I.A.12.a: when the chosen code's Excludes1 note names the statement's own extra detail
 * ("that with hydronephrosis (N13.2)"), the excluded code is the right one.
 */
function excludes1Redirect(codeSets: CodeSets, dos: string | undefined, c: TitleMatch, tokens: Token[]): TitleMatch {
  const notes = typeof codeSets.icdNotes === 'function' ? codeSets.icdNotes(c.code, dos) : null;
  const have = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
  // Compared with the code's own title: an index path may have reached it by fewer words.
  const own = new Set([...tokenize(c.title).map((t) => t.stem), ...c.req]);
  for (const ref of notes?.excludes1 ?? []) {
    // "X NOS" excludes the unqualified condition, which a qualified statement is not.
    if (ref.subdivisions || ref.range || /\bNOS\b/.test(ref.text)) continue;
    const words = tokenize(ref.text.replace(/\([^)]*\)/g, '').replace(/^that\b/i, ''))
      .filter((t) => !t.neg)
      .map((t) => t.stem);
    if (!words.some((w) => !own.has(w)) || !words.every((w) => have.has(w))) continue;
    const target = codeSets.icd(ref.code, dos);
    if (!target?.billable) continue;
    return { ...c, code: target.code.replace('.', ''), title: target.title, why: `ICD-10-CM I.A.12.a: Excludes1 at ${c.code}: "${ref.text}"` };
  }
  return c;
}

/** A tabular title that is a condition's bare name: one required word, at most three words in all. */
function shortTitle(c: TitleMatch): boolean {
  return c.via === 'title' && c.req.length === 1 && tokenize(c.title).length <= 3 && !manifestation.test(c.title);
}
