import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { shorthandInContext } from '../lexicon/resolve-shorthand.ts';
import { genericNouns, tokenize, type Token } from '../text/tokens.ts';
import { physiologicalCause } from './physiological-cause.ts';
import { apart, causeClauses, causeSides, namesRelation, organismWords, statesCause, wordClauses } from './cause-clauses.ts';
import { byDocumentedAxes, bySibling, byUnspecifiedAxis, completeCode, type Completed } from './complete-code.ts';
import { conditionKeys } from './condition-keys.ts';
import { codeInjuries } from './injury-hits.ts';
import { matchTitles, type TitleMatch } from './match-title.ts';
import { byLocDuration } from '../specificity/loc-duration.ts';
import { bySide, bySite } from '../specificity/site-axis.ts';
import { limbParts } from '../specificity/limb-region.ts';
import { spanOf } from './span-of.ts';
import { acrossSemicolons, borrows, expansions, itemBreaks, joinsCovered, linkSaid, ownWords, unsaidDiseaseOf } from './term-words.ts';
import { titleOfInitials } from './title-initials.ts';
import { formHeads, indexTree } from './index-source.ts';
import { keyIdf, titleIndex } from './title-index.ts';

import { bareName, manifestation } from './bare-name.ts';

/** An injury or external effect of unspecified site, region or kind ("Burn of unspecified body region"). */
const unplacedInjury =
  /\bunspecified (?:body region|sites?|parts?|regions?|degree|injury|effects?|external cause)\b|^unspecified\b|^other specified\b|\b(?:site|part|region) unspecified\b|,\s*unspecified\b/i;

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
  asides: string[] = [],
  episodeEnd = end,
): StatementHit[] {
  const idx = titleIndex(codeSets, dos);
  // Context tokens (the patient is a newborn) carry no place in the text: start -1, never evidence.
  // `skip`: parts of the statement a context cue governs (context/governed.ts), not words of its diagnosis.
  // Clauses a stated cause separates ("CKD secondary to | hypertension"): a phrase's own condition is named
  // within one (cause-clauses.ts). A scoped search (`prefix`) is a rule reading the relation itself (B95-B97 "as the cause of").
  const conditions = conditionKeys(codeSets, dos);
  const clauses = prefix ? [] : causeClauses(text, start, end, conditions);
  const opts = {
    sex,
    conditions,
    ...(prefix && { prefix }),
    ...(optional && { optional }),
    ...(mainTerms && { mainTerms }),
    ...(clauses.length && { clauses, causeSides: causeSides(text, clauses) }),
    ...(!prefix && !statesCause(text, start, end) && { causeStated: false, organisms: organismWords(codeSets, dos) }),
  };
  const listed = shorthandInContext(text, start, end, codeSets.abbreviations?.(), (toks) => matchTitles(idx, [...toks, ...context], opts, 1)[0]);
  const expanded = expandTokens(text, start, end, listed);
  const said = skip.length ? expanded.filter((t) => !skip.some(([a, b]) => t.start >= a && t.start < b)) : expanded;
  // Shorthand the vocabulary does not know, spelling one current-year title's initials ("RRMS"), as
  // the statement's head: the diagnosis a problem line opens with, not a word of its plan ("per ACIP").
  const spelled = said.slice(0, 2).flatMap((t) => {
    if (idx.vocab.ids.has(t.stem)) return [];
    const title = titleOfInitials(codeSets, dos, text.slice(t.start, t.end));
    return title ? tokenize(title).map((w) => ({ ...w, start: t.start, end: t.end, neg: t.neg, ...(t.paren && { paren: true }) })) : [];
  });
  // A mental disorder "due to" a condition the note names is the Index's "due to general medical condition"; a cause
  // that is itself a mental disorder (chapter 5: "insomnia attributed to anxiety") is no medical condition.
  const causeWords = clauses.length ? said.filter((t) => t.start >= clauses[0]! && t.start < (clauses[1] ?? end)) : [];
  const medical =
    opts.causeSides?.[0] === 1 && conditions && !matchTitles(idx, causeWords, opts, 1)[0]?.code.startsWith('F')
      ? physiologicalCause(
          codeSets,
          said.filter((t) => t.start < clauses[0]!),
          causeWords,
          conditions,
        )
      : [];
  const tokens = [...said, ...mainTermsOfForms(codeSets, text, said), ...spelled, ...context, ...medical];
  const out: StatementHit[] = [];
  const covered = new Set<string>();
  // The first code reached by its Index path's cause, with that cause's words (I.A.13 "code first").
  let underlying: { at: number; words: Set<string> } | undefined;
  const clauseOf = clauses.length ? wordClauses(tokens, clauses) : undefined;
  const idf = (k: string) => {
    const id = idx.vocab.ids.get(k);
    return id === undefined ? 0 : keyIdf(idx, id);
  };
  // Words said outside parentheses: a further code needs one of its own there, not only an aside.
  const plain = new Set(tokens.filter((t) => !t.paren).map((t) => t.stem));
  const affirmed = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
  // Words the statement says and nowhere denies ("without abscess" beside "abscess" is no abscess said).
  const affirmedOnly = new Set([...affirmed].filter((w) => !tokens.some((t) => t.neg && t.stem === w)));
  // Manifestation codes ("Pneumonia in diseases classified elsewhere") follow their etiology: never a statement's first code.
  const spans = expansions(tokens);
  const titleOf = (code: string) => codeSets.icd(code, dos)?.title ?? '';
  const semis = itemBreaks(text, start, end);
  const all = matchTitles(
    idx,
    tokens,
    {
      ...opts,
      refuse: (c) =>
        borrows(c, spans, tokens, optional) ||
        acrossSemicolons(c, tokens, semis) ||
        (c.via === 'index' && unsaidDiseaseOf(c, tokens, conditions)) ||
        (!prefix && pregnancyUnsaid(c, tokens)) ||
        (c.via === 'index' && limbPartAdded(c, tokens)) ||
        (c.via === 'inclusion' && deniesSaid(titleOf(c.code), affirmedOnly)),
    },
    40,
  );
  const cands = natureFirst(
    namedSiblingFirst(
      residualAfterIndex(
        specifiedFirst(
          documentedAxisFirst([...all.filter((c) => !manifestation.test(c.title)), ...all.filter((c) => manifestation.test(c.title))], plain, titleOf),
          titleOf,
          plain,
          affirmed,
        ),
        titleOf,
        plain,
      ),
    ),
  );
  // Sides as the note's shorthand says them ("R ankle", "L palm", "b/l"), for completing a header by side (I.B.13).
  // A side closing its clause after a "without" detail ("Mild NPDR w/o macular edema OU, T2DM") is the statement's, not denied.
  const closing = (t: Token) => t.start >= 0 && /^\s*(?:[,;.)]|$)/.test(text.slice(t.end, end));
  const sides = tokens.filter((t) => (!t.neg || closing(t)) && (t.stem === 'right' || t.stem === 'left' || t.stem === 'bilateral')).map((t) => t.stem);
  // The patient's context (a newborn, a current pregnancy: `asides`) completes a header as an aside too.
  const extra = [...new Set([...sides, ...context.map((t) => t.stem), ...asides])];
  const aside = extra.length ? ` (${extra.join(' ')})` : '';
  const statement = `${text.slice(start, end)}${aside}`;
  // The encounter (7th character) is read over the whole statement, its plan sentences included ("- routine healing").
  const episode = text.slice(start, Math.max(end, episodeEnd));
  // A header is completed along the axes the whole statement documents, its aside after " - " included
  // ("Alcohol dependence w/ withdrawal - uncomplicated": F10.230).
  const documented = `${episode}${aside}`;
  // Injuries by Index navigation (I.C.19): the path's words are the injury's, never another chapter's homonym ("torus").
  const injury = prefix
    ? { hits: [], words: new Set<string>(), main: new Set<string>() }
    : codeInjuries(codeSets, dos, text, start, end, Math.max(end, episodeEnd), skip, idf);
  for (const h of injury.hits) {
    h.req.forEach((k) => covered.add(k));
    out.push(h);
  }
  for (const c of deeperFirst(codeSets, dos, cands, documented)) {
    if (out.length >= 3) break;
    const keys = c.req.filter((k) => !k.startsWith('!'));
    if (c.service) {
      keys.forEach((k) => covered.add(k));
      continue;
    }
    // Follow-up and aftercare of an injury are its code with the 7th character D, not Z09 / Z47 / Z48 (I.C.21.c.7, I.C.19.a).
    if (injury.hits.length && /^Z(?:09|47|48)/.test(c.code)) continue;
    // The injury's words are the injury's: no other title reads its main word ("Follow-up, fracture" Z09)
    // or only its words ("Torus" M27.0 for a torus fracture).
    if (keys.some((k) => injury.main.has(k)) || (injury.words.size && keys.every((k) => injury.words.has(k)))) continue;
    // A generic noun ("disease" of "degenerative disc disease") is no new word of a further condition.
    // Nor is a word an earlier code's compound ends in: "colitis" of "ulcerative colitis, pancolitis" is the pancolitis K51.00 names.
    const fresh = keys.filter((k) => !covered.has(k) && idf(k) > 2.5 && !genericNouns.has(k) && !compoundOf(k, covered));
    // A further code must bring mostly new words, not reuse the first one's ("acute … failure").
    // A side bound to another site ("R 1st MTP ... L elbow": left is the elbow's) is not this code's.
    if (!sideAgrees(c, tokens)) continue;
    // The same condition at a further site ("... at R 1st MTP and L elbow"): its own code (I.C.13.a).
    const site = out.length > 0 && out.some((o) => o.code.slice(0, 3) === c.code.slice(0, 3) && otherSite(o, c, plain, covered));
    // A phrase naming the relation the statement states across its clauses ("Anemia secondary to CKD 3a") may reuse their words.
    const relation = out.length > 0 && !!clauseOf && fresh.length > 0 && namesRelation(c.title, keys, clauseOf);
    // I.A.15: a title joining a new condition to the one an earlier code took by "in" ("Anemia in chronic kidney
    // disease" after N18.4 for "Anemia in CKD stage 4") names their link, which the statement states too. ("With"
    // combinations are the guideline rules' to build: diabetes.ts, hypertension.ts.)
    const linked = out.length > 0 && fresh.length > 0 && joinsCovered(c.title, keys, fresh, covered) && linkSaid.test(statement);
    // I.A.13: the Index lists a manifestation in brackets beside its etiology ("Disease, Alzheimer's G30.9 [F02.80]"):
    // the words that gave the etiology give the manifestation too, sequenced after it.
    const bracketed =
      c.via === 'index' &&
      out.length > 0 &&
      manifestation.test(codeSets.icd(c.code, dos)?.title ?? '') &&
      keys.every((k) => covered.has(k) || genericNouns.has(k));
    // A part of a limb an earlier code took is the further condition's site too ("Cellulitis with abscess of left
    // thigh": the thigh is the abscess's, L02.416): its own words are weighed without it.
    const core = keys.filter((k) => !(covered.has(k) && limbParts.has(k)));
    if (
      !site &&
      !relation &&
      !bracketed &&
      !linked &&
      out.length > 0 &&
      (!fresh.some((k) => plain.has(k)) || ownWords(core, covered, said).length * 2 <= core.length)
    )
      continue;
    if (!site && out.some((o) => o.code.slice(0, 3) === c.code.slice(0, 3))) continue;
    // A further code rests on at least two words: one generic word ("viral", "screening") is not a
    // diagnosis, unless it is a short title's whole name ("Cough and fever": "Fever, unspecified").
    if (out.length > 0 && (c.score < 6 || (c.matched < 2 && !bareName(c, tokens, text)))) continue;
    // External causes (V00-Y99) are supplementary and optional (I.C.20): never read from a diagnosis statement.
    if (!prefix && /^[V-Y]/.test(c.code)) continue;
    const found = completeCode(codeSets, c.code, dos, documented, 0, episode);
    const first = found && (bySibling(codeSets, found.code, dos, documented, c.via === 'index' ? keys : []) ?? found);
    if (!first) continue;
    const sited = bySite(codeSets, dos, first.code, first.title, affirmed) ?? first;
    const sidedDone = bySide(codeSets, dos, sited.code, sited.title, [...new Set(sides)]) ?? sited;
    // A bracketed manifestation is completed along the axes the statement documents (severity, disturbance).
    // An axis the code names "unspecified" ("..., unspecified severity, ...") that the statement documents ("moderate")
    // is the category's code naming it (I.B.18: F03.90 -> F03.B0).
    const done =
      (bracketed && byDocumentedAxes(codeSets, sidedDone.code, dos, documented)) ||
      axisNamed(codeSets, sidedDone, dos, documented) ||
      byLocDuration(codeSets, dos, sidedDone.code, sidedDone.title, documented) ||
      sidedDone;
    // A residual code ("Other specified disorders of the skin") beside a statement's diagnosis is a
    // word of its description ("with sinus tract"), unless three words of the note name it.
    // A condition the Index names plainly (its unspecified code) in another clause of a stated cause
    // than the first code's describes nothing of it (cause-clauses.ts), nor does one named by its bare
    // name in an undivided statement ("Gastroenteritis with dehydration": K52.9; list items are refined
    // one by one, list-items.ts); an "other" code still needs its detail.
    const own = !!clauseOf && out.length > 0 && apart(keys, out[0]!.req, clauseOf);
    if (
      out.length > 0 &&
      c.matched < 3 &&
      (/^other\b/i.test(done.title) || (!own && !(semis.length === 0 && bareName(c, tokens, text)) && c.via !== 'title' && /\bunspecified\b/i.test(done.title)))
    )
      continue;
    // A further residual whose kind (its title before the site) the first code already took ("Other specified arthritis,
    // right hand" after M06.9 for "Rheumatoid arthritis of right hand") names no other condition, only the site (I.A.9.a).
    if (out.length > 0 && /^other\b/i.test(done.title) && tokenize(done.title.split(',')[0]!).every((t) => covered.has(t.stem) || !keys.includes(t.stem)))
      continue;
    // Injuries are classified by site and kind (I.C.19): one word ("burn" safety, "freezing" of gait,
    // smoke "exposure") naming neither gives no injury of unspecified site or kind, nor an effect of an
    // external cause. A word naming both ("Concussion": S06.0X9A, its duration unspecified) is the injury.
    if (!prefix && c.matched < 2 && /^[ST]/.test(done.code) && unplacedInjury.test(done.title) && !(/^T(?:7[89]|8\d)/.test(done.code) && headTerm(c, said)))
      continue;
    // A tear said to be degenerative or nontraumatic is no current injury (Index: "Tear, meniscus (current
    // injury)" S83.2- beside "Derangement, knee, meniscus, degenerate" M23.3-; "Tear, rotator cuff (nontraumatic)" M75.1-).
    if (!prefix && /^S/.test(done.code) && notInjury.test(statement)) continue;
    // An "other" code is for a detail the note documents that no code names (I.A.9.a): one word
    // matching its title ("counseling") documents none. The Index or an inclusion term naming the
    // word ("Lung disease NOS" at J98.4) is the classification's own route and stands.
    if (c.matched < 2 && c.via === 'title' && /^other\b/i.test(done.title)) continue;
    const cause = c.via === 'index' && codeSets.icdNotes(done.code, dos).underlying ? causeOfPath(c.title) : new Set<string>();
    keys.forEach((k) => cause.has(k) || covered.add(k));
    if (cause.size && !underlying) underlying = { at: out.length, words: cause };
    // A shorthand names one term: the words of its expansion ("CAD": atherosclerotic heart disease of
    // native coronary artery) are this code's when it matched one of them, never a further code's.
    for (const words of spans.values()) if (words.filter((w) => keys.includes(w)).length >= 2) words.forEach((w) => covered.add(w));
    // The note's word kept beside the words an entry adds ("carcinoma", "malignant neoplasm") is one term with them.
    // So are the words an entry adds beside the note's ("low back pain" read as Lumbago too): the note's words are that code's.
    for (const t of tokens) {
      if (!keys.includes(t.stem)) continue;
      const span = tokens.filter((o) => o.start === t.start && o.end === t.end);
      if (span.some((o) => o.kept)) for (const o of span) covered.add(o.stem);
    }
    // Words the code's own title names are this code's too: those a completion took from the statement
    // (the side, the episode), and those its title holds as a nonessential modifier ("Iron deficiency
    // anemia secondary to blood loss (chronic)" for "… d/t chronic GI blood loss": no D63.8 from "chronic").
    const completed = done.code.replace('.', '') !== c.code;
    // An Index path's code whose title names a word of the statement the path held as a nonessential modifier ("Ulcer,
    // lower limb (chronic), calf" L97.20-, "Non-pressure chronic ulcer of ..."): that word is the code's as well.
    const modifier = c.via === 'index' && !!c.opt;
    for (const t of tokenize(done.title))
      if (plain.has(t.stem) && (completed || t.paren || (modifier && c.opt!.includes(t.stem))) && !cause.has(t.stem)) covered.add(t.stem);
    const span = spanOf(tokens, keys);
    const route =
      c.via === 'index'
        ? `ICD-10-CM I.B.1: Alphabetic Index "${c.title}", verified in the Tabular List`
        : c.via === 'inclusion'
          ? `ICD-10-CM I.A.11: inclusion term "${c.title}" of ${done.code}`
          : '';
    const why = [route, done.why ?? ''].filter(Boolean).join('; ');
    const hit: TitleMatch = { ...c, code: done.code.replace('.', ''), title: done.title, ...(why && { why }) };
    const placed = excludes1Redirect(codeSets, dos, hit, tokens, statement, clauseOf);
    // A redirect into a code that an earlier code of the statement excludes ("Hypoglycemia in T2DM due to
    // insulin": E16.0's "diabetes with hypoglycemia (E09.649)" beside E11.649, whose Excludes1 names E09):
    // the earlier combination code already classifies the condition (I.A.12.a).
    if (placed.code !== hit.code && out.some((o) => excludes(codeSets, dos, o.code, placed.code))) continue;
    out.push({ ...placed, start: span[0] ?? start, end: span[1] ?? end });
    // Bilateral with no bilateral code: the other side's code from the same words (I.B.13).
    if (done.also)
      out.push({
        ...hit,
        code: done.also.code.replace('.', ''),
        title: done.also.title,
        why: [route, done.also.why ?? ''].filter(Boolean).join('; '),
        start: span[0] ?? start,
        end: span[1] ?? end,
      });
  }
  // The condition a "code first underlying disease" names goes before the code that asks for it.
  if (underlying) {
    const { at, words } = underlying;
    const cause = out.findIndex((h, i) => i > at && h.req.some((k) => words.has(k)));
    if (cause > 0) out.splice(at, 0, ...out.splice(cause, 1));
  }
  return specifiedType(codeSets, dos, out);
}

