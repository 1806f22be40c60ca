import type { CodeSets } from '../../codes/code-sets.ts';
import { baseOf } from '../../codes/year-view.ts';
import { genericNouns, tokenize, type Token } from '../text/tokens.ts';

/**
 * A stated cause in a statement: "due to" (and its shorthand "d/t", as "2/2" for "secondary to"), "secondary to", "2/2",
 * "caused by", "attributed to", "explained by", "induced by", "as a result of", "resulting from",
 * "<cause>-induced", and an infection's "source" (what a sepsis comes from). The Index
 * reads such a relation only through its "due to" / "secondary to" / "-induced" subterms (I.A.15
 * presumes "with" and "in", never a cause: a cause must be stated). "from", "-related" and
 * "-associated" are left out: they also name a site or a kind ("bleeding from rectum",
 * "ventilator-associated pneumonia").
 */
const causeCue =
  /\b(?:due to|secondary to|caused by|attributed to|explained by|induced by|as a (?:result|consequence) of|resulting from|source(?: of infection)?(?: is| was|:)?)(?=\s)|\b(?:2\/2|d\/t)(?=\s)|(?<=[A-Za-z)][- ])induced\b/gi;

/**
 * Where the clauses of a statement begin after each stated cause (absolute offsets): "CKD
 * secondary to | hypertension", "NSAID induced | ulcer". The cue's own words stay with the clause
 * before it ("secondary" is said of the effect).
 */
