import { assess, before } from '../context/assess.ts';
import type { Finding } from '../finding.ts';
import { codeStatement } from '../matcher/statement.ts';
import { neoplasmTable, siteCode } from '../neoplasm/table.ts';
import { sectionAt, type SectionKind } from '../note/sections.ts';
import { tokenize } from '../text/tokens.ts';
import { cancerHistory } from './history-family.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'past-cancer',
  section: 'I.C.2.d (malignancy no longer present: Z85), I.C.21.c.4 (history codes on any record); Index "History, personal, malignant neoplasm"',
  decides:
    "Adds the personal-history code of a malignancy the past history tells as eradicated (treatment completed, no recurrence, NED) outside the assessment, unless the note reports the site as current, and a relative's cancer told there its family-history code.",
};

/** A malignancy named: the words the Index's "Neoplasm, malignant" entries and morphology terms use. */
const cancerWord = /\b(?:cancer|carcinoma|adenocarcinoma|lymphoma|leukemia|melanoma|sarcoma|myeloma|seminoma|malignan\w*|Hodgkin\w*)\b|\bCA\b/;
/**
 * I.C.2.d: "excised or eradicated from its site and there is no further treatment directed to that
 * site and there is no evidence of any existing primary malignancy": said by a completed treatment,
 * no recurrence, no evidence of disease (NED), cure or survivorship; a completed treatment told either way round
 * ("completed chemo", "induction/maintenance BCG completed": intravesical BCG is a bladder cancer's treatment).
 */
const eradicated =
  /\b(?:completed (?:\w+\/?)*(?:chemo\w*|XRT|radiation|radiotherapy|treatment|tx|therapy)|(?:chemo\w*|XRT|radiation|radiotherapy|BCG|treatment|tx|therapy) (?:was )?completed|no (?:recurrence|evidence of (?:disease|recurrence))|NED|cured|in remission|survivorship|survivor|resected|excised|s\/p (?:\w+ )?(?:\w+ectomy|resection|excision))\b/i;
/**
 * Treatment or disease now ("on letrozole", "metastatic", "recurrence" affirmed, adjuvant therapy:
 * I.C.2.m, current malignancy versus personal history): a current malignancy, not history.
 */
const current =
  /\b(?:currently|undergoing|receiving|now on|on (?:chemo\w*|treatment|active)|adjuvant|neoadjuvant|cycle \d+|C\d+D\d+|metasta\w*|mets|progress\w*|active (?:disease|cancer)|(?<!no )recurren\w*|newly diagnosed|tamoxifen|letrozole|anastrozole|exemestane)\b/i;
/**
 * A piece that opens with a relative and a dash or colon ("Mother - papillary thyroid carcinoma"):
 * the shorthand of a family-history line (medspaCy ConText FAMILY triggers: mother, father, sister,
 * brother, aunt, uncle, grandmother, grandfather, son, daughter, cousin), which the context module's
 * " - " clause break leaves unread.
 */
const relativeLead =
  /^\s*(?:(?:maternal|paternal)\s+)?(?:mother|father|mom|dad|sister|brother|aunt|uncle|grand(?:mother|father|parent)|son|daughter|cousin)\s*(?:[-–—:]|\(\w+\)\s*[-–—:])/i;
/**
 * A relative named before the cancer in the same piece ("Brother dx'd w/ prostate cancer at 58 (s/p
 * prostatectomy)"): the relative's, even when a history cue of the piece ("s/p") is what the context reads first.
 */
function relativeFirst(piece: string): boolean {
  const who = familyCue.exec(piece);
  const what = cancerWord.exec(piece);
  return !!who && !!what && who.index < what.index;
}
const familyCue = before.find(([, status]) => status === 'family-history')![0];

/** Sections of past history, risk factors and the present illness; the assessment is the matcher's, the family's is not the patient's. */
const skipped = new Set<SectionKind>(['assessment', 'plan', 'mdm', 'fhx', 'ros', 'allergies', 'meds', 'exam', 'results']);

/**
 * ICD-10-CM I.C.2.d and I.C.21.c.4: a malignancy the note's history tells as gone ("Hodgkin
 * lymphoma 1995; completed chemo/XRT 1996, no recurrence"; "melanoma 2015, WLE, no recurrence")
 * takes the Index's "History, personal, malignant neoplasm" code for its site, read from the line
 * that says so outside the assessment. Not when the note reports that site's malignancy as
 * current or tells of treatment now, and not a relative's.
 */
