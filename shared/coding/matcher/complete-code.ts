import type { CodeSets } from '../../codes/code-sets.ts';
import type { IcdHit } from '../../codes/model.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { limbOf, regionOfPart } from '../specificity/limb-region.ts';
import { indexSites } from '../specificity/site-axis.ts';
import { genericNouns, tokenize, type Token } from '../text/tokens.ts';

export interface Completed {
  code: string;
  title: string;
  why?: string;
  /** The other side, when the condition is bilateral and the category has no bilateral code (I.B.13). */
  also?: Completed;
}

/**
 * The encounter by what the statement says (I.C.19.a): sequela; subsequent (routine healing,
 * follow-up, the healing states G/K/P name: delayed healing, nonunion, malunion, and the guideline's
 * examples of subsequent care: cast change or removal, removal of sutures or staples); else
 * initial, the active treatment an ED or urgent care visit is.
 */
const episodes: [RegExp, RegExp, string][] = [
  [/\bsequela|\blate effect/i, /^sequela/i, 'sequela'],
  [
    /\bsubsequent\b|\bfollow[- ]?up\b|\bf\/u\b|\broutine healing\b|\bhealing\b|\bnon-?union\b|\bmal-?union\b|\bdelayed union\b|\b(?:(?:sutures?|staples?|cast) (?:removal|removed|out|change|changed|check)|removal of (?:sutures|staples|cast))\b(?!\s+(?:in\s+)?\d)/i,
    /^subsequent encounter/i,
    'subsequent encounter',
  ],
];
const initial: [RegExp, string] = [/^initial encounter/i, 'initial encounter'];

/**
 * A follow-up planned for later ("ortho f/u 1 wk", "follow up with PCP in 2 weeks"): another visit, not this
 * encounter's (I.C.19.a: the 7th character is the encounter's own; active treatment now is A).
 */
const laterFollowUp =
  /\b(?:ortho\w*|PCP|clinic|outpatient|will|to|schedul\w*|arrang\w*|plan\w*)\s+(?:\w+\s+)?(?:f\/u|follow[- ]?up)\b|\b(?:f\/u|follow[- ]?up)\s+(?:with|w\/|in|at)\b|\b(?:f\/u|follow[- ]?up)\s+(?:in\s+)?\d+\s*(?:-\s*\d+\s*)?(?:d|days?|wks?|weeks?|mo|months?)\b/gi;
const thisEncounter = (statement: string) => statement.replace(laterFollowUp, ' ');

/** The encounter a statement documents: 'sequela', 'subsequent encounter' or 'initial encounter'. */
export function episodeOf(statement: string): string {
  const own = thisEncounter(statement);
  return (episodes.find(([re]) => re.test(own))?.[2] ?? initial[1]) as string;
}

/**
 * The 7th character of the statement's encounter; within it, the one whose own words the note
 * says (open fracture, delayed healing, nonunion), else the first listed: closed and routine
 * healing (I.C.19.c.1: a fracture not indicated as open or closed is coded closed).
 */
export function seventhCharacter(seven: { char: string; title: string }[], statement: string): { char: string; label: string } | null {
  const encounter = thisEncounter(statement);
  const [inTitle, label] = episodes.find(([re]) => re.test(encounter))?.slice(1) ?? initial;
  const cands = seven.filter((s) => (inTitle as RegExp).test(s.title));
  if (cands.length === 0) return null;
  const words = cands.map((c) => new Set(tokenize(c.title).map((t) => t.stem)));
  const said = new Set(
    tokenize(statement)
      .filter((t) => !t.neg)
      .map((t) => t.stem),
  );
  const own = words.map((w) => [...w].filter((x) => !words.every((o) => o.has(x))));
  const score = own.map((w) => w.filter((x) => said.has(x)).length);
  const best = score.indexOf(Math.max(...score));
  return { char: cands[best]!.char, label: best > 0 ? `${label} (${cands[best]!.title})` : (label as string) };
}