export function causeClauses(text: string, start: number, end: number, conditions?: Set<string> | null): number[] {
  const out: number[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(causeCue)) out.push(start + m.index + m[0].length);
  // "from" between two conditions names the cause ("GI bleed from bleeding gastric ulcer", "low back pain
  // from lumbar DDD"); before a site, a source or a thing ("bleeding from rectum", "fall from ladder") it does not.
  if (conditions)
    for (const m of slice.matchAll(/\bfrom(?=\s)/gi)) {
      const before =
        slice
          .slice(0, m.index)
          .split(/[,;(]|\s[-–—]\s/)
          .at(-1) ?? '';
      const after = slice.slice(m.index + 4).split(/[,;(]|\s[-–—]\s/)[0] ?? '';
      const names = (s: string) => tokenize(s).some((t) => conditions.has(t.stem) && !genericNouns.has(t.stem));
      if (names(before) && names(after)) out.push(start + m.index + 4);
    }
  return out.sort((a, b) => a - b);
}

/**
 * Which clause names the cause, for each clause boundary: the clause after "due to" (1), the one
 * before "-induced" (0). Read from the text once per statement, like the boundaries.
 */
export function causeSides(text: string, clauses: number[]): (0 | 1)[] {
  return clauses.map((at) => (/induced$/i.test(text.slice(Math.max(0, at - 8), at)) && !/induced by$/i.test(text.slice(Math.max(0, at - 12), at)) ? 0 : 1));
}

/** The text of each cause a statement states ("CKD stage 4 due to | hypertensive nephrosclerosis (per nephrology)"): the clause on the cause's side, to the next stated cause or the statement's end. */
export function statedCauses(text: string, start: number, end: number): string[] {
  const at = causeClauses(text, start, end);
  const sides = causeSides(text, at);
  return at.map((b, i) => (sides[i] === 1 ? text.slice(b, at[i + 1] ?? end) : text.slice(i > 0 ? at[i - 1]! : start, b)));
}

/** For each word of the statement, the clauses it is said in; a context word (no place in the text) is in every clause (-1). */
export function wordClauses(tokens: Token[], clauses: number[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const t of tokens) {
    let c = -1;
    if (t.start >= 0) {
      c = 0;
      while (c < clauses.length && t.start >= clauses[c]!) c++;
    }
    let set = out.get(t.stem);
    if (!set) out.set(t.stem, (set = new Set()));
    set.add(c);
  }
  return out;
}

/**
 * Where a phrase's own condition ends: its first "with", "without", "in", "due to", "secondary
 * to", "following", "caused by", "induced by" or "<cause>-induced". What follows is a further
 * condition or the cause, which the Index joins by that word (I.A.15; "due to" subterms).
 */
const headEnd = /\b(?:with|without|in|due to|secondary to|following|caused by|induced by)\b|\b[A-Za-z]+[- ]induced\b/i;

/** A joining word that names the cause after it ("Hypertension secondary to other renal disorders"). */
const causeAfter = /^(?:due to|secondary to|caused by|induced by)$/i;

interface Parts {
  head: string[];
  /** The words after a causal joining word, when the phrase's first joining word is one. */
  cause: string[];
  /** The words after the phrase's first joining word, whatever it is ("with", "in", "due to"). */
  tail: string[];
}
const parts = new Map<string, Parts>();

/** A phrase's own condition (before its first joining word) and its stated cause (memoized: the matcher reads few phrases per statement). */
function partsOf(title: string): Parts {
  let p = parts.get(title);
  if (!p) {
    const m = headEnd.exec(title);
    const head = tokenize(m ? title.slice(0, m.index) : title).map((t) => t.stem);
    const tail = m ? tokenize(title.slice(m.index + m[0].length)).map((t) => t.stem) : [];
    p = { head, cause: m && causeAfter.test(m[0]) ? tail : [], tail };
    if (parts.size < 50_000) parts.set(title, p);
  }
  return p;
}

/**
 * ICD-10-CM I.B.1 (Index navigation) with a stated cause: a stated cause separates two conditions,
 * and the phrase's own condition (its main term and the modifiers before any "with" / "due to") is
 * named within one of them. "CKD secondary to hypertension" is not "Hypertension, secondary, due
 * to, renal disorders" (I15.1): hypertension and "secondary" are in different clauses; "GI bleed
 * 2/2 gastric ulcer" is not "Ulcer, gastrointestinal" (K28). The words after the phrase's joining
 * word may be in any clause ("Ulcer, stomach, with, hemorrhage" for "bleed 2/2 gastric ulcer").
 */
export function headInOneClause(title: string, req: string[], clauseOf: Map<string, Set<number>>, sides: (0 | 1)[]): boolean {
  const own = new Set(req);
  const { head, cause } = partsOf(title);
  const headAt = common(head, own, clauseOf);
  if (headAt?.size === 0) return false;
  // A phrase that names its cause ("Hypertension secondary to other renal disorders") reads the
  // note's relation the same way round: its condition in the note's effect clause, its cause in
  // the cause clause of the same stated cause ("CKD secondary to hypertension" is the reverse), or
  // both in one clause (the note names the phrase's relation as one term: "knee prosthesis infection").
  // A word said twice is read where it is first said ("renal impairment is explained by hypertensive
  // nephrosclerosis ... gammopathy of renal significance": the kidney is the effect).
  const causeAt = first(common(cause, own, clauseOf));
  if (!headAt || causeAt === null || headAt.has(causeAt)) return true;
  return sides.some((side, b) => {
    const [effect, caused] = side === 1 ? [b, b + 1] : [b + 1, b];
    return headAt.has(effect) && causeAt === caused;
  });
}

function first(at: Set<number> | null): number | null {
  return at?.size ? Math.min(...at) : null;
}

/** The clauses that hold every placed word of `words` (null: no word is placed; empty: none holds them all). */
function common(words: string[], own: Set<string>, clauseOf: Map<string, Set<number>>): Set<number> | null {
  let out: Set<number> | undefined;
  for (const k of words) {
    if (!own.has(k) || genericNouns.has(k)) continue;
    const where = clauseOf.get(k);
    // A word the note says only by another form (an Index listed form, an optional word) or as context does not place the phrase.
    if (!where || where.has(-1)) continue;
    if (!out) out = new Set(where);
    else for (const c of [...out]) if (!where.has(c)) out.delete(c);
    if (out.size === 0) return out;
  }
  return out ?? null;
}

/**
 * Whether a phrase names the relation the statement states: its own condition in one clause and
 * the condition it joins ("with", "in", "due to") in the clause across a stated cause ("Anemia
 * secondary to CKD stage 3a": "Anemia in chronic kidney disease"). Such a phrase is coded beside the
 * clause's own codes, though it repeats their words (I.A.15; I.B.9 combination codes).
 */
export function namesRelation(title: string, req: string[], clauseOf: Map<string, Set<number>>): boolean {
  const own = new Set(req);
  const { head, tail } = partsOf(title);
  const headAt = common(head, own, clauseOf);
  const tailAt = common(tail, own, clauseOf);
  if (!headAt?.size || !tailAt?.size) return false;
  return [...headAt].some((h) => tailAt.has(h + 1) || tailAt.has(h - 1));
}

/**
 * Whether two phrases are named in different clauses of a stated cause ("Neurogenic bladder due to
 * | MS, with urge incontinence"): each names a condition of its own, neither describes the other.
 */
export function apart(a: string[], b: string[], clauseOf: Map<string, Set<number>>): boolean {
  const at = common(a, new Set(a), clauseOf);
  const bt = common(b, new Set(b), clauseOf);
  return !!at?.size && !!bt?.size && ![...at].some((c) => bt.has(c));
}

/**
 * Any word of a statement that links a condition to a cause, for the "due to" rule below: the
 * stated causes above and the looser "from", "related to", "-related", "associated with",
 * "-associated", "because of", "in the setting of", "on" (a drug: "hypotension on lisinopril"), and "of" a
 * disease as its source ("Coagulopathy of liver disease", "anemia of chronic kidney disease": Index "Coagulopathy,
 * due to, liver disease"; "Anemia, in (due to) (with), chronic kidney disease").
 */
const linked =
  /\b(?:due to|secondary to|2\/2|caused|attributed|explained by|induced|from|related|associated|because of|in the setting of|result(?:s|ed|ing)? (?:of|from)|triggered|provoked)\b|\bof (?:\w+ ){0,2}(?:disease|disorder|failure|cirrhosis|sepsis)\b/i;

/** Whether a statement links its condition to a cause in words. */
export function statesCause(text: string, start: number, end: number): boolean {
  return linked.test(text.slice(start, end));
}

/** An Index path's "due to" subterm ("Insomnia, due to, anxiety disorder"), not the Index's "in (due to)" that I.A.15 presumes. */
const dueToPiece = /, due to\b/i;
/**
 * Infections named by their organism ("Enteritis, due to, calicivirus") and complications of a
 * device or care ("Infection, due to, joint prosthesis", T80-T88): a note names the organism or
 * the device as an adjective ("E. coli UTI", "prosthetic joint infection").
 */
const infectionCode = /^(?:[AB]|T8[0-8])/;

/**
 * ICD-10-CM I.A.15: only "with" and "in" presume a link; "for conditions not specifically linked by
 * these relational terms ... provider documentation must link the conditions". An Index path through
 * a "due to" subterm whose cause the note names in its own words ("Anxiety with insomnia") is not
 * read when the statement states no cause; a cause the engine supplies as context (the Table of
 * Drugs row of a stated drug cause) has no place in the text and is not checked here.
 */
export function dueToUnstated(code: string, title: string, req: string[], said: Set<string>, organisms: Set<string>): boolean {
  const m = dueToPiece.exec(title);
  if (!m || infectionCode.test(code)) return false;
  const own = new Set(req);
  const cause = tokenize(title.slice(m.index + m[0].length)).filter((t) => own.has(t.stem) && !genericNouns.has(t.stem));
  // An organism as the cause ("Bronchiolitis, acute, due to, respiratory syncytial virus") is said as the condition's adjective ("RSV bronchiolitis").
  if (cause.some((t) => organisms.has(t.stem))) return false;
  return cause.length > 0 && cause.every((t) => said.has(t.stem));
}

/** Words of the B95-B97 titles that name no organism (the categories' own wording). */
const notOrganism = new Set([
  'respiratory',
  'infection',
  'associated',
  'agent',
  'producing',
  'resistant',
  'susceptible',
  'human',
  'group',
  'cell',
  'toxin',
  'other',
]);
const organismCache = new WeakMap<CodeSets, Map<string, Set<string>>>();

/**
 * Organism words: the words of the titles of B95-B97 ("Streptococcus, Staphylococcus, and
 * Enterococcus as the cause of diseases classified elsewhere", "Viral agents as the cause ..."),
 * the classification's own list of infectious agents, less its categories' wording. Read once per
 * year of the code sets a note's view was made from.
 */
export function organismWords(codeSets: CodeSets, dos: string | undefined): Set<string> {
  const base = baseOf(codeSets);
  const year = codeSets.icdYearFor(dos) ?? '';
  let byYear = organismCache.get(base);
  if (!byYear) organismCache.set(base, (byYear = new Map()));
  let out = byYear.get(year);
  if (out) return out;
  out = new Set();
  for (const cat of ['B95', 'B96', 'B97'])
    for (const [, , title] of codeSets.icdEntriesUnder(cat, dos))
      for (const t of tokenize(title.replace(/\bas the cause of diseases classified elsewhere\b/i, '')))
        if (t.stem.length >= 4 && !notOrganism.has(t.stem)) out.add(t.stem);
  byYear.set(year, out);
  return out;
}