/**
 * ICD-10-CM I.A.13 ("Code first underlying disease"): an Index path that reaches a code by its cause
 * ("Varix, esophagus, in (due to), portal hypertension" I85.10) names a condition coded first in its
 * own right. The cause's words stay free for a further code (K76.6) rather than being this code's.
 */
function causeOfPath(path: string): Set<string> {
  const parts = path.split(', ');
  const at = parts.findIndex((p, i) => i > 0 && /^(?:in|due to|secondary to)\b/i.test(p));
  if (at < 0) return new Set();
  return new Set(
    tokenize(
      parts
        .slice(at)
        .join(' ')
        .replace(/^(?:in|due to|secondary to)\b/i, ''),
    ).map((t) => t.stem),
  );
}

/**
 * An Index main term alone that opens the statement names its condition whole: an adverse effect or
 * complication of T78-T88 ("Anaphylaxis" T78.2, its cause unspecified) is the statement's diagnosis,
 * though an injury word alone ("Abrasion cleaned") is no injury of unspecified site.
 */
function headTerm(c: TitleMatch, said: Token[]): boolean {
  const first = said.find((t) => t.start >= 0);
  return c.via === 'index' && !c.title.includes(',') && !!first && c.req.length === 1 && c.req[0] === first.stem;
}

const notInjury = /\b(?:degenerative|degenerated|degenerate|nontraumatic|non-traumatic|atraumatic)\b/i;