/**
 * A billable code for a matched code (undotted). An Alphabetic Index path may stop at a code
 * that takes a 7th character: the extension's placeholder X fills the empty positions (I.A.4-5)
 * and the encounter character is A (active treatment) unless the statement says subsequent or
 * sequela (I.C.19.a). Any other header is left out: the note lacks the detail, and guessing a
 * subdivision would invent it. `episode`: the whole statement, for its encounter words.
 */
export function completeCode(codeSets: CodeSets, code: string, dos: string | undefined, statement: string, depth = 0, episode = statement): Completed | null {
  const hit = codeSets.icd(code, dos);
  if (!hit) return null;
  if (hit.billable) return { code: hit.code, title: hit.title };
  const flat = code.replace('.', '');
  const seven = typeof codeSets.icdNotes === 'function' ? codeSets.icdNotes(code, dos).sevenChr : [];
  if (seven.length > 0 && flat.length <= 6) {
    const encounter = seventhCharacter(seven, `${statement} ${episode}`);
    // I.C.15.a.6: a fetus not identified is 7th character "0" (single gestation, or documentation insufficient).
    const fetus = encounter ? undefined : seven.find((s) => s.char === '0' && /^not applicable or unspecified$/i.test(s.title));
    const pick = encounter ?? (fetus ? { char: '0', label: fetus.title } : null);
    const full = pick ? codeSets.icd(flat.padEnd(6, 'X') + pick.char, dos) : null;
    if (full?.billable)
      return {
        code: full.code,
        title: full.title,
        why: `ICD-10-CM ${fetus ? 'I.C.15.a.6' : 'I.C.19.a'}: 7th character ${pick!.char}, ${pick!.label}; placeholder X where positions are empty (I.A.5)`,
      };
  }
  if (depth >= 2) return null;
  return bySide(codeSets, hit.title, flat, dos, statement, depth, episode) ?? byUnspecified(codeSets, hit.title, flat, dos, statement, depth, episode);
}

/**
 * An Index entry that points at a code which is now a header (the FY2017 Index against the
 * current year): the subdivision whose own words the statement documents ("third trimester",
 * "permanent"), else the one whose own words say "unspecified" (I.A.9-10: for the detail not
 * documented; the specificity query then asks for it). Ambiguous: none.
 */
