import { genericNouns, tokenize, type Token } from '../text/tokens.ts';
import type { PhraseList } from './phrase-list.ts';
import { dueToUnstated, headInOneClause, wordClauses } from './cause-clauses.ts';
import { keyIdf, type TitleIndex } from './title-index.ts';

export interface TitleMatch {
  code: string; // undotted; an index path may name a header that needs more characters
  title: string;
  score: number;
  matched: number;
  missing: string[];
  req: string[];
  /** The phrase's optional words (nonessential modifiers) the statement says. */
  opt?: string[];
  /** Where the phrase came from: a tabular title, an Alphabetic Index path or a tabular inclusion term. */
  via?: 'title' | 'index' | 'inclusion';
  /** Set when a rule changed the title's choice (e.g. an Excludes1 redirect). */
  why?: string;
  /**
   * A service the statement names ("Encounter, X-ray of chest", "Chemotherapy, neoplasm"), read only
   * where the note states its reason (encounter-reason.ts): it takes its words, so no fragment of
   * them is coded ("cancer" of "cancer chemotherapy"), and is never reported from a statement.
   */
  service?: boolean;
}

export interface MatchOptions {
  prefix?: string[]; // restrict to codes starting with one of these (undotted)
  sex?: 'F' | 'M' | 'U' | undefined;
  /** Title words a scoped search may leave unsaid ("as the cause of …" in B95-B97 titles). */
  optional?: Set<string>;
  /** Index main terms a scoped search reads although the note does not say them ("long" for "Long-term"). */
  mainTerms?: string[];
  /** Condition words (condition-keys.ts): a title whose generic noun the note leaves unsaid needs one. */
  conditions?: Set<string> | null;
  /** A phrase the caller refuses (statement.ts: one borrowing a shorthand's word), before one phrase per code is kept. */
  refuse?: (m: TitleMatch) => boolean;
  /** Where the statement's clauses begin after a stated cause ("CKD secondary to | hypertension"): see cause-clauses.ts. */
  clauses?: number[];
  /** For each clause boundary, which side names the cause (1: the clause after it). */
  causeSides?: (0 | 1)[];
  /** False when the statement links no condition to a cause in words: Index "due to" subterms are not read (cause-clauses.ts). */
  causeStated?: boolean;
  /** Organism words (cause-clauses.ts organismWords): a "due to" organism needs no stated cause. */
  organisms?: Set<string>;
}

/**
 * Encounter reasons (ICD-10-CM I.C.21.c: Z00-Z13 examinations and screening, Z51-Z53 encounters
 * and procedures not carried out, Z71 counseling): a service word alone ("Examination",
 * "Encounter, examination", "Encounter for screening, unspecified") names a service, not the
 * reason; a nonessential modifier or a second word must be said.
 */
const encounterZ = /^Z(?:0\d|1[0-3]|5[1-3]|71)/;
/**
 * Index main terms that name the reason for an encounter, not a condition: "Encounter (with health
 * service) (for)", "Follow-up" (I.C.21.c.8, c.12-c.14; IV.A) and the treatment sessions
 * "Chemotherapy (session) (for)", "Immunotherapy", "Radiotherapy session" (I.C.2.e.2: only an
 * encounter solely for the treatment). Their subterms are services ("X-ray of chest", "laboratory"):
 * a statement that a service was done or followed up says nothing of why the patient came. Only a
 * rule that reads the note's reason lines (a scoped search, `prefix`) reaches them.
 */
const encounterMainTerm = /^(?:Encounter|Follow-up|Chemotherapy|Immunotherapy|Radiotherapy session)\b/;
/** Codes of the treatment sessions those main terms lead to: Z51.0 radiotherapy, Z51.1- chemotherapy and immunotherapy. */
const treatmentSession = /^Z51[01]/;
/**
 * Words that name no condition alone: "symptom", "sign" (I.C.18), "syndrome" (Index: Syndrome - see also Disease; its
 * subterms name the syndrome), "illness" and "sick" (Index: Illness - see also Disease; R69 is no code for an illness the note names).
 */
