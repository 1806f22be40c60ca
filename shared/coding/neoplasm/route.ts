import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { spanOf } from '../matcher/span-of.ts';
import type { StatementHit } from '../matcher/statement.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { type Completed, completeSite } from './complete-site.ts';
import { type Column, columns, neoplasmTable, rootColumn, siteCode, type NeoplasmTable } from './table.ts';

/**
 * Where one statement's clauses part ("adenocarcinoma of sigmoid colon, with synchronous liver metastases"), and a
 * stated cause from what it causes ("Pleural effusion secondary to | lung cancer", "brain metastases from | lung cancer").
 */
const clauseBreak = /[,;:()+]|\s[-–]\s|\bwith\b|\bw\/|\band\b|\b(?:due|secondary) to\b|\bfrom\b/;
/** "Secondary to" states a cause (I.A.15), as "due to" does: no metastasis. */
const causalSecondary = /^secondary\s+to\b/i;
/** A metastasis told after its primary ("breast cancer metastatic to bone"; Index: Metastasis, to specified site). */
const spreadTo = /^(?:metastatic|metastasi[sz]ed|metastasizing|spread(?:ing)?)\s+to\b/i;

/** Words that give the column word "neoplasm" through the lexicon (abbreviations.ts, tokens.ts). */
const columnCue = /neoplas|tumou?r|cancer|carcinoma|malignan|\bCA\b|\bmets\b|metasta/i;

/** Words of the column's own name in the Index ("Neoplasm, secondary / malignant / in situ"): not site words. */
const columnWords = new Set(['secondary', 'malignant', 'neoplasm', 'situ', 'benign', 'primary']);
/** Morphology words the Index lists kinds under ("Carcinoma, liver NEC"): a kind, not a site. */
const morphologyWords = new Set(['carcinoma', 'adenocarcinoma']);

/** The neoplasm chapter (C00-D49): a code the Table could have given. */
const neoplasmChapter = /^(?:C|D[0-4])/;
/** Secondary and unspecified-behaviour sites (C77-C79): the Malignant Secondary column's codes. */
const secondaryCodes = /^C7[789]/;
const sideWords = new Set(['right', 'left', 'unilateral', 'bilateral']);

/**
 * ICD-10-CM I.C.2 (general guidelines, Neoplasm Table): a morphology term gives the column (the
 * Index: "Adenocarcinoma - see also Neoplasm, malignant, by site", compiled as the unspecified-site
 * row's code of that column, table-sees.ts), and the site named in the same statement gives the
 * row. A statement's metastases ("bone mets", "mets to liver", "liver metastases") are read apart,
 * in the Malignant Secondary column, from their own clause (I.C.2.d/l). A header cell is completed
 * by the side the statement says (I.B.13) and, for a site coded by sex (breast), by the patient's.
 */
