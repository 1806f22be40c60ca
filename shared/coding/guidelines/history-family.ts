import { indexTree } from '../matcher/index-source.ts';
import { codeStatement } from '../matcher/statement.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { indexPathCodes, subtermCodes } from '../neoplasm/index-path.ts';
import type { Finding } from '../finding.ts';
import { genericNouns, tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'history-family',
  section: 'I.C.21.c.4 (personal and family history codes, Z80-Z87)',
  decides: "Turns a condition stated in history context into its personal-history code and a relative's condition into a family-history code.",
};

/** Current-condition code -> personal-history code (I.C.21.c.4), for conditions that no longer exist. */
const personal: [RegExp, string][] = [
  [/^I82\.4/, 'Z86.718'],
  [/^I26/, 'Z86.711'],
  [/^B1[89]|^B17/, 'Z86.19'],
  [/^I63|^G45/, 'Z86.73'],
  [/^I21/, 'I25.2'],
  [/^F17/, 'Z87.891'],
  [/^N39\.0/, 'Z87.440'],
  [/^N2[01]/, 'Z87.442'],
];

/**
 * Index: History, personal, alcohol dependence F10.21; drug dependence - see Dependence, drug, by type, in remission;
 * substance abuse NEC - F10-F19 with fifth character 1. A past substance use disorder (not nicotine's: Z87.891) is
 * its own code in remission: "H/o alcohol dependence" F10.21, "history of opioid abuse" F11.11.
 */
const inRemission = (code: string) => (/^F1[0-689]\.[12]/.test(code) ? `${code.slice(0, 5)}1` : null);

/**
 * The kind of a healed fracture, from the chapter its current code is in: chapter 19's fractures are
 * traumatic (I.C.19.c), M80 is osteoporosis's (I.C.13.d), M84.3- is a stress fracture, other M84 pathological.
 */
const fractureKinds: [RegExp, string][] = [
  [/^[ST]/, 'traumatic'],
  [/^M80/, 'osteoporosis'],
  [/^M84\.3/, 'stress'],
  [/^M/, 'pathological'],
];

/**
 * Index: History, personal, fracture (healed), <kind> (Z87.310-Z87.312, Z87.81): the kind the note
 * says in its statement ("h/o hip fx (fragility)") first, else the one its current code is of ("h/o hip fx": S72.009A, traumatic).
 */
function fractureHistory(ctx: RuleContext, f: Finding): string | null {
  if (!/\bfracture\b/i.test(f.title)) return null;
  // A fracture named as the cause of a residual condition is its sequela (7th character S, I.B.10, I.C.19.a), not a history.
  const stmt = f.stmt ?? f;
  if (/\b(?:sequelae?|late effects?)\b/i.test(ctx.doc.text.slice(stmt.start, stmt.end))) return null;
  if (active(ctx).some((o) => o.code.slice(0, 3) === f.code.slice(0, 3) && o.code.endsWith('S'))) return null;
  const kind = fractureKinds.find(([re]) => re.test(f.code))?.[1];
  const said = new Set([...tokenize(ctx.doc.text.slice(stmt.start, stmt.end)).map((t) => t.stem), ...(kind ? [kind] : [])]);
  return subtermCodes(ctx.codeSets, ['History', 'personal', 'fracture'], said)[0] ?? null;
}

/** Family history by condition (Z80-Z84). */
const family: [RegExp, string][] = [
  [/^E1[01]/, 'Z83.3'],
  [/^I2[0-5]/, 'Z82.49'],
  [/^I6[0-3]/, 'Z82.3'],
  [/^F10/, 'Z81.1'],
  [/^F3/, 'Z81.8'],
];

const siteGroups: [RegExp, string][] = [
  [/colon|rect|stomach|gastric|pancrea|liver|esophag|bowel|anal|anus/i, 'digestive organs'],
  [/lung|bronch|trachea/i, 'trachea bronchus lung'],
  [/ovar|uter|cervi|prostat|testi|vulva|vagin/i, 'genital organs'],
  [/kidney|renal|bladder|urinary/i, 'urinary organs'],
];

/**
 * Index: History, personal / family, malignant neoplasm (of), <site> (I.C.2.d, I.C.21.c.4): the
 * site words the note says first ("prostate" -> Z80.42, "bladder" -> Z85.51); where the Index lists
 * no subterm for them, the organ group a family-history subterm names.
 */