const vagueWords = new Set(['symptom', 'sign', 'syndrome', 'illness', 'sick']);
/** Complications of surgical and medical care NEC (T80-T88) and the words that only place a statement in time around the care. */
const careComplication = /^T8[0-8]/;
const careTimeWords = new Set(tokenize('postoperative postprocedural intraoperative perioperative').map((t) => t.stem));
/** "not" in a title states a fact ("Immunization not carried out"), unlike "not elsewhere classified". */
const titleNot = /\bnot (?!elsewhere\b|otherwise\b)/i;

/** Note keys as vocabulary ids with their weight, and the ids the note denies ("no x" <-> "x"). */
interface NoteKeys {
  weight: Map<number, number>;
  opposite: Set<number>;
  stems: string[];
  said: Set<string>;
  /** With clauses: the clauses each word is said in (-1: a context word, in every clause). */
  clauseOf?: Map<string, Set<number>>;
  /** Stems of the words said in the text (not context words). */
  placed: string[];
}

function noteKeys(idx: TitleIndex, tokens: Token[], clauses?: number[]): NoteKeys {
  const weight = new Map<number, number>();
  const opposite = new Set<number>();
  const stems: string[] = [];
  const placed: string[] = [];
  const clauseOf = clauses?.length ? wordClauses(tokens, clauses) : undefined;
  // A word denied in one place and said in another ("NPDR without DME (T2DM)": diabetic macular edema
  // denied, diabetes said) still names its condition: only a word the statement only denies is opposed.
  const affirmed = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
  for (const t of tokens) {
    if (!t.neg && t.start >= 0) placed.push(t.stem);
    const k = (t.neg ? '!' : '') + t.stem;
    if (!t.neg) stems.push(t.stem);
    const opp = t.neg && affirmed.has(t.stem) ? undefined : idx.vocab.ids.get(t.neg ? t.stem : `!${t.stem}`);
    if (opp !== undefined) opposite.add(opp);
    const id = idx.vocab.ids.get(k);
    if (id !== undefined) weight.set(id, Math.max(weight.get(id) ?? 0, t.paren ? 0.25 : 1));
  }
  return { weight, opposite, stems, said: new Set(stems), placed, ...(clauseOf && { clauseOf }) };
}

/**
 * Best phrases for a statement, over tabular titles and Alphabetic Index paths: every required
 * word present, no word the note denies; rarer matched words weigh more (IDF), so the most
 * specific, most distinctive phrase wins.
 */
export function matchTitles(idx: TitleIndex, tokens: Token[], opts: MatchOptions = {}, limit = 5): TitleMatch[] {
  // Index groups are built on first sight of their main term, which may add keys to the vocabulary.
  // A scoped search's implied main term ("Long-term ... drug therapy") opens its Index group too.
  const words = new Set([...tokens.filter((t) => !t.neg).map((t) => t.stem), ...(opts.mainTerms ?? [])]);
  const ranges = [...words].flatMap((s) => idx.phrases.ranges(s, words));
  const keys = noteKeys(idx, tokens, opts.clauses);
  const out: TitleMatch[] = [];
  const seen = new Set<number>();
  for (const k of keys.weight.keys()) {
    if (k >= idx.anchorAt.length - 1) continue;
    for (let j = idx.anchorAt[k]!, e = idx.anchorAt[k + 1]!; j < e; j++) {
      const i = idx.anchorList[j]!;
      if (seen.has(i)) continue;
      seen.add(i);
      const m = score(idx, idx.titles, i, keys, opts);
      if (m) out.push(m);
    }
  }
  for (const [a, b] of ranges)
    for (let i = a; i < b; i++) {
      const m = score(idx, idx.phrases.list, i, keys, opts);
      if (m) out.push(m);
    }
  out.sort(byRank);
  // Inclusion terms of the leading categories may overturn the choice between siblings. With no title met, the
  // categories of the titles reached of which the note says two words are read instead: an inclusion term is often the
  // only place a category names the condition as notes do (N87.9 "Cervical dysplasia NOS" beside "Mild cervical dysplasia").
  const leading = out.length ? out.slice(0, 8).map((m) => m.code) : [...seen].filter((i) => saysTwo(idx.titles, i, keys)).map((i) => idx.titles.codes[i]!);
  const cats = [...new Set(leading.map((c) => c.slice(0, 3)))].slice(0, 4);
  const vocabSize = idx.vocab.keys.length;
  const inc = cats.map((cat) => idx.inclusions.range(cat));
  // Terms read just now may have brought the note's words into the vocabulary.
  const keys2 = idx.vocab.keys.length > vocabSize ? noteKeys(idx, tokens, opts.clauses) : keys;
  let added = false;
  const read = new Set<number>();
  for (const [a, b] of inc) {
    for (let i = a; i < b; i++) {
      read.add(i);
      const m = score(idx, idx.inclusions.list, i, keys2, opts);
      if (m) {
        out.push(m);
        added = true;
      }
    }
  }
  if (added) out.sort(byRank);
  // A long term of another category is a route to a code the titles and the Index did not reach, ranked after them,
  // not a rival name that outranks what they found ("COVID-19 pneumonia" stays U07.1 with J12.82, I.C.1.g.1.a).
  const elsewhere: TitleMatch[] = [];
  for (const k of keys2.weight.keys())
    for (const i of idx.inclusions.anchored(k, idx.df)) {
      if (read.has(i)) continue;
      read.add(i);
      const m = score(idx, idx.inclusions.list, i, keys2, opts);
      if (m) elsewhere.push(m);
    }
  out.push(...elsewhere.sort(byRank));
  // One entry per code: the best-scoring phrase explains it.
  const kept: TitleMatch[] = [];
  const codes = new Set<string>();
  for (const m of out) {
    if (codes.has(m.code) || opts.refuse?.(m)) continue;
    codes.add(m.code);
    kept.push(m);
    if (kept.length >= limit) break;
  }
  return kept;
}