/**
 * ICD-10-CM I.A.15 ("with") and the Tabular's "code also other specified type of pneumonia" (J10.08):
 * a combination "with unspecified type of X" beside a code of a specified X from the same statement
 * ("MRSA pneumonia", J15.212) is the sibling "with other specified X", listed before it: it names both.
 */
function specifiedType(codeSets: CodeSets, dos: string | undefined, out: StatementHit[]): StatementHit[] {
  for (const [i, h] of out.entries()) {
    const m = /\bwith unspecified type of (\w+)/i.exec(h.title);
    if (!m) continue;
    const noun = new RegExp(`\\b${m[1]}\\b`, 'i');
    if (!out.some((o) => o !== h && noun.test(o.title) && !/\bunspecified\b/i.test(o.title))) continue;
    const kids = [...'0123456789'].map((c) => codeSets.icd(h.code.slice(0, -1) + c, dos)).filter((k) => k?.billable);
    const other = kids.find((k) => new RegExp(`\\bwith other specified ${m[1]}\\b`, 'i').test(k!.title));
    if (!other) continue;
    const why = `ICD-10-CM I.A.15: "with" combination, the ${m[1]} is of a specified type (code also the ${m[1]})`;
    out.splice(i, 1);
    out.unshift({ ...h, code: other.code.replace('.', ''), title: other.title, why: [h.why, why].filter(Boolean).join('; ') });
  }
  return out;
}