export function cancerHistory(ctx: RuleContext, f: Finding, prefix: 'Z80' | 'Z85'): string | null {
  const words = ctx.doc.text.slice(f.start, f.end);
  const whose = prefix === 'Z80' ? 'family' : 'personal';
  const generic = new Set([whose, 'history', 'malignant', 'neoplasm']);
  // The note's words, and the site its current code names ("SCC R forearm": C44.622 "... of skin of right upper limb").
  const stems = new Set(
    [...expandTokens(ctx.doc.text, f.start, f.end), ...(f.code.startsWith('C') ? tokenize(f.title) : [])]
      .filter((t) => !t.neg && !generic.has(t.stem))
      .map((t) => t.stem),
  );
  const walked = subtermCodes(ctx.codeSets, ['History', whose, 'malignant neoplasm'], stems)[0];
  if (walked) return walked;
  const said = `${whose} history malignant neoplasm ${words}`;
  const own = codeStatement(ctx.codeSets, ctx.doc.dateOfService, said, 0, said.length, ctx.doc.patient.sex, [prefix]).find((h) =>
    h.req.some((k) => !generic.has(k)),
  );
  if (own) return own.code;
  const group = prefix === 'Z80' ? siteGroups.find(([re]) => re.test(words))?.[1] : undefined;
  const statement = `${whose} history malignant neoplasm ${group ?? words}`;
  const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, statement, 0, statement.length, ctx.doc.patient.sex, [prefix])[0]?.code ?? null;
  // A named site the Index lists no subterm for (melanoma: skin) is its "specified site NEC" subterm.
  if ((!hit || /^Z8[05]\.?9$/.test(hit)) && /^C(?!80|79\.?9)/.test(f.code)) {
    const other = indexPathCodes(ctx.codeSets, ['History', whose, 'malignant neoplasm', 'specified site'])[0];
    if (other) return other;
  }
  return hit;
}

/** History codes of a residual kind: the statement's condition is re-read for a malignant neoplasm. */
const residual = /^(?:Z84\.89|Z80\.9|Z85\.9)$/;

/**
 * "Family hx of melanoma" matched to "Family history of other specified conditions": the condition
 * it names, read in the neoplasm chapter (C00-C96), gives the cancer-history code by site (I.C.21.c.4).
 */
function cancerOfResidual(ctx: RuleContext, f: Finding): Finding | null {
  const stmt = f.stmt ?? f;
  const c = codeStatement(ctx.codeSets, ctx.doc.dateOfService, ctx.doc.text, stmt.start, stmt.end, ctx.doc.patient.sex, ['C'])[0];
  if (!c || c.code.startsWith('C80') || c.code.startsWith('C79')) return null;
  return { ...f, code: c.code, start: c.start, end: c.end };
}

const personalCategories = ['Z85', 'Z86', 'Z87', 'Z92'];
const familyCategories = ['Z80', 'Z81', 'Z82', 'Z83', 'Z84'];

/**
 * The history code whose title names the condition the statement names ("history of colon polyps"
 * -> Z86.010-): the personal or family history categories searched with the condition's words.
 */
function historyTitle(ctx: RuleContext, f: Finding, categories: string[], whose: string): string | null {
  const said = ctx.doc.text.slice(f.start, f.end);
  // The note's words first; then the condition's place in the classification: its ancestors'
  // inclusion terms, "includes" notes and titles, nearest first (S06.0X9A concussion -> S06
  // "Intracranial injury", includes "traumatic brain injury" -> "History, personal, traumatic brain injury").
  // A name borrowed from an ancestor is broader than the note: its history code rests on two of its words
  // (a block's "includes" such as "injuries of ear", or "disorder" alone, name no one condition).
  // The Index's own names for the code come before the tabular's ("Polyp, colon, adenomatous" D12.6: a colon
  // adenoma's history is that of adenomatous colon polyps, Z86.0101).
  const names = [said, ...indexNames(ctx, f.code), ...ancestorNames(ctx, f.code)];
  for (const [i, words] of names.entries()) {
    const statement = `${whose} history of ${words}`;
    const need = i === 0 ? 1 : 2;
    const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, statement, 0, statement.length, ctx.doc.patient.sex, categories).find(
      (h) => h.req.filter((k) => !historyWords.has(k) && !genericNouns.has(k)).length >= need,
    );
    if (hit) return andOrSibling(ctx, hit.code, `${said} ${words}`) ?? hit.code;
  }
  return null;
}

const historyWords = new Set(['personal', 'family', 'history', 'hx', 'of', 'past', 'prior', 'medical']);

const pathsByCode = new WeakMap<object, Map<string, number[]>>();

/**
 * The Alphabetic Index paths that lead to a code ("Polyp, polypus, colon, adenomatous" for D12.6), read as
 * names of its condition: main term and subterms, nonessential forms left out. Built once per Index.
 */