/** A title of which the note says two words or more. */
function saysTwo(list: PhraseList, i: number, keys: NoteKeys): boolean {
  let n = 0;
  list.everyReq(i, (k) => {
    if (keys.weight.has(k)) n++;
    return n < 2;
  });
  return n >= 2;
}

const viaOf: TitleMatch['via'][] = ['title', 'index', 'inclusion'];

function score(idx: TitleIndex, list: PhraseList, i: number, keys: NoteKeys, opts: MatchOptions): TitleMatch | null {
  const code = list.codes[i]!;
  if (opts.prefix && !opts.prefix.some((p) => code.startsWith(p))) return null;
  let matched = 0;
  let weight = 0;
  let silent = 0;
  let condition = false;
  let matchedSpecific = false;
  const kind = list.kinds[i]!;
  const generic = genericIds(idx);
  const ok = list.everyReq(i, (k) => {
    if (keys.opposite.has(k)) return false;
    const w = keys.weight.get(k);
    if (w === undefined) {
      const key = idx.vocab.keys[k]!;
      if (opts.optional?.has(key)) return true;
      // "without x" is met by the note's silence only in a tabular title, where it is the default
      // (I.A.6-7 conventions); an Index subterm "without x" / "not x" is a branch the note must take.
      if (key.charCodeAt(0) === 33) {
        silent++;
        return kind === 0;
      }
      return false;
    }
    // A generic noun is a gate, not evidence: it adds no weight ("Disorder, anxiety" is not more than "anxiety").
    if (generic.has(k)) return true;
    matched++;
    if (!matchedSpecific || (!condition && opts.conditions)) {
      const key = idx.vocab.keys[k]!;
      // A letter alone ("48 h", "L") names nothing; nor does "symptoms" or "signs" alone (Index
      // "Symptoms NEC" R68.89 is for a named symptom without a code of its own, I.C.18), nor "syndrome".
      if (key.length > 1 && !vagueWords.has(key)) matchedSpecific = true;
      if (!condition && opts.conditions?.has(key)) condition = true;
    }
    weight += w * (1 + keyIdf(idx, k));
    return true;
  });
  if (!ok) return null;
  // The text is read only for phrases that match (a restored list decodes it on first read).
  const title = list.text(i);
  if (opts.sex === 'M' && /\bfemale\b/i.test(title)) return null;
  if (opts.sex === 'F' && /\bmale\b/i.test(title)) return null;
  // An Index subterm naming a sex ("Hypogonadism, male" E29.1) is met by the record's sex alone (CMS MCE): unknown, by neither.
  if (kind === 1 && opts.sex !== 'M' && opts.sex !== 'F' && /, (?:fe)?male\b/i.test(title)) return null;
  if (silent > 0 && titleNot.test(title)) return null;
  // An encounter reason, or a treatment session's own title ("Encounter for antineoplastic chemotherapy",
  // Z51.0-Z51.1, I.C.2.e.2), outside a scoped search: its words are the service's, no code (`service`).
  const service = !opts.prefix && ((kind === 1 && encounterMainTerm.test(title)) || treatmentSession.test(code));
  // A generic noun left unsaid ("Disorder of breast", "Lung disease NOS" for a site alone): the note must name a condition.
  if (opts.conditions && !condition && list.countOpt(i, (k) => generic.has(k) && !keys.weight.has(k)) > 0) return null;
  const optSaid: string[] = [];
  const optHits = list.countOpt(i, (k) => keys.weight.has(k) && optSaid.push(idx.vocab.keys[k]!) > 0);
  // A lone service word ("exam", "screening", "counseling") reaches an encounter code only with a second word or modifier.
  if (
    encounterZ.test(code) &&
    matched < 2 &&
    ((kind === 1 && optHits === 0) || (kind === 0 && (/\bunspecified\b/i.test(title) || tokenize(title).length > matched)))
  )
    return null;
  // A generic noun alone ("disease", "disorder") is no condition, whatever phrase carries it.
  if (!matchedSpecific) return null;
  const bonus = optHits * 0.5;
  const req = list.req(i).map((k) => idx.vocab.keys[k]!);
  // I.C.19.g.1: a complication of care needs documentation that says it is one; "postoperative" alone dates the
  // statement ("Postoperative day 2"), as the Index's "Postoperative - see Complication, postoperative" leaves the condition to name.
  if (careComplication.test(code) && req.every((k) => careTimeWords.has(k))) return null;
  if (keys.clauseOf && !headInOneClause(title, req, keys.clauseOf, opts.causeSides ?? [])) return null;
  if (kind === 1 && opts.causeStated === false && dueToUnstated(code, title, req, placedWords(keys), opts.organisms ?? new Set())) return null;
  // An Index path that passes by a subterm the note names weighs that word less.
  let passed = 0;
  if (kind === 1 && list === idx.phrases.list) {
    for (const k of idx.phrases.passedBy(i, keys.said, new Set(req))) {
      const id = idx.vocab.ids.get(k);
      passed += (keys.weight.get(id ?? -1) ?? 0) * (1 + (id === undefined ? 0 : keyIdf(idx, id)));
    }
  }
  return {
    code,
    title,
    score: weight + bonus - passed,
    matched,
    missing: [],
    req,
    via: viaOf[kind] ?? 'title',
    ...(service && { service }),
    ...(optSaid.length > 0 && { opt: optSaid }),
  };
}

