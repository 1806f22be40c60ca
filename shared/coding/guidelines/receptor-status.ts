import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'receptor-status',
  section: 'Tabular C50 "use additional code to identify estrogen receptor status" (Z17); Z17 titles, FY2026 Z17.4 combined receptor status',
  decides:
    "Adds the Z17 receptor status a breast cancer statement documents: the combined hormone receptor and HER2 code where both are said and the year has it, else the estrogen receptor's.",
};

/**
 * A status said as the note writes it: "ER+", "ER 95%" (positive), "HER2-neg", "HR+/HER2-", "triple
 * negative". ER, PR, HR and HER2 are the shared list's estrogen receptor, progesterone receptor, hormone
 * receptor and human epidermal growth factor receptor 2 (medical-abbreviations), each read only with a
 * status mark beside a breast cancer, where no other meaning of the list fits.
 */
const pos = String.raw`(?:\s*\+|\s*pos(?:itive)?\b|\s+\d{1,3}\s*%)`;
const neg = String.raw`(?:\s*-(?!\w)|\s*[-‑]?\s*neg(?:ative)?\b|\s+0\s*%)`;
const status = (marker: string) => ({ pos: new RegExp(String.raw`\b${marker}${pos}`, 'i'), neg: new RegExp(String.raw`\b${marker}${neg}`, 'i') });
const er = status('ER');
const pr = status('PR');
const hr = status('HR');
const her2 = status(String.raw`HER-?2(?:\/neu)?`);
/** Where the status is written: from the first receptor named to the last status mark after it. */
const marker =
  /\b(?:ER|PR|HR|HER-?2)\b[^\n;,]{0,30}?(?:[+-]|pos\w*|neg\w*|\d{1,3}\s*%)(?:\s*\/\s*(?:ER|PR|HR|HER-?2)\b\s*(?:[+-]|pos\w*|neg\w*))*|\btriple[- ]negative\b/i;
const tripleNegative = /\btriple[- ]negative\b/i;

/** What a stretch of text says of each receptor: true positive, false negative, undefined unsaid. */
function said(text: string) {
  const read = (s: { pos: RegExp; neg: RegExp }) => (s.pos.test(text) ? true : s.neg.test(text) ? false : undefined);
  if (tripleNegative.test(text)) return { hormone: false, her2: false, er: false };
  const e = read(er);
  const p = read(pr);
  const h = read(hr);
  const any = [e, p, h];
  const hormone = any.includes(true) ? true : any.includes(false) ? false : undefined;
  return { hormone, her2: read(her2), er: e ?? h };
}

/**
 * The Tabular asks at C50 for the receptor status beside a breast cancer. The statement of the
 * cancer is read first, then the note: FY2026's Z17.4 codes combine the hormone receptors (ER, PR)
 * with HER2 ("HR+/HER2-" Z17.411, "triple negative" Z17.421); HER2 said alone, its own code (Z17.31 /
 * Z17.32); with HER2 unsaid, or before the year has Z17.4, the estrogen receptor's own code (Z17.0 / Z17.1).
 */
export const receptorStatus: GuidelineRule = (ctx) => {
  const cancer = active(ctx).find((f) => /^C50\./.test(f.code));
  if (!cancer) return;
  const { text } = ctx.doc;
  const stmt = cancer.stmt ? text.slice(cancer.stmt.start, cancer.stmt.end) : text.slice(cancer.start, cancer.end);
  const own = said(stmt);
  const inStmt = own.hormone !== undefined || own.her2 !== undefined;
  const s = inStmt ? own : said(text);
  const combined = s.hormone !== undefined && s.her2 !== undefined ? `Z17.4${s.hormone ? 1 : 2}${s.her2 ? 0 : 1}` : null;
  // HER2 said alone: its own status code (Z17.3-, FY2026), where the year has it.
  const her2Alone = s.her2 !== undefined && s.hormone === undefined ? (s.her2 ? 'Z17.31' : 'Z17.32') : null;
  const billable = (c: string | null) => (c && ctx.codeSets.icd(c, ctx.doc.dateOfService)?.billable ? c : null);
  const code = billable(combined) ?? billable(her2Alone) ?? (s.er === undefined ? null : s.er ? 'Z17.0' : 'Z17.1');
  if (!code) return;
  // A combined code names each receptor: the separate ones a statement matched give way to it, and so
  // does another combination a statement's words reached as a bag ("HR+/HER2-" read as Z17.421 too).
  if (code.startsWith('Z17.4') || code.startsWith('Z17.3'))
    for (const o of active(ctx)) if (/^Z17\./.test(o.code) && o.code !== code) drop(o, 'other', `ICD-10-CM I.B.9: the receptor status ${code} reports it`);
  // The evidence is the status as written ("HR+/HER2-"), where the statement or the note says it.
  const from = inStmt && cancer.stmt ? cancer.stmt.start : 0;
  const where = marker.exec(inStmt ? stmt : text);
  const span = where ? { start: from + where.index, end: from + where.index + where[0].length } : { start: cancer.start, end: cancer.end };
  addFinding(
    ctx,
    code,
    { ...span, order: cancer.order + 0.2, section: cancer.section },
    `Tabular C50: use additional code to identify receptor status (${code})`,
    7,
  );
};