function indexNames(ctx: RuleContext, code: string): string[] {
  const tree = indexTree(ctx.codeSets);
  if (!tree) return [];
  let byCode = pathsByCode.get(tree);
  if (!byCode) {
    byCode = new Map();
    for (let r = 0; r < tree.refs; r++) {
      const c = tree.refCode(r).replace(/[.-]+$/, '');
      byCode.set(c, [...(byCode.get(c) ?? []), tree.refNode(r)]);
    }
    pathsByCode.set(tree, byCode);
  }
  const names: string[] = [];
  for (const node of byCode.get(code) ?? []) {
    const parts: string[] = [];
    for (let n = node; n >= 0; n = tree.parent(n)) parts.unshift(tree.title(n).split(', ')[0]!);
    // A Table row or an external-cause path names no condition of the note.
    if (parts.length > 1 && !/^neoplasm\b/i.test(parts[0]!)) names.push(parts.join(' '));
  }
  return names.slice(0, 8);
}

/** The names the tabular gives a code's ancestors (nearest first): inclusion terms, "includes" notes, then the title. */
function ancestorNames(ctx: RuleContext, code: string): string[] {
  if (typeof ctx.codeSets.icdNotes !== 'function') return [];
  const out: string[] = [];
  const bare = code.replace('.', '');
  for (let n = bare.length - 1; n >= 3; n--) {
    const up = ctx.codeSets.icd(bare.slice(0, n), ctx.doc.dateOfService);
    if (!up) continue;
    const notes = ctx.codeSets.icdNotes(up.code, ctx.doc.dateOfService);
    out.push(...notes.inclusionTerms, ...notes.includes, up.title);
  }
  return [...new Set(out)].filter((w) => !/\bNOS\b|^other\b|\bunspecified\b/i.test(w));
}

/**
 * ICD-10-CM I.A.14: "and" in a title means "and/or". An unspecified history code is replaced by a
 * sibling whose title, read with either side of its "and", names only words the note says beside
 * the parent's ("adenomatous colon polyps": Z86.0101 "... adenomatous and serrated colon polyps").
 */
function andOrSibling(ctx: RuleContext, code: string, said: string): string | null {
  const hit = ctx.codeSets.icd(code, ctx.doc.dateOfService);
  if (!hit || !/\bunspecified\b/i.test(hit.title)) return null;
  const bare = hit.code.replace('.', '');
  const parent = ctx.codeSets.icd(bare.slice(0, -1), ctx.doc.dateOfService);
  if (!parent) return null;
  const base = new Set(tokenize(parent.title).map((t) => t.stem));
  const note = new Set(tokenize(said).map((t) => t.stem));
  for (const c of '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') {
    const sib = ctx.codeSets.icd(bare.slice(0, -1) + c, ctx.doc.dateOfService);
    if (!sib?.billable || sib.code === hit.code || /\b(?:other|unspecified)\b/i.test(sib.title)) continue;
    const sides = sib.title.match(/(\S+) and (\S+)/);
    const variants = sides ? [sib.title.replace(sides[0], sides[1]!), sib.title.replace(sides[0], sides[2]!)] : [sib.title];
    for (const v of variants) {
      const extra = tokenize(v)
        .map((t) => t.stem)
        .filter((w) => !base.has(w));
      if (extra.length > 0 && extra.every((w) => note.has(w))) return sib.code;
    }
  }
  return null;
}

/**
 * A history or family-history code read from the history words alone ("Personal hx", "Family hx":
 * "... of other specified conditions") names no condition (issue #24: a lone generic word gives no
 * code; I.C.21.c.4 history codes name the condition).
 */
function loneHistoryWords(ctx: RuleContext): void {
  for (const f of ctx.findings) {
    if (f.status !== 'affirmed' || f.dropped || !/^Z(?:8[0-7]|9[12])/.test(f.code) || !/\bother specified conditions\b/i.test(f.title)) continue;
    const words = tokenize(ctx.doc.text.slice(f.start, f.end)).map((t) => t.stem);
    if (words.length > 0 && words.every((w) => historyWords.has(w))) drop(f, 'other', 'ICD-10-CM I.C.21.c.4: a history word alone names no condition');
  }
}

/**
 * A stroke or infarction dated before the visit right after its name ("CVA in 2015", "MI (2019)", "stroke 3 yrs ago",
 * "TIA last year") is over: a stroke's history code (I.C.21.c.4, Z86.73) and an old infarction (I.C.9.e.4 counts four
 * weeks as acute; I25.2). Not a clot or a stone: still treated months on, they are current.
 */
function datedEvents(ctx: RuleContext): void {
  for (const f of active(ctx)) {
    if (f.status !== 'affirmed' || !/^(?:I63|G45|I21)/.test(f.code)) continue;
    const when = datedPast(ctx.doc.text.slice(f.start, f.end + 40), ctx.doc.dateOfService);
    if (!when) continue;
    f.status = 'history';
    f.why.push(`ICD-10-CM I.C.21.c.4: dated before this visit ("${when}"), a past event`);
  }
}