const sideWords = new Set(['right', 'left']);

/**
 * ICD-10-CM I.B.13: a side names the body part right after it ("R 1st MTP", "L elbow"). A title's
 * side must be the one nearest before each of its other words that has a side within four words.
 */
function sideAgrees(c: TitleMatch, tokens: Token[]): boolean {
  const mine = c.req.find((k) => sideWords.has(k));
  if (!mine) return true;
  const said = tokens.filter((t) => t.start >= 0 && !t.neg).sort((a, b) => a.start - b.start);
  // A side said only in an aside gives way to another side the statement says outright ("both eyes
  // (OD center-involved)": bilateral).
  const plainSides = said.filter((t) => !t.paren && (sideWords.has(t.stem) || t.stem === 'bilateral')).map((t) => t.stem);
  if (plainSides.length && !plainSides.includes(mine) && said.some((t) => t.paren && t.stem === mine)) return false;
  return c.req
    .filter((k) => !sideWords.has(k) && k !== 'unilateral' && !k.startsWith('!'))
    .every((k) =>
      said.every((t, i) => {
        if (t.stem !== k) return true;
        const near = said
          .slice(Math.max(0, i - 4), i)
          .filter((x) => sideWords.has(x.stem))
          .at(-1);
        return !near || near.stem === mine;
      }),
    );
}