function byUnspecified(
  codeSets: CodeSets,
  title: string,
  flat: string,
  dos: string | undefined,
  statement: string,
  depth: number,
  episode: string,
): Completed | null {
  const kids = [...'0123456789X'].map((c) => codeSets.icd(flat + c, dos)).filter((k) => k !== null);
  if (kids.length < 2) return null;
  const parent = new Set(tokenize(title).map((t) => t.stem));
  const said = new Set(
    tokenize(statement)
      .filter((t) => !t.neg)
      .map((t) => t.stem),
  );
  // A part of a limb is that limb where the subdivisions name limbs only ("right thigh": "right lower limb", not "right axilla").
  if (kids.some((k) => /\b(?:upper|lower) limb\b/i.test(k.title))) for (const w of limbOf(said)) said.add(w);
  // A joint is its region where the subdivisions name regions only ("knee": lower leg).
  for (const w of regionOfPart(
    said,
    kids.map((k) => k.title),
  ))
    said.add(w);
  // What the statement denies, its shorthand read as the lexicon spells it ("no LOC"): a subdivision "without
  // X" ("... without loss of consciousness") is documented by it.
  let denied: Set<string> | undefined;
  const deniedBy = (k: { title: string }) => {
    const without = tokenize(k.title.replace(notSpecifiedAs, '')).filter((t) => t.neg);
    if (without.length === 0) return 0;
    denied ??= new Set(
      expandTokens(statement, 0, statement.length, codeSets.abbreviations?.().expand)
        .filter((t) => t.neg)
        .map((t) => t.stem),
    );
    return without.every((t) => denied!.has(t.stem)) ? without.length : 0;
  };
  // "Not specified as recurrent" (A04.72) documents nothing: its words are no detail a note could say.
  // The noun of a laterality ("pain unspecified side", "right side") is no detail beside its side word (I.B.13).
  const words = kids.map((k) => new Set(tokenize(k.title.replace(notSpecifiedAs, '')).flatMap((t) => (t.stem === 'side' ? [] : [t.stem]))));
  // A subdivision's own words: beyond the header's, and those the header lists as alternatives
  // that some sibling leaves out ("subluxation and dislocation" -> "dislocation of left ..."). A sibling
  // leaves out no word its "unspecified as to" axis names ("... unspecified as to partial versus complete
  // obstruction" beside "with partial obstruction"): the header's "obstruction" is said by all three.
  const named = kids.map((k) => new Set(tokenize(k.title).map((t) => t.stem)));
  const own = (i: number) => [...words[i]!].filter((w) => !parent.has(w) || !named.every((o) => o.has(w)));
  const scored = kids.map((k, i) => {
    const o = own(i);
    // Documented by at least half of its own words: "brain" of "focal contusion of brain" is no "... with death due to
    // brain injury prior to regaining consciousness" (S06.337); a stray shared word names no axis (I.A.9).
    const hits = o.filter((w) => said.has(w)).length;
    return {
      k,
      n: (hits * 2 >= o.length ? hits : 0) + deniedBy(k),
      // A generic head noun ("Other specified diseases of esophagus") is no alternative the note must name.
      miss: o.filter((w) => !said.has(w) && parent.has(w) && !genericNouns.has(w)).length,
      extra: o.filter((w) => !said.has(w) && !parent.has(w)).length,
    };
  });
  const best = Math.max(...scored.map((x) => x.n));
  // Among the subdivisions naming as many documented words: the fewest of the header's alternatives
  // left unsaid, then the fewest undocumented words ("right ear" over "recurrent, right ear"): a
  // code's axis is never taken from silence (I.A.9).
  const atBest = scored.filter((x) => x.n === best);
  const fewestMiss = Math.min(...atBest.map((x) => x.miss));
  const fewestExtra = Math.min(...atBest.filter((x) => x.miss === fewestMiss).map((x) => x.extra));
  const top = atBest.filter((x) => x.miss === fewestMiss && x.extra === fewestExtra);
  // A subdivision that keeps the header's own title ("Contusion of abdominal wall" S30.1 -> S30.11 beside groin, flank) is the header's meaning.
  // Not when the statement leaves the title's own detail unsaid and an unspecified subdivision stands beside it: FY2018 kept
  // I27.2's title "Other secondary pulmonary hypertension" on I27.29 and added I27.20 "Pulmonary hypertension, unspecified".
  const titleSaid = tokenize(title).every((t) => said.has(t.stem));
  const same = kids.filter((k) => k.title.toLowerCase() === title.toLowerCase() && (titleSaid || !kids.some((o) => /\bunspecified\b/i.test(o.title))));
  let unspec = same.length === 1 ? same : kids.filter((k) => /\bunspecified\b/i.test(k.title.replace(title, '')));
  // A reason axis with no unspecified subdivision (Z91.15- "noncompliance with renal dialysis": "due to financial
  // hardship", "for other reason") leaves the residual "for other reason" for a reason not named (I.A.9.a).
  // "Not specified as recurrent" (A04.72 beside A04.71 "recurrent") is the unspecified subdivision in other words.
  if (unspec.length === 0) unspec = kids.filter((k) => /\bfor other reasons?$/i.test(k.title) || notSpecifiedAs.test(k.title));
  // With no unspecified subdivision, the one "without" what its siblings add ("... without mention of lumbar back pain
  // or lower extremity pain" beside "with discogenic back pain only") is what silence documents (I.A.15: "with" is a
  // link the note states).
  if (unspec.length === 0) {
    const without = kids.filter((k) => /\b(?:without|w\/o)\b/i.test(k.title.replace(title, '')));
    if (without.length === 1 && kids.every((k) => k === without[0] || /\bwith\b/i.test(k.title.replace(title, '')))) unspec = without;
  }
  // The subdivision whose inclusion term is the header's own title "NOS" is the unspecified one (I.A.8: NOS is "not
  // otherwise specified"): C92.10 "... not having achieved remission" includes "Chronic myeloid leukemia, BCR/ABL-positive NOS".
  if (unspec.length === 0 && typeof codeSets.icdInclusionTerms === 'function') {
    const nos = `${title} NOS`.toLowerCase();
    const named = kids.filter((k) => codeSets.icdInclusionTerms(k.code, dos).some((t) => t.toLowerCase() === nos));
    if (named.length === 1) unspec = named;
  }
  // Subdivisions split only into acute and chronic, none unspecified (B37.3-, I82.A-): the Index names the acute one for
  // the condition and lists chronic as its subterm ("Embolism, vein, axillary I82.A1-", "chronic I82.A2-"), so a
  // condition not said to be chronic is the acute one.
  if (unspec.length === 0) {
    const acute = kids.filter((k) => /^acute\b/i.test(k.title));
    if (acute.length === 1 && kids.every((k) => k === acute[0] || /^chronic\b/i.test(k.title))) unspec = acute;
  }
  // Of several unspecified subdivisions, the one adding no undocumented word ("unspecified ear", not
  // "recurrent, unspecified ear": I.A.9, no axis from silence).
  if (unspec.length > 1) {
    const extra = (k: IcdHit) => scored.find((x) => x.k === k)!.extra;
    const least = Math.min(...unspec.map(extra));
    if (unspec.filter((k) => extra(k) === least).length === 1) unspec = unspec.filter((k) => extra(k) === least);
  }
  // "With unspecified complications" needs complications documented; silence is the sibling "without
  // complications" (I.A.15: "with" is a link the note states; I.C.4: T1DM alone is E10.9).
  const withUnspecified = unspec.length === 1 ? /\bwith unspecified (\w+)/i.exec(unspec[0]!.title) : null;
  const without = withUnspecified && kids.find((k) => new RegExp(`\\bwithout ${withUnspecified[1]}\\b`, 'i').test(k.title));
  const pick = best > 0 ? (top.length === 1 ? top[0]!.k : null) : (without ?? unspec.at(0));
  if (!pick || (best === 0 && unspec.length !== 1)) return null;
  const done = completeCode(codeSets, pick.code, dos, statement, depth + 1, episode);
  if (!done) return null;
  const why =
    best === 0 && same.length === 1
      ? 'ICD-10-CM I.A.9: the Index code is now subdivided; the subdivision that keeps its title'
      : best > 0
        ? 'ICD-10-CM I.A.9: the Index code is now subdivided; the subdivision the note documents'
        : without
          ? `ICD-10-CM I.A.15: the Index code is now subdivided; the subdivision "without ${withUnspecified![1]}", as the note documents none`
          : /\bfor other reasons?$/i.test(pick.title)
            ? 'ICD-10-CM I.A.9.a: the Index code is now subdivided by reason; "for other reason", as the note names none of the others'
            : 'ICD-10-CM I.A.9: the Index code is now subdivided; the unspecified subdivision, as the note lacks the detail';
  return { ...done, why: done.why ? `${why}; ${done.why}` : why };
}
/**
 * A subdivision titled by what the note does not say ("..., not specified as recurrent"; "..., unspecified as to
 * partial versus complete obstruction"): the axis it names is left open, no detail.
 */