const placedCache = new WeakMap<NoteKeys, Set<string>>();
/** The words the statement itself says (a context word has no place in the text). */
function placedWords(keys: NoteKeys): Set<string> {
  let s = placedCache.get(keys);
  if (!s) placedCache.set(keys, (s = new Set(keys.placed)));
  return s;
}

const genericCache = new WeakMap<TitleIndex, Set<number>>();
function genericIds(idx: TitleIndex): Set<number> {
  const had = genericCache.get(idx);
  if (had) return had;
  const s = new Set([...genericNouns].map((g) => idx.vocab.ids.get(g)).filter((x) => x !== undefined));
  genericCache.set(idx, s);
  return s;
}

function byRank(a: TitleMatch, b: TitleMatch): number {
  return b.score - a.score || preferUnspecified(a, b) || preferTitle(a, b) || a.title.length - b.title.length;
}

function preferUnspecified(a: TitleMatch, b: TitleMatch): number {
  const rank = (m: TitleMatch) => (/unspecified/i.test(m.title) ? 0 : /\bother\b/i.test(m.title) ? 2 : 1);
  return rank(a) - rank(b);
}

/** At equal weight the tabular title speaks for the code (an index path or inclusion term is a route to it). */
function preferTitle(a: TitleMatch, b: TitleMatch): number {
  return (a.via !== 'title' ? 1 : 0) - (b.via !== 'title' ? 1 : 0);
}
