import { lineColumns } from '../readers/claim-labels.ts';
import { cellText, readTables } from '../readers/line-table.ts';
import { procShape } from '../readers/read-claim.ts';
import { readEligibility } from '../readers/read-eligibility.ts';
import { isRemitTable, readRemittance } from '../readers/read-remittance.ts';
import { remitColumns } from '../readers/remit-labels.ts';
import { cues, groupCarc, type PageKind } from './cues.ts';

export interface KindDecision {
  kind: PageKind;
  /** Each kind's score and the cues that made it, for the panel ("why this kind"). */
  scores: Record<Exclude<PageKind, 'other'>, number>;
  why: string[];
}

const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CHARTSIDE-OVERLAY']);

/** The page's visible words and typed text (textareas), without scripts, styles or our overlay. */
export function pageText(doc: Document): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !skipTags.has((n as Element).tagName)) {
      if ((n as Element).tagName === 'TEXTAREA') parts.push(' ', (n as HTMLTextAreaElement).value, ' ');
      else for (const c of n.childNodes) walk(c);
    }
  };
  if (doc.body) walk(doc.body);
  for (const f of doc.querySelectorAll('iframe, frame')) {
    try {
      const inner = (f as HTMLIFrameElement).contentDocument;
      if (inner?.body) parts.push(' ', pageText(inner));
    } catch {
      // cross-origin frame: not ours to read
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Sentences of narrative (eight words or more ending in a full stop): prose, not a form. */
const narrative = (text: string) => (text.match(/[A-Za-z][^.!?]{40,}[.!?](\s|$)/g) ?? []).filter((s) => s.split(' ').length >= 8).length;

/**
 * Decides what the page is from its words and its structure: a service-line table (CMS-1500
 * item 24 columns) makes a claim; a line table with paid/allowed/adjustment columns (835 SVC/CAS)
 * makes a remittance; coverage words (271) an eligibility response; clinical headings and
 * narrative a note. Below the threshold the page is "other" and gets nothing.
 */
export function classifyPage(doc: Document): KindDecision {
  const text = `${doc.title} ${pageText(doc)}`;
  const lower = text.toLowerCase();
  const why: string[] = [];
  const scores = { note: 0, claim: 0, eligibility: 0, remittance: 0 };
  for (const kind of Object.keys(cues) as (keyof typeof cues)[]) {
    for (const cue of cues[kind]) {
      const m = lower.match(cue);
      if (m) {
        scores[kind]++;
        why.push(`${kind}: "${m[0].trim()}"`);
      }
    }
  }
  const groupCodes = new Set(text.match(groupCarc) ?? []);
  if (groupCodes.size > 0) {
    scores.remittance += 2;
    why.push(`remittance: group code + CARC ${[...groupCodes].slice(0, 3).join(', ')}`);
  }
  const remitTable = readTables(doc, remitColumns, 'procedure', 2, false).some(isRemitTable);
  // A service-line table bills procedures: some row's code is a CPT/HCPCS code (a lab table
  // with "Code" and "Units" columns on a note is not one).
  const claimTable =
    !remitTable &&
    readTables(doc, lineColumns, 'code', 2).some(
      (t) =>
        (t.fields.has('charge') || t.fields.has('units')) &&
        t.rows.some((r) =>
          (cellText(r, 'code') ?? '')
            .toUpperCase()
            .split(/[\s,:-]+/)
            .some((c) => procShape.test(c)),
        ),
    );
  if (remitTable) {
    scores.remittance += 4;
    why.push('remittance: a service-line table with paid/allowed/adjustment columns');
  } else if (claimTable) {
    scores.claim += 4;
    why.push('claim: a service-line table with procedure and charge/units columns');
  }
  // An eligibility response read by its labels: a coverage status with coverage dates.
  const coverage = !remitTable && scores.eligibility >= 1 ? readEligibility(doc) : undefined;
  if (coverage && coverage.status !== 'unknown' && (coverage.start || coverage.end)) {
    scores.eligibility += 3;
    why.push(`eligibility: coverage ${coverage.status} with its dates`);
  }
  // Remittance lines read from label/value blocks or a printout: adjusted procedures.
  if (!remitTable && !claimTable && scores.remittance >= 1 && readRemittance(doc)?.lines.some((l) => l.adjustments.length > 0)) {
    scores.remittance += 3;
    why.push('remittance: adjusted service lines read from the page');
  }
  const prose = narrative(text);
  if (prose >= 2) {
    scores.note += Math.min(prose, 4);
    why.push(`note: ${prose} sentences of narrative`);
  }
  const biller = (['claim', 'eligibility', 'remittance'] as const).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  let kind: PageKind = 'other';
  if (scores[biller] >= 4 && scores[biller] > scores.note) kind = biller;
  else if (scores.note >= 2) kind = 'note';
  return { kind, scores, why };
}