const notSpecifiedAs = /,?\s*\b(?:not specified as|unspecified as to) [^,]+/i;

const sides: [RegExp, RegExp][] = [
  [/\bright\b/i, /\bright\b/i],
  [/\bleft\b/i, /\bleft\b/i],
  [/\bbilateral\b/i, /\b(?:bilateral|both)\b/i],
];

/**
 * A header whose subdivisions differ only by side (S93.40 -> S93.401 right, .402 left, .409
 * unspecified): the side the statement documents, else the unspecified side (I.B.13 laterality).
 */
function bySide(codeSets: CodeSets, title: string, flat: string, dos: string | undefined, statement: string, depth: number, episode: string): Completed | null {
  const kids = [...'0123456789X'].map((c) => codeSets.icd(flat + c, dos)).filter((k) => k !== null);
  if (kids.length < 2 || kids.length > 4) return null;
  // Only a header whose subdivisions are sides: each names one, or none (the unspecified side). A side the header
  // itself names ("Bilateral inguinal hernia" K40.0) is no axis of its subdivisions.
  const sided = kids.filter((k) => sides.some(([re]) => re.test(k.title) && !re.test(title)));
  if (sided.length < 2 || !kids.every((k) => sided.includes(k) || /\bunspecified\b/i.test(k.title.replace(title, '')))) return null;
  const side = sides.find(([inTitle, inNote]) => kids.some((k) => inTitle.test(k.title)) && inNote.test(statement));
  // I.B.13: bilateral, and no bilateral code: a code for each side.
  if (!side && sides[2]![1].test(statement)) {
    const [right, left] = [0, 1].map((i) => kids.find((k) => sides[i]![0].test(k.title)));
    const r = right && completeCode(codeSets, right.code, dos, statement, depth + 1);
    const l = left && completeCode(codeSets, left.code, dos, statement, depth + 1);
    if (r && l) {
      const why = 'ICD-10-CM I.B.13: bilateral, and no bilateral code: right and left';
      return { ...r, why: r.why ? `${why}; ${r.why}` : why, also: { ...l, why: l.why ? `${why}; ${l.why}` : why } };
    }
  }
  const pick = side ? kids.find((k) => side[0].test(k.title)) : kids.find((k) => !sides.some(([re]) => re.test(k.title)));
  if (!pick) return null;
  const done = completeCode(codeSets, pick.code, dos, statement, depth + 1, episode);
  if (!done) return null;
  const why = `ICD-10-CM I.B.13: ${side ? 'the side documented' : 'side not documented, unspecified side'}`;
  return { ...done, why: done.why ? `${why}; ${done.why}` : why };
}