export function routeNeoplasms(
  codeSets: CodeSets,
  dos: string | undefined,
  text: string,
  start: number,
  end: number,
  hits: StatementHit[],
  sex?: 'F' | 'M' | 'U',
  sentenceEnd = end,
): StatementHit[] {
  // Fast path: a statement none of whose words gives a column word ("neoplasm": the lexicon's
  // cancer / carcinoma / CA / tumor / metastasis entries) and none of whose codes is a neoplasm's is
  // left as is. A shorthand's expansion may hold the column word ("NSCLC, LUL": a lung code came from it).
  const rootHit = hits.some((h) => /^(?:C80|C79|D09|D36|D48|D49)/.test(h.code));
  if (!hits.some((h) => neoplasmChapter.test(h.code)) && !columnCue.test(text.slice(start, sentenceEnd))) return hits;
  // The shared list's single-meaning shorthand too ("NSCLC": non-small cell lung cancer).
  const listed = codeSets.abbreviations?.().expand;
  const said = (t: Token) => !t.neg && t.start >= 0 && !(t.stem === 'secondary' && causalSecondary.test(text.slice(t.start)));
  const tokens = expandTokens(text, start, end, listed).filter(said);
  // Metastases stated after the diagnosis head ("adenocarcinoma of sigmoid colon, MSI-H (…), with
  // synchronous liver metastases") are the same sentence's sites: their clauses are read to its end.
  const whole = sentenceEnd > end ? expandTokens(text, start, sentenceEnd, listed).filter(said) : tokens;
  const table = neoplasmTable(codeSets);
  if (!table) return hits;
  const complete = (code: string, words: Token[]) => completeSite(codeSets, dos, code, words, sex);
  if (!whole.some((t) => t.stem === 'neoplasm') && !rootHit) return hits.map((h) => narrowed(table, h, tokens, complete) ?? h);
  const clauses = splitClauses(text, whole);
  // A metastases clause; one that names its primary first ("breast cancer metastatic to bone") is secondary from there.
  const secondary = clauses.flatMap((c) => {
    const cue = c.findIndex((t) => t.stem === 'secondary');
    if (cue < 0 || !c.some((t) => t.stem === 'neoplasm')) return [];
    return [cue > 0 && spreadTo.test(text.slice(c[cue]!.start)) ? c.slice(cue) : c];
  });
  // Index: "Metastasis, metastatic, cancer, to specified site - see Neoplasm, secondary, by site":
  // "metastatic breast cancer to bone" names its secondary site after "to", its primary before.
  for (const c of clauses) {
    const m = c.findIndex((t) => t.stem === 'metastatic');
    if (m < 0 || secondary.includes(c)) continue;
    const to = c.findIndex((t, i) => i > m && /\bto\b/i.test(text.slice(c[i - 1]!.end, t.start)));
    if (to > 0) secondary.push(c.slice(to));
  }
  // Sites joined to a metastases clause ("brain and bone metastases", "liver, lung and bone mets") share it.
  for (let i = clauses.length - 1; i > 0; i--) {
    const [prev, cur] = [clauses[i - 1]!, clauses[i]!];
    if (!secondary.includes(cur) || secondary.includes(prev) || prev.some((t) => t.stem === 'neoplasm' || t.stem === 'malignant')) continue;
    if (/^\s*(?:,|and|&|\/|,\s*and)\s*$/i.test(text.slice(prev.at(-1)!.end, cur[0]!.start))) secondary.push(prev);
  }
  // ICD-O behaviour /1, the Table's Uncertain Behavior column: "borderline malignancy", "low malignant potential".
  const uncertainSaid = /\b(?:(?:low|uncertain) malignant potential|borderline|uncertain behaviou?r)\b/i.test(text.slice(start, sentenceEnd));
  const malignantSaid = whole.some((t) => t.stem === 'malignant') && !uncertainSaid && !/\bbenign\b/i.test(text.slice(start, sentenceEnd));
  const metastasisSaid = whole.some((t) => t.stem === 'secondary' || t.stem.startsWith('metasta'));
  const inSecondary = (t: Token) => secondary.some((c) => t.start >= c[0]!.start && t.end <= c.at(-1)!.end);
  // The note's own words beside their expansions: a Table row may name a morphology ("skin, cheek,
  // squamous cell carcinoma") that the lexicon rewrote into the column's words.
  const raw = tokenize(text.slice(start, end))
    .filter((t) => !t.neg)
    .map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const primaryTokens = [...tokens, ...raw.filter((r) => !tokens.some((t) => t.start === r.start && t.stem === r.stem))]
    .filter((t) => !inSecondary(t))
    .sort((a, b) => a.start - b.start);
  const out: StatementHit[] = [];
  // The primary's site is read in the whole statement ("Left breast, invasive ductal carcinoma"; "NSCLC, LUL"), unless
  // the site found there is only another clause's and the neoplasm's own clause names one ("Spinal cord compression due
  // to | metastatic prostate cancer": prostate, not spinal cord).
  const own = clauses.filter((c) => !secondary.includes(c) && c.some((t) => t.stem === 'neoplasm' && !inSecondary(t)));
  const ownTokens = own.length === 1 ? primaryTokens.filter((t) => t.start >= own[0]![0]!.start && t.end <= own[0]!.at(-1)!.end) : null;
  const routePrimary = (col: Column) => {
    const all = route(table, primaryTokens, col, complete);
    if (!ownTokens || all?.req.some((w) => ownTokens.some((t) => t.stem === w || table.formOf.get(t.stem) === w))) return all;
    return route(table, ownTokens, col, complete) ?? all;
  };
  for (const h of hits) {
    const col = rootColumn(table, h.code);
    if (col === 'Malignant Secondary' && secondary.length) continue;
    // A secondary site read across the primary's clause ("RUL with bone metastases" as C78.01): the
    // metastases' sites are those of their own clauses (I.C.2.d), read below.
    if (secondaryCodes.test(h.code) && secondary.length && !secondary.some((c) => h.start >= c[0]!.start && h.end <= c.at(-1)!.end)) continue;
    // "Secondary" that states a cause ("effusion secondary to lung cancer") named no metastasis the title could take.
    if (col === 'Malignant Secondary' && !metastasisSaid && /\bsecondary\s+to\b/i.test(text.slice(start, sentenceEnd))) continue;
    // A tumour of benign, uncertain or unspecified behaviour (D10-D49: "Tumor, testicular" D40.10) where the statement says
    // the neoplasm is malignant ("Testicular cancer"): the behaviour said is the column (I.C.2, Neoplasm Table).
    if (/^D(?:[1-3]\d|4\d)/.test(h.code) && malignantSaid) continue;
    // A malignant code for a neoplasm the statement says is of uncertain behaviour ("low malignant potential").
    if (/^C/.test(h.code) && uncertainSaid) continue;
    // A primary site read inside a metastases clause ("Bone metastases" as C41.9): that clause names metastases only.
    if (col && col !== 'Malignant Secondary' && secondary.some((c) => h.start >= c[0]!.start && h.end <= c.at(-1)!.end)) continue;
    if (!col) {
      out.push(narrowed(table, h, primaryTokens, complete) ?? h);
      continue;
    }
    const routed = col === 'Malignant Secondary' ? route(table, tokens, col, complete) : routePrimary(col);
    out.push(routed ? { ...h, ...routed } : h);
  }
  // Column words said in the statement ("breast CA", "lung cancer", "carcinoma in situ"): the
  // Index's "Cancer / Carcinoma - see Neoplasm, malignant, by site" read with the site said. The
  // Table's row replaces a primary-site code the titles gave from fewer site words ("right upper").
  const stems = new Set(primaryTokens.map((t) => t.stem));
  const col: Column | undefined = !stems.has('neoplasm')
    ? undefined
    : uncertainSaid
      ? 'Uncertain Behavior'
      : stems.has('situ')
        ? 'Ca in situ'
        : stems.has('malignant')
          ? 'Malignant Primary'
          : stems.has('benign')
            ? 'Benign'
            : undefined;
  // Column words an encounter or history code already took ("lung cancer screening" is Z12.2, "history of breast
  // cancer" Z85.3): not a neoplasm of this statement.
  // A manifestation of the neoplasm ("Neoplasm related pain" G89.3, "Anemia in neoplastic disease" D63.0) takes none: the
  // neoplasm is coded beside it.
  const taken = out.some((h) => h.code.startsWith('Z') && h.req.some((w) => w === 'neoplasm' || w === 'malignant'));
  const routed = col && !taken ? routePrimary(col) : null;
  if (routed) {
    const at = out.findIndex((h) => neoplasmChapter.test(h.code) && !secondaryCodes.test(h.code));
    const own = at < 0 ? [] : out[at]!.req.filter((w) => !columnWords.has(w) && !sideWords.has(w) && !morphologyWords.has(w));
    const hit = { ...routed, score: 10, matched: routed.req.length, missing: [], via: 'index' as const };
    if (at < 0) out.unshift(hit);
    // An Index morphology's own code at the same site ("Carcinoma, hepatocellular" C22.0 beside the
    // Table's liver C22.9) is the more specific: the Index is read first (I.C.2).
    else if (out[at]!.code !== routed.code && own.length <= routed.req.length && !morphologyAt(out[at]!, routed.code)) out[at] = { ...out[at]!, ...routed };
  }
  for (const clause of secondary) {
    const routed = route(table, clause, 'Malignant Secondary', complete);
    if (routed && !out.some((h) => h.code === routed.code)) out.push({ ...routed, score: 10, matched: routed.req.length, missing: [], via: 'index' });
  }
  return dedupe(out);
}