/**
 * ICD-10-CM I.C.13.a (musculoskeletal sites): a further code of a chapter 13 category already
 * reported, for another site of the same condition: it shares at least three of the first code's
 * words, and what it adds is a site the statement names that no code has taken yet (a word, not a
 * side alone or a number).
 */
function otherSite(o: TitleMatch, c: TitleMatch, plain: Set<string>, covered: Set<string>): boolean {
  if (!c.code.startsWith('M')) return false;
  const theirs = new Set(o.req);
  const shared = c.req.filter((k) => theirs.has(k));
  const added = c.req.filter((k) => !theirs.has(k) && !k.startsWith('!'));
  return (
    shared.length >= 3 &&
    added.some((k) => !sideWords.has(k) && k !== 'unilateral' && !genericNouns.has(k) && !/^\d/.test(k) && plain.has(k) && !covered.has(k)) &&
    added.every((k) => plain.has(k))
  );
}

const siteUnsaid = /\bunspecified site\b/i;

/** A title's "unspecified" qualifies only a site the statement names ("… unspecified hand" for "both hands"): the side is open. */
function openOnlyAtSaidSite(title: string, said: Set<string>): boolean {
  return [...title.matchAll(/\bunspecified\s+(\w+)/gi)].every((m) => said.has(tokenize(m[1]!)[0]?.stem ?? ''));
}

/**
 * ICD-10-CM I.A.9 / I.B.2: an "unspecified" code is for documentation that lacks the detail. When
 * the best title says "unspecified" and a close rival in the same category names a word the
 * statement documents that the unspecified title leaves out ("Acute suppurative otitis media" over
 * "Suppurative otitis media, unspecified, right ear": the "acute" axis), the rival comes first; its
 * header is then completed by the side and other axes the statement documents (complete-code.ts).
 * A title of "unspecified site" gives way, however much weaker the rival, to a code of the site the
 * statement names with every word it needs ("Primary osteoarthritis, both hands": M19.04-, not
 * M19.91), even one whose side is still open ("unspecified hand"), for the side said to complete.
 */
function documentedAxisFirst(cands: TitleMatch[], said: Set<string>, titleOf: (code: string) => string): TitleMatch[] {
  const top = cands[0];
  if (!top) return cands;
  // An Index path's own words do not say "unspecified": its code's title does ("Osteoarthritis, primary" M19.91).
  const topSite = siteUnsaid.test(top.title) || (top.via === 'index' && siteUnsaid.test(titleOf(top.code)));
  if (!/\bunspecified\b/i.test(top.title) && !topSite) return cands;
  const own = new Set(top.req);
  const rival = cands.find(
    (c) =>
      c !== top &&
      c.code.slice(0, 3) === top.code.slice(0, 3) &&
      (c.score >= top.score * 0.8 || (topSite && c.req.every((k) => k.startsWith('!') || said.has(k)))) &&
      (!/\bunspecified\b/i.test(c.title) || (topSite && openOnlyAtSaidSite(c.title, said))) &&
      c.req.some((k) => !k.startsWith('!') && said.has(k) && !own.has(k)),
  );
  return rival ? [rival, ...cands.filter((c) => c !== rival)] : cands;
}

/**
 * A code whose own title denies a word the statement affirms ("Acute appendicitis with perforation, ..., without
 * abscess" K35.32, reached by its inclusion term "perforated appendicitis", for "Perforated appendicitis with abscess"):
 * an inclusion term says less than the title, which the code is. (Index paths keep their own route: a combination rule
 * reads "without angina" codes beside the angina, I.C.9.b.)
 */
function deniesSaid(title: string, affirmed: Set<string>): boolean {
  return tokenize(title).some((t) => t.neg && affirmed.has(t.stem));
}

/**
 * A limb part that stands for its limb (phrase-term.ts: "Ulcer, (lower limb), ankle") must be the note's own word, not one
 * a rewrite adds beside it ("1st MTP" read with its region "ankle and foot" for chapter 13's sites): the foot's ulcer
 * is not the ankle's.
 */
function limbPartAdded(c: TitleMatch, tokens: Token[]): boolean {
  const part = /\((?:lower|upper) limb\), ([a-z]+)/i.exec(c.title)?.[1];
  if (!part) return false;
  const stem = tokenize(part)[0]?.stem;
  const at = tokens.filter((t) => t.stem === stem && !t.neg);
  return at.length > 0 && at.every((t) => tokens.some((o) => o.kept && o.stem !== stem && o.start === t.start && o.end === t.end));
}