/**
 * The code of the category that says, in place of a title's "unspecified <axis>", a word the statement
 * documents: "Dementia in other diseases classified elsewhere, unspecified severity, without behavioral
 * disturbance ..." (F02.80) with "mild" said is F02.A0 "..., mild, without behavioral disturbance ..."
 * (I.B.18). Null when the title leaves no axis unspecified or no single code names the word.
 */
export function byUnspecifiedAxis(codeSets: CodeSets, code: string, dos: string | undefined, statement: string): IcdHit | null {
  const hit = codeSets.icd(code, dos);
  // The axis a title leaves open, not the condition it opens with ("Unspecified dementia, unspecified severity, ...": severity).
  const axes = hit ? [...hit.title.matchAll(/\bunspecified (\w+)/gi)] : [];
  const axis = axes.find((a) => a.index > 0) ?? axes[0];
  if (!hit?.billable || !axis) return null;
  const open = tokenize(axis[1]!)[0]?.stem;
  const named = codesAdding(codeSets, hit, dos, statement, affirmed).filter((c) => c.lost.every((w) => w === open));
  return named.length === 1 ? codeSets.icd(named[0]!.code, dos) : null;
}

/**
 * The code of the category that names the most of what the statement documents in place of an
 * unspecified code's open axes (F02.80 "..., unspecified severity, without behavioral disturbance ..."
 * with "moderate, with agitation" said is F02.B11 "..., moderate, with agitation"; I.B.18): every word
 * it adds is said, negated words ("without", "no") read as such. Null when none adds a word.
 */