/**
 * A morphology's own code at a Table site ("Glioblastoma" C71.9, brain NEC; "Osteosarcoma" C41.9, bone) narrowed to a
 * site below that row the statement names ("of right frontal lobe": brain, frontal lobe C71.1; "of femur": bone, femur
 * C40.2-), in the same column: the Index sends a morphology with a specified site to the Table by site (I.C.2).
 */
function narrowed(table: NeoplasmTable, h: StatementHit, said: Token[], complete: (code: string, words: Token[]) => Completed | null): StatementHit | null {
  if (!neoplasmChapter.test(h.code)) return null;
  const flat = h.code.replace('.', '');
  const stems = said.map((t) => t.stem).filter((w) => !columnWords.has(w));
  const below = (row: NeoplasmTable['rows'][number], top: NeoplasmTable['rows'][number]) => {
    for (let p = row.parent; p >= 0; p = table.rows[p]!.parent) if (table.rows[p] === top) return true;
    return false;
  };
  for (const col of columns) {
    for (const own of table.rows.filter((r) => r.cells.get(col)?.replace(/[.-]/g, '') === flat)) {
      // The morphology names its row's site ("brain"): a subterm of it ("frontal lobe") needs no more.
      const site = siteCode(table, new Set([...stems, ...own.words]), col);
      if (!site || !below(site.row, own)) continue;
      const done = complete(site.code, said);
      if (!done) continue;
      const why = `ICD-10-CM I.C.2: Neoplasm Table, ${site.row.title}, ${col} -> ${site.code}`;
      return { ...h, code: done.code.replace('.', ''), title: done.title, why: [h.why, why, done.why].filter(Boolean).join('; ') };
    }
  }
  return null;
}