/**
 * A path under "Pregnancy" reached through the patient's current pregnancy, which the statement leaves unsaid
 * (patientContext): the statement's own words must name the complication in two words ("Decreased fetal movements":
 * "Pregnancy, complicated by, decreased fetal movement" O36.81-). One word names an ectopic site or a broad group
 * there ("cervical": "Pregnancy, cervical" O00.8-; "immune disorders NEC"), and a shorthand is one word ("URI").
 */
function pregnancyUnsaid(c: TitleMatch, tokens: Token[]): boolean {
  const by = tokens.filter((t) => t.stem === 'pregnancy');
  if (!c.req.includes('pregnancy') || !by.some((t) => t.start < 0) || by.some((t) => t.start >= 0)) return false;
  const own = new Set(tokens.filter((t) => t.start >= 0 && !t.neg && c.req.includes(t.stem)).map((t) => t.start));
  return own.size < 2;
}

/**
 * A header the statement's own words already reach more deeply (a title under it matched too: "Disease,
 * gastroesophageal reflux, with esophagitis" K21.0 and the inclusion "Reflux esophagitis" K21.00) is left
 * to that title, which is read in the header's place when it is the only one.
 */
function deeperFirst(codeSets: CodeSets, dos: string | undefined, cands: TitleMatch[], statement: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (const c of cands) {
    const header = c.via === 'index' && codeSets.icd(c.code, dos)?.billable === false;
    const deeper = header ? cands.filter((o) => o.code.length > c.code.length && o.code.startsWith(c.code)) : [];
    // One title under it is read in its place; several (by side, by site) are read in their own order. Not one
    // the header's completion along the documented axes disagrees with ("Cellulitis of left thigh": the Index's
    // "Cellulitis, thigh" L03.11- is the left lower limb, L03.116, not the title "Cellulitis of left upper limb").
    if (deeper.length > 1) continue;
    const completed = deeper.length === 1 ? completeCode(codeSets, c.code, dos, statement) : null;
    const pick = deeper[0] && (!completed || completed.code.replace('.', '') === deeper[0].code) ? deeper[0] : c;
    if (!out.includes(pick)) out.push(pick);
  }
  return out;
}

/** Whether `code`'s Excludes1 notes (its own and its category's) name `other`. */
function excludes(codeSets: CodeSets, dos: string | undefined, code: string, other: string): boolean {
  const flat = (c: string) => c.replace('.', '');
  const o = flat(other);
  if (typeof codeSets.icdNotes !== 'function') return false;
  const refs = [code, code.slice(0, 3)].flatMap((c) => codeSets.icdNotes(c, dos)?.excludes1 ?? []);
  return refs.some((r) => (r.range ? o.slice(0, 3) >= flat(r.code).slice(0, 3) && o.slice(0, 3) <= flat(r.range).slice(0, 3) : o.startsWith(flat(r.code))));
}

/**
 * ICD-10-CM I.A.12.a: when the chosen code's Excludes1 note names the statement's own extra detail
 * ("that with hydronephrosis (N13.2)"), the excluded code is the right one. A target that is a
 * header ("gestational diabetes (O24.4-)") is completed along the axes the statement documents
 * (complete-code.ts), or not taken.
 */
function excludes1Redirect(
  codeSets: CodeSets,
  dos: string | undefined,
  c: TitleMatch,
  tokens: Token[],
  statement: string,
  clauseOf?: Map<string, Set<number>>,
): TitleMatch {
  const notes = typeof codeSets.icdNotes === 'function' ? codeSets.icdNotes(c.code, dos) : null;
  const have = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
  const said = new Set(tokens.filter((t) => !t.neg && !t.paren).map((t) => t.stem));
  // Compared with the code's own title: an index path may have reached it by fewer words.
  const own = new Set([...tokenize(c.title).map((t) => t.stem), ...c.req]);
  for (const ref of notes?.excludes1 ?? []) {
    // "X NOS" excludes the unqualified condition, which a qualified statement is not.
    if (ref.range || /\bNOS\b/.test(ref.text)) continue;
    const words = tokenize(ref.text.replace(/\([^)]*\)/g, '').replace(/^that\b/i, ''))
      .filter((t) => !t.neg)
      .map((t) => t.stem);
    if (!words.some((w) => !own.has(w)) || !words.every((w) => have.has(w))) continue;
    // The detail the redirect rests on is the statement's, not only an aside's ("Alcohol abuse (AUD, mild)":
    // the aside's "use" describes the abuse stated, it names no "alcohol use, unspecified").
    if (words.filter((w) => !own.has(w)).every((w) => !said.has(w))) continue;
    // The excluded condition named as the cause in a clause of its own ("Syncope due to orthostatic
    // hypotension from furosemide") is a condition the statement codes in its own right, with its own cause.
    if (clauseOf && apart(c.req, words, clauseOf)) continue;
    const target = codeSets.icd(ref.code, dos);
    const done = target?.billable ? target : target && completeCode(codeSets, target.code, dos, statement);
    if (!done) continue;
    const why = [`ICD-10-CM I.A.12.a: Excludes1 at ${c.code}: "${ref.text}"`, 'why' in done ? done.why : undefined].filter(Boolean).join('; ');
    return { ...c, code: done.code.replace('.', ''), title: done.title, why };
  }
  return c;
}