export const pastCancer: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (!cancerWord.test(line)) continue;
    const kind = sectionAt(ctx.sections, m.index)?.kind ?? 'preamble';
    if (skipped.has(kind)) continue;
    const gone = eradicated.test(line) && !current.test(line);
    for (const part of line.matchAll(/[^;.]+/g)) {
      const piece = part[0];
      if (!cancerWord.test(piece)) continue;
      const start = m.index + part.index + (piece.length - piece.trimStart().length),
        end = m.index + part.index + piece.trimEnd().length;
      // Context is read within the piece: a negation of an earlier sentence ("no recurrence.") does not reach it.
      const said = assess(text, start, start, end, kind, ctx.doc.setting).status;
      if (said === 'negated' || said === 'hypothetical') continue;
      // A relative's cancer told outside the family history ("Risk factors: ... Mother - papillary thyroid
      // carcinoma"): its family-history code (I.C.21.c.4); whether the visit addresses it is family-relevance.ts's call.
      const family = said === 'family-history' || relativeLead.test(piece) || relativeFirst(piece);
      if (!family && !gone) continue;
      // An in-situ neoplasm is no malignancy (D00-D09): its history is "Personal history of in-situ neoplasm" (Z86.00-).
      if (!family && /\bin[- ]situ\b/i.test(piece)) {
        inSitu(ctx, piece, start, end, kind);
        continue;
      }
      const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, start, end, ctx.doc.patient.sex, ['C'])[0];
      const c = hit && { ...hit, code: bySite(ctx, hit.code, text.slice(start, end)) };
      if (!c || /^C(?:7[7-9]|80)/.test(c.code)) continue;
      if (!family && active(ctx).some((f) => f.code.slice(0, 3) === c.code.slice(0, 3))) continue;
      const as: Finding = {
        code: c.code,
        title: c.title,
        start: c.start,
        end: c.end,
        order: 1000 + start,
        section: kind,
        status: said,
        score: 6,
        why: [],
        source: 'rule',
      };
      const z = cancerHistory(ctx, as, family ? 'Z80' : 'Z85');
      if (!z) continue;
      addFinding(
        ctx,
        z.includes('.') || z.length < 4 ? z : `${z.slice(0, 3)}.${z.slice(3)}`,
        { start, end, order: 1000 + start, section: kind },
        family
          ? `ICD-10-CM I.C.21.c.4: a relative's ${text.slice(c.start, c.end)}: family history`
          : `ICD-10-CM I.C.2.d: ${text.slice(c.start, c.end)} told as eradicated ("${line.trim().slice(0, 80)}"): personal history`,
        family ? 5 : 6,
      );
    }
  }
};

/**
 * A carcinoma read as of unspecified site (C80.1: "Carcinoma - see Neoplasm, malignant, by site")
 * takes the Neoplasm Table's "Malignant Primary" cell of the site the piece names ("papillary
 * thyroid carcinoma" -> thyroid gland C73), as a coder follows the Index's cross-reference.
 */
function bySite(ctx: Parameters<GuidelineRule>[0], code: string, piece: string): string {
  if (!/^C80/.test(code)) return code;
  const table = neoplasmTable(ctx.codeSets);
  const said = new Set(tokenize(piece).map((t) => t.stem));
  return (table && siteCode(table, said, 'Malignant Primary')?.code.replace(/-$/, '')) || code;
}

/** Index "History, personal (of), in-situ neoplasm" (FY2024 Z86.00-): the category searched with the piece's words. */
function inSitu(ctx: Parameters<GuidelineRule>[0], piece: string, start: number, end: number, kind: SectionKind): void {
  const said = `personal history of ${piece}`;
  const h = codeStatement(ctx.codeSets, ctx.doc.dateOfService, said, 0, said.length, ctx.doc.patient.sex, ['Z8600'])[0];
  if (!h) return;
  addFinding(ctx, h.code, { start, end, order: 1000 + start, section: kind }, `ICD-10-CM I.C.21.c.4: in-situ neoplasm told as removed: ${h.title}`, 6);
}