/**
 * A specified code an Index morphology path gave ("Carcinoma, hepatocellular" C22.0) in the routed
 * code's category; one of unspecified site ("Carcinoma, basal cell" C44.91) gives way to the site said.
 */
const morphologyAt = (h: StatementHit, routed: string) =>
  h.via === 'index' && h.req.some((w) => morphologyWords.has(w)) && h.code.slice(0, 3) === routed.slice(0, 3) && !/\bunspecified\b/i.test(h.title);

type Routed = Pick<StatementHit, 'code' | 'title' | 'req' | 'why' | 'start' | 'end'>;

function route(
  table: NeoplasmTable,
  said: Token[],
  col: Column,
  complete: (code: string, said: Token[]) => { code: string; title: string; why?: string } | null,
): Routed | null {
  const words = new Set(said.map((t) => t.stem).filter((w) => !columnWords.has(w)));
  const site = siteCode(table, words, col);
  if (!site) return null;
  const done = complete(site.code, said);
  if (!done) return null;
  // The tightest stretch naming the site and the column's word, so context read after it is its own.
  const [a, b] = spanOf(said, [
    ...site.matched,
    ...said
      .filter((t) => t.stem === 'neoplasm')
      .map((t) => t.stem)
      .slice(0, 1),
  ]);
  if (a === undefined || b === undefined) return null;
  return {
    code: done.code.replace('.', ''),
    title: done.title,
    req: site.matched,
    start: a,
    end: b,
    why: [`ICD-10-CM I.C.2: Neoplasm Table, ${site.row.title}, ${col} -> ${site.code}`, done.why].filter(Boolean).join('; '),
  };
}

/** Tokens grouped by the clause of the statement they sit in. */
function splitClauses(text: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of tokens) {
    const prev = cur.at(-1);
    if (prev && prev.end <= t.start && clauseBreak.test(text.slice(prev.end, t.start))) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

function dedupe(hits: StatementHit[]): StatementHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.code) && seen.add(h.code));
}