/**
 * ICD-10-CM I.B (code to the highest degree of specificity documented): an "unspecified" code
 * yields to a code of its category that the statement also reaches with every word and that names
 * a detail the statement says and it leaves out, even in an aside ("AV block (Mobitz II)" is I44.1,
 * not I44.30; a title's "without" words, met by silence, are no such detail), or that
 * scores about as well on more of the statement's words ("RA, seropositive, with rheumatoid lung
 * disease ... hands": M05.14-, not M05.9). "Other" codes are left where they rank: they are for
 * details no code names (I.A.9.a).
 */
function specifiedFirst(cands: TitleMatch[], tabularTitle: (code: string) => string, plain: Set<string>, affirmed: Set<string>): TitleMatch[] {
  const out = [...cands];
  // The side is no detail of the kind: a header completes it ("Otitis, externa, acute" H60.50- for "..., right ear",
  // not "Unspecified otitis externa, right ear" for saying the side; I.B.13).
  const said = (m: TitleMatch) => m.req.filter((w) => plain.has(w) && !sideWords.has(w) && w !== 'unilateral').length;
  // A sibling whose Index path or title names a word of the statement the residual title lacks, and which
  // says every word the residual one matched, says more of the statement though its path is shorter
  // ("Postmenopausal osteoporosis without current fracture": Index: Osteoporosis, postmenopausal M81.0, "Age-related
  // osteoporosis without current pathological fracture"; "Cholelithiasis without cholecystitis or obstruction": K80.20
  // "Calculus of gallbladder without cholecystitis without obstruction", not K80.80 "Other cholelithiasis ...").
  const covers = (o: TitleMatch, c: TitleMatch) => {
    const words = new Set([...o.req, ...tokenize(tabularTitle(o.code)).map((t) => t.stem)]);
    // A "!" key is a word the title says is absent ("without current fracture"): a word of the title all the same.
    const residualWords = new Set(c.req.map((w) => w.replace(/^!/, '')));
    // Or its own title is said whole, where the Index (FY2017) still sends the term to the residual code a later
    // year split it from ("Primary lateral sclerosis": Index G12.29 "Other motor neuron disease", since FY2023 G12.23).
    const own = tabularTitle(o.code);
    const whole = !/\bunspecified\b/i.test(own) && tokenize(own).every((t) => !t.neg && plain.has(t.stem));
    if (!whole && ![...words].some((w) => plain.has(w) && !residualWords.has(w))) return false;
    return [...residualWords].every((w) => !plain.has(w) || words.has(w));
  };
  // A residual title matched by no word its unspecified sibling lacks ("Hodgkin lymphoma": C81.70 "Other Hodgkin
  // lymphoma" beside C81.90 "Hodgkin lymphoma, unspecified"): the statement names no other form (I.A.9.a, I.A.9.b).
  // Nor does its "without" detail ("Other acute appendicitis without perforation or gangrene" K35.890 beside K35.80
  // "Unspecified acute appendicitis", for "acute appendicitis, no perforation or gangrene"): a complication denied is no form.
  const unspecifiedTwin = (o: TitleMatch, c: TitleMatch) => {
    const named = c.req.filter((w) => !w.startsWith('!'));
    if (!/\bunspecified\b/i.test(o.title) || (named.length === c.req.length && o.score < c.score)) return false;
    const words = new Set([...o.req, ...tokenize(tabularTitle(o.code)).map((t) => t.stem)]);
    return named.every((w) => words.has(w));
  };
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    // An Index path's words may not say it ("Arthritis, rheumatoid, seropositive" is M05.9, "..., unspecified").
    // A residual "Other ..." title is for a detail no code names (I.A.9.a): a close sibling naming the
    // statement's detail ("Allergic rhinitis due to pollen" beside "Other seasonal allergic rhinitis") comes first.
    const residual = /^other\b/i.test(c.title) || (c.via === 'index' && /^other\b/i.test(tabularTitle(c.code)));
    if (!residual && !/\bunspecified\b/i.test(c.title) && !/\bunspecified\b/i.test(tabularTitle(c.code))) continue;
    const j = out.findIndex(
      (o, k) =>
        k > i &&
        o.code.slice(0, 3) === c.code.slice(0, 3) &&
        !/^other\b/i.test(o.title) &&
        ((residual && (covers(o, c) || unspecifiedTwin(o, c))) ||
          ((!residual || o.score >= 0.9 * c.score) &&
            ((!/\bunspecified\b/i.test(o.title) &&
              !/\bunspecified\b/i.test(tabularTitle(o.code)) &&
              o.req.some((w) => affirmed.has(w) && !c.req.includes(w))) ||
              (o.score >= 0.8 * c.score && said(o) > said(c))))),
    );
    if (j > i) out.splice(i, 0, out.splice(j, 1)[0]!);
  }
  return out;
}

/** Adverse effect codes of the Table of Drugs: T36-T50 with 5th or 6th character 5. */
const adverseEffectCode = /^T(?:3[6-9]|4\d|50)\w{1,2}5/;

/**
 * ICD-10-CM I.A.9.a: an "Other" code is for a detail the note documents that no code names. A residual title met only
 * by words the Index's own code for the statement also names ("Osteoporosis without fracture": M81.8 "Other
 * osteoporosis without current pathological fracture" beside the Index's Osteoporosis M81.0 "Age-related
 * osteoporosis without current pathological fracture") documents none: the Index's code comes first.
 */