export function byDocumentedAxes(codeSets: CodeSets, code: string, dos: string | undefined, statement: string): Completed | null {
  const hit = codeSets.icd(code, dos);
  if (!hit?.billable || !/\bunspecified\b/i.test(hit.title)) return null;
  const best = codesAdding(codeSets, hit, dos, statement, marked).reduce<{ code: string; added: string[] } | null>(
    (b, c) => (!b || c.added.length > b.added.length ? c : b),
    null,
  );
  const done = best && codeSets.icd(best.code, dos);
  return done
    ? { code: done.code, title: done.title, why: `ICD-10-CM I.B.18: ${hit.code} leaves open what the statement documents; ${done.code} names it` }
    : null;
}

/**
 * The billable, specified codes of an unspecified code's category that add at least one word to its
 * title, every added word said in the statement: each with the words it adds and the words it drops.
 */
/** A text's affirmed words; its words with denied ones marked "!" ("without behavioral disturbance"). */
const affirmed = (t: string) => tokenize(t).filter((w) => !w.neg);
const marked = (t: string) => tokenize(t).map((w) => ({ ...w, stem: w.neg ? `!${w.stem}` : w.stem }));
/** Each reading's stems of a title, kept: a category's titles are read for every statement that reaches it. */
const titleStems = new Map<(text: string) => Token[], Map<string, Set<string>>>();

function codesAdding(
  codeSets: CodeSets,
  hit: IcdHit,
  dos: string | undefined,
  statement: string,
  words: (text: string) => Token[],
): { code: string; added: string[]; lost: string[] }[] {
  let cache = titleStems.get(words);
  if (!cache) titleStems.set(words, (cache = new Map()));
  const stems = (t: string) => {
    let st = cache.get(t);
    if (!st) cache.set(t, (st = new Set(words(t).map((w) => w.stem))));
    return st;
  };
  const mine = stems(hit.title);
  const said = new Set(words(statement).map((w) => w.stem));
  const out: { code: string; added: string[]; lost: string[] }[] = [];
  for (const [c, billable, title] of codeSets.icdEntriesUnder(hit.code.slice(0, 3), dos)) {
    // A title opening with its condition's own "Unspecified" ("Unspecified dementia, moderate, ...") leaves no axis open.
    // An axis both leave unspecified ("unspecified severity") is no open axis of this one.
    const open = title.replace(/^unspecified\s+/i, '').replace(/\bunspecified \w+/gi, (p) => (hit.title.includes(p) ? '' : p));
    if (!billable || c === hit.code.replace('.', '') || /\bunspecified\b/i.test(open)) continue;
    const theirs = stems(title);
    const added = [...theirs].filter((w) => !mine.has(w));
    if (added.length > 0 && added.every((w) => said.has(w))) out.push({ code: c, added, lost: [...mine].filter((w) => !theirs.has(w)) });
  }
  return out;
}

/**
 * A category's own "unspecified" code (M05.9 "Rheumatoid arthritis with rheumatoid factor,
 * unspecified") leaves every axis of the category open. A code further down that adds only what the
 * statement documents ("multiple sites") and the defaults its "without" clause states (I.A.6-7: M05.79
 * "... of multiple sites without organ or systems involvement") is the statement's code (I.B.18:
 * unspecified only when the record says no more); "Other" gives way to a code naming the detail.
 */