/**
 * The date right after a condition's name ("CVA in 2015", "MI 3 yrs ago") when it is at least two months before the
 * visit, past the four acute weeks (a bare year counts from its December); else null.
 */
export function datedPast(text: string, dateOfService: string | undefined): string | null {
  const m = datedBefore.exec(text);
  if (!m) return null;
  const visit = dateOfService ?? new Date().toISOString();
  const visitMonth = Number(visit.slice(0, 4)) * 12 + Number(visit.slice(5, 7)) - 1;
  if (m[2] && visitMonth - (Number(m[2]) * 12 + (m[1] ? Number(m[1]) - 1 : 11)) < 2) return null;
  return m[0].trim();
}
const datedBefore =
  /^[^.;,(\n]*?\s*(?:\(\s*)?(?:(?:in|on|from)\s+)?(?<![\w/])(?:(?:(\d{1,2})\/)?(?:\d{1,2}\/)?((?:19|20)\d{2})\b|(?:\d+|an?|one|two|three|four|five|six|several|many)\s*(?:yrs?|years?)\s+ago\b|(?:[2-9]|1\d|two|three|four|five|six|several|many)\s*(?:mos?|months?)\s+ago\b|last year\b)/i;

/**
 * A condition in history context becomes its history code; a relative's condition becomes a
 * family-history code (whether the visit addresses it is decided later: family-relevance.ts).
 */
export const historyAndFamily: GuidelineRule = (ctx) => {
  // A stated "family/personal history of <site> cancer" matched to the unspecified-site code: the site group decides.
  for (const f of ctx.findings) {
    if (f.status !== 'affirmed' || f.dropped || !residual.test(f.code)) continue;
    const cancer = f.code === 'Z84.89' ? cancerOfResidual(ctx, f) : f;
    const better = cancer && cancerHistory(ctx, cancer, f.code.startsWith('Z85') ? 'Z85' : 'Z80');
    const hit = better ? ctx.codeSets.icd(better, ctx.doc.dateOfService) : null;
    if (!hit?.billable || hit.code === f.code) continue;
    f.why.push(`ICD-10-CM I.C.21.c.4: the site named gives ${hit.code} instead of ${f.code}`);
    Object.assign(f, { code: hit.code, title: hit.title });
  }
  // After the residual codes have been read for the cancer they may name ("Family hx of melanoma").
  loneHistoryWords(ctx);
  datedEvents(ctx);
  for (const f of [...ctx.findings]) {
    // A history is of a condition or a habit (I.C.21.c.4): an encounter (Z00-Z53) or a status or
    // history code (Z77-Z99) has none of its own ("Screening colonoscopy; FHx colon cancer").
    if (/^Z(?:[0-4]\d|5[0-3]|7[7-9]|[89]\d)/.test(f.code)) continue;
    if (f.status === 'history' || f.status === 'resolved') {
      // A problem of this stay, resolved since admission ("Acute hypoxic resp failure - resolved 01/11" in a progress
      // note's assessment), is no past condition: I.C.21.c.4 history codes are for conditions that no longer exist
      // before the encounter, and the stay is one encounter.
      if (f.status === 'resolved' && ctx.doc.setting === 'inpatient-progress' && f.section === 'assessment') continue;
      // I.C.2.d: a site's malignancy the note also reports as current (recurred, under treatment) has no history code.
      if (f.code.startsWith('C') && active(ctx).some((c) => c.code.slice(0, 3) === f.code.slice(0, 3))) continue;
      const code = f.code.startsWith('C')
        ? cancerHistory(ctx, f, 'Z85')
        : (personal.find(([re]) => re.test(f.code))?.[1] ??
          inRemission(f.code) ??
          fractureHistory(ctx, f) ??
          historyTitle(ctx, f, personalCategories, 'personal'));
      if (!code) continue;
      const z = addFinding(
        ctx,
        code.includes('.') || code.length < 4 ? code : `${code.slice(0, 3)}.${code.slice(3)}`,
        f,
        `ICD-10-CM I.C.21.c.4: history of ${f.code} is a personal history code now`,
        7,
      );
      if (z) z.section = f.section;
    } else if (f.status === 'family-history') {
      const code = f.code.startsWith('C')
        ? cancerHistory(ctx, f, 'Z80')
        : (family.find(([re]) => re.test(f.code))?.[1] ?? historyTitle(ctx, f, familyCategories, 'family'));
      if (!code) continue;
      const dotted = code.includes('.') ? code : `${code.slice(0, 3)}.${code.slice(3)}`;
      addFinding(ctx, dotted, f, `ICD-10-CM I.C.21.c.4: family history of ${f.code.startsWith('C') ? 'cancer' : f.title.toLowerCase()}`, 5);
    }
  }
};