function residualAfterIndex(cands: TitleMatch[], titleOf: (code: string) => string, said: Set<string>): TitleMatch[] {
  const top = cands[0];
  if (!top || top.via !== 'title' || !/^other\b/i.test(top.title)) return cands;
  // A residual "not elsewhere classified" yields to the Index's code in any category: the Index classifies the condition
  // elsewhere ("Bursitis, hip NEC M70.7-" beside M71.55- "Other bursitis, not elsewhere classified, hip"). The side
  // is no detail here: the Index's code is completed by it (I.B.13).
  const nec = /\bnot elsewhere classified\b/i.test(top.title);
  // Nor is the site its title names after the kind ("Other specified rheumatoid arthritis, right hand"): an axis of the
  // residual category, not the other kind it is for; the Index's code (M06.9) classifies the kind the statement names.
  const axis = new Set(tokenize(top.title.split(',').slice(1).join(' ')).map((t) => t.stem));
  const detail = (w: string) => !sideWords.has(w) && w !== 'bilateral' && w !== 'unilateral' && !axis.has(w);
  const indexed = cands.find((c) => {
    if (c.via !== 'index' || (c.code.slice(0, 3) !== top.code.slice(0, 3) && !nec)) return false;
    const own = tokenize(titleOf(c.code));
    const words = new Set(own.map((t) => (t.neg ? `!${t.stem}` : t.stem)));
    // A detail the statement says that the Index's code does not name ("due to immobilization") is the residual's.
    const named = new Set(own.map((t) => t.stem));
    return top.req.filter(detail).every((k) => words.has(k)) && [...said].filter(detail).every((w) => named.has(w) || top.req.includes(`!${w}`));
  });
  if (!indexed) return cands;
  // A residual of another code goes last: the Index's code, or the titles under it that complete it (deeperFirst), come first.
  return top.code.startsWith(indexed.code)
    ? [indexed, ...cands.filter((c) => c !== indexed)]
    : [indexed, ...cands.filter((c) => c !== indexed && c !== top), top];
}

/**
 * ICD-10-CM I.A.9.a: a subdivision titled "other X" is for an X its siblings do not name. When the best title is one
 * ("... diabetes mellitus with other skin ulcer" E13.622, for "Diabetic foot ulcer, ..., limited to breakdown of skin")
 * and a sibling names a word of the statement it lacks ("... with foot ulcer" E13.621), the statement's X is the
 * sibling's: the sibling comes first and the residual goes.
 */
function namedSiblingFirst(cands: TitleMatch[]): TitleMatch[] {
  const top = cands[0];
  if (!top || !/\S.*\bother\b/i.test(top.title)) return cands;
  const own = new Set(top.req);
  const residualWords = (t: string) => t.replace(/^other specified\b/i, '');
  const named = cands.find(
    (c) =>
      c.code.length === top.code.length &&
      c.code.slice(0, -1) === top.code.slice(0, -1) &&
      !/\b(?:other|unspecified)\b/i.test(residualWords(c.title)) &&
      c.req.some((k) => !k.startsWith('!') && !own.has(k) && !genericNouns.has(k)),
  );
  return named ? [named, ...cands.filter((c) => c !== named && c !== top)] : cands;
}

/**
 * ICD-10-CM I.C.19.e.5.a: an adverse effect is coded by its nature first, then the drug's T36-T50
 * code. A statement whose best phrase is the drug's adverse-effect entry ("Angioedema due to
 * lisinopril (adverse effect)") opens with the condition it names in other words.
 */
function natureFirst(cands: TitleMatch[]): TitleMatch[] {
  const top = cands[0];
  if (!top || !adverseEffectCode.test(top.code)) return cands;
  const drugWords = new Set(top.req);
  const nature = cands.find((c) => !/^T(?:3[6-9]|[45]\d|6[0-5])|^[V-Y]/.test(c.code) && !c.req.some((k) => drugWords.has(k)));
  return nature ? [nature, ...cands.filter((c) => c !== nature)] : cands;
}

/** The code naming the axis a completed code leaves unspecified, when the statement documents it (byUnspecifiedAxis). */
function axisNamed(codeSets: CodeSets, found: Completed, dos: string | undefined, statement: string): Completed | null {
  // Sides, sites and encounters are completed elsewhere (bySide, bySite, the 7th character); the axes left are these.
  if (!/(?:,|\bwith)\s*unspecified (?:severity|type|stage|degree)\b/i.test(found.title)) return null;
  const hit = byUnspecifiedAxis(codeSets, found.code, dos, statement);
  return hit
    ? { code: hit.code, title: hit.title, why: `ICD-10-CM I.B.18: ${found.code} leaves open what the statement documents; ${hit.code} names it` }
    : null;
}

/** The Index main term a word names by its listed form ("degenerative": Degeneration), at the word's place. */
function mainTermsOfForms(codeSets: CodeSets, text: string, said: Token[]): Token[] {
  const tree = indexTree(codeSets);
  if (!tree) return [];
  const heads = formHeads(tree);
  const have = new Set(said.map((t) => t.stem));
  return said.flatMap((t) => {
    const head = heads.get(t.stem);
    // The note's own word, not one a shorthand's meaning brought ("heavy menstrual bleeding": excessive menstruation).
    return head && !have.has(head) && text.slice(t.start, t.end).toLowerCase() === t.stem ? [{ ...t, stem: head }] : [];
  });
}

/** Whether a covered word is a compound ending in `word`, behind a prefix of three letters or more ("pancolitis", "enterocolitis" for "colitis"). */
function compoundOf(word: string, covered: ReadonlySet<string>): boolean {
  if (word.length < 5) return false;
  for (const w of covered) if (w.length > word.length + 2 && w.endsWith(word)) return true;
  return false;
}