function byCategoryCode(codeSets: CodeSets, hit: IcdHit, dos: string | undefined, statement: string, said: Set<string>, mine: Set<string>): Completed | null {
  const side = /^(?:right|left|bilateral|unilateral)$/;
  let named = codeSets.icdEntriesUnder(hit.code.slice(0, 3), dos).filter(([code, billable, title]) => {
    if (!billable || code.length < 5 || /\bunspecified\b/i.test(title)) return false;
    // A "without" clause denying a word of the code's own kind ("Rheumatoid arthritis without rheumatoid factor" beside
    // "Rheumatoid arthritis, unspecified") names another kind, not a default (I.A.6-7 defaults deny what the title adds).
    if (tokenize(title).some((t) => t.neg && mine.has(t.stem))) return false;
    const words = tokenize(title).filter((t) => !t.neg);
    return words.some((t) => !mine.has(t.stem) && said.has(t.stem) && !side.test(t.stem)) && words.every((t) => mine.has(t.stem) || said.has(t.stem));
  });
  // I.A.9.a: an "Other" code is for another kind than the category names; a site or side said names no kind.
  named = named.filter(([, , title]) => !/^other\b/i.test(title));
  // I.C.13.a: "multiple sites" said outright is the multiple-sites code, whatever one site is said beside it
  // ("RA, seropositive, multiple sites, ... mild R wrist synovitis").
  const multiple = named.filter(([, , title]) => /\bmultiple sites\b/i.test(title));
  if (named.length > 1 && said.has('multiple') && multiple.length === 1) named = multiple;
  // I.C.13.a: sites of more than one subdivision named ("hands, wrists and feet") are multiple sites, where the
  // category has that code and nothing else of its title is left unsaid.
  if (named.length === 0) named = multipleSitesNamed(codeSets, hit.code.slice(0, 3), dos, said, mine);
  if (named.length !== 1) return null;
  const done = completeCode(codeSets, named[0]![0], dos, statement, 1);
  if (!done) return null;
  const why = `ICD-10-CM I.B.18: ${hit.code} leaves unsaid what the statement documents; ${done.code} names it`;
  return { ...done, why: done.why ? `${why}; ${done.why}` : why };
}

/** The category's one "multiple sites" code, when the statement names body sites no one code of it names together. */
function multipleSitesNamed(
  codeSets: CodeSets,
  category: string,
  dos: string | undefined,
  said: Set<string>,
  mine: Set<string>,
): ReturnType<CodeSets['icdEntriesUnder']> {
  const sites = indexSites(codeSets).filter((ws) => ws.every((w) => said.has(w)));
  const distinct = sites.filter((ws) => !sites.some((o) => o !== ws && o.length > ws.length && ws.every((w) => o.includes(w))));
  if (distinct.length < 2) return [];
  const entries = codeSets.icdEntriesUnder(category, dos).filter(([, billable]) => billable);
  const namesAll = (title: string) => {
    const words = new Set(tokenize(title).map((t) => t.stem));
    return distinct.every((ws) => ws.every((w) => words.has(w)));
  };
  if (entries.some(([, , title]) => namesAll(title))) return [];
  return entries.filter(
    ([, , title]) =>
      /\bmultiple sites\b/i.test(title) &&
      !/^other\b/i.test(title) &&
      tokenize(title)
        .filter((t) => !t.neg)
        .every((t) => mine.has(t.stem) || said.has(t.stem) || t.stem === 'multiple' || t.stem === 'site'),
  );
}

/**
 * ICD-10-CM I.A.9 / I.B.2: a billable "unspecified" code (M05.10 "... of unspecified site") whose
 * sibling names a word the statement documents ("hand") is not the statement's code: the sibling,
 * completed along the statement's other axes (the side), is. Null when no single sibling is named.
 */
export function bySibling(codeSets: CodeSets, code: string, dos: string | undefined, statement: string, reached: readonly string[] = []): Completed | null {
  const hit = codeSets.icd(code, dos);
  const flat = code.replace('.', '');
  if (!hit?.billable || !/\bunspecified\b/i.test(hit.title) || flat.length < 4) return null;
  const parent = codeSets.icd(flat.slice(0, -1), dos);
  if (!parent || parent.billable) return null;
  const said = new Set(
    tokenize(statement)
      .filter((t) => !t.neg)
      .map((t) => t.stem),
  );
  const mine = new Set(tokenize(hit.title).map((t) => t.stem));
  if (flat.length === 4) return byCategoryCode(codeSets, hit, dos, statement, said, mine);
  const kids = [...'0123456789X'].map((c) => codeSets.icd(flat.slice(0, -1) + c, dos)).filter((k) => k !== null && k.code !== hit.code);
  // Only the axis the code leaves unspecified: the sibling names what "unspecified" stands for
  // ("of unspecified site" -> "of hand"), not another axis ("unspecified dementia ... with agitation").
  // A sibling for one sex ("... of other male genital organs") is the patient record's to choose, not the note's words (CMS MCE).
  // The detail is the sibling's words as a whole, said by at least half of them and by one no other sibling has: one of
  // several ("skin" of "limited to breakdown of skin", L97.111, for "skin ulcer of right thigh"), or one its siblings
  // share ("muscle" of "Myalgia of mastication muscle" and "... of auxiliary muscles"), names another detail.
  const names = (k: { title: string }) => {
    if (/\bunspecified\b/i.test(k.title) || /\b(?:fe)?male\b/i.test(k.title)) return false;
    const added = tokenize(k.title).filter((t) => !mine.has(t.stem) && !/^(?:right|left|bilateral|unilateral)$/.test(t.stem));
    // Its own word is no word of the Index path that reached this code: those name the code ("Arthritis, psoriatic"
    // L40.50 is no "Psoriatic arthritis mutilans" L40.52 until "mutilans" is said).
    const named = added.filter((t) => said.has(t.stem));
    const own = (stem: string) => kids.every((o) => o === k || !tokenize(o!.title).some((t) => t.stem === stem));
    return named.length * 2 >= added.length && named.some((t) => own(t.stem) && !reached.includes(t.stem));
  };
  let named = kids.filter((k) => names(k!));
  // The axis left unspecified may be the character above ("Nicotine dependence, unspecified,
  // uncomplicated" F17.200: the product is F17.2's axis): the parent's sibling that names the
  // detail, with this code's own last character ("cigarettes" -> F17.210).
  if (named.length === 0 && /\bunspecified\b/i.test(parent.title) && flat.length >= 6) {
    const up = [...'0123456789X']
      .map((c) => codeSets.icd(flat.slice(0, -2) + c + flat.slice(-1), dos))
      .filter((k) => k?.billable && k.code !== hit.code && !codeSets.icd(k.code.replace('.', '').slice(0, -1), dos)?.billable);
    // One character further from the code, every word the sibling adds must be said ("Tobacco use
    // disorder" says "tobacco", not "chewing tobacco").
    const parentWords = new Set(tokenize(parent.title).map((t) => t.stem));
    const addsOnlySaid = (k: { title: string }) => tokenize(k.title).every((t) => mine.has(t.stem) || parentWords.has(t.stem) || said.has(t.stem));
    named = up.filter((k) => names(k!) && addsOnlySaid(k!));
    // Or the parent's sibling header, whose own characters then follow the statement's other axes ("Other
    // meniscus derangements, unspecified medial meniscus, left knee" M23.304 -> "posterior horn of medial meniscus" M23.32-, left M23.322).
    if (named.length === 0)
      named = [...'0123456789X']
        .map((c) => codeSets.icd(flat.slice(0, -2) + c, dos))
        .filter((k) => k && !k.billable && k.code !== parent.code && names(k) && addsOnlySaid(k));
  }
  // "Other" is for a detail no code names (I.A.9.a): a sibling naming the detail itself comes first.
  if (named.length > 1) named = named.filter((k) => !/\bother\b/i.test(k!.title));
  if (named.length !== 1) return null;
  const done = completeCode(codeSets, named[0]!.code, dos, statement, 1);
  if (!done) return null;
  const why = `ICD-10-CM I.A.9: ${hit.code} is for a detail not documented; the statement documents ${named[0]!.code}`;
  return { ...done, why: done.why ? `${why}; ${done.why}` : why, ...(done.also && { also: done.also }) };
}
