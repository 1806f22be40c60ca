import { screenDate as isoDate } from './screen-date.ts';
import { amountOf, parseAdjustments, parseRarcs } from '../dom/remit-text.ts';
import type { DenialLine, RemitContext } from '../adapters/types.ts';
import { find, labelledValues, type Labelled } from './labelled-values.ts';
import { cellText, readTables, type ReadTable, type Row } from './line-table.ts';
import { procShape } from './read-claim.ts';
import { remitColumns, remitLabels } from './remit-labels.ts';
import { printoutLines } from './remit-printout.ts';

export interface RemitReading {
  claimNumber?: string;
  memberId?: string;
  serviceDate?: string;
  remit: RemitContext;
  lines: DenialLine[];
}

/**
 * Reads a remittance or claim-status view from any layout: a service-line table found by its
 * header row, else repeated line blocks of label/value text (one procedure label per block).
 * Undefined when no line shows a procedure.
 */
export function readRemittance(doc: Document): RemitReading | undefined {
  const table = readTables(doc, remitColumns, 'procedure', 2)
    .filter(isRemitTable)
    .sort((a, b) => b.rows.length - a.rows.length)[0];
  const pairs = labelledValues(doc, (el) => !!table && table.table.contains(el));
  const blocks = table ? [] : lineBlocks(pairs);
  const rows = table ? table.rows.map(fromRow) : blocks.length ? blocks : printoutLines(doc);
  const lines = rows.map((r, i) => toLine(r, i)).filter((l) => l.code && procShape.test(l.code));
  // A remittance says what was paid or adjusted: lines of codes and charges alone are a claim's.
  if (!lines.some((l) => l.adjustments.length > 0 || l.paid !== undefined)) return undefined;
  const get = (field: string) => find(pairs, remitLabels.find((r) => r.field === field)!.patterns)?.value || undefined;
  const serviceDate = isoDate(get('serviceDate')) ?? lines.find((l) => l.dateOfService)?.dateOfService;
  for (const l of lines) if (!l.dateOfService && serviceDate) l.dateOfService = serviceDate;
  const payer = get('payer');
  const remitDate = isoDate(get('remitDate'));
  return {
    ...(get('claimNumber') && { claimNumber: get('claimNumber') }),
    ...(get('memberId') && { memberId: get('memberId')!.split(/\s/)[0] }),
    ...(serviceDate && { serviceDate }),
    remit: { ...(payer && { payerName: payer }), ...(remitDate && { remitDate }) },
    lines,
  };
}

type Fields = Record<string, string | undefined>;

/** A service-line table is a remittance's when it shows what was paid or adjusted (835 SVC03, CAS). */
export const isRemitTable = (t: ReadTable) => ['paid', 'allowed', 'adjustments', 'carc', 'group'].some((f) => t.fields.has(f));

function fromRow(row: Row): Fields {
  return Object.fromEntries(Object.keys(row).map((k) => [k, cellText(row, k)]));
}

/**
 * Line blocks: the smallest ancestor of each procedure label that holds no other procedure
 * label; the block's own label/value pairs give the line's fields.
 */
function lineBlocks(pairs: Labelled[]): Fields[] {
  const byField = (p: Labelled) => remitColumns.find((r) => r.patterns.some((x) => x.test(p.key)))?.field;
  const procs = pairs.filter((p) => byField(p) === 'procedure' && procShape.test(p.value.split(/[\s-]/)[0] ?? ''));
  return procs.map((proc) => {
    let block: Element = proc.el;
    while (block.parentElement && procs.filter((p) => block.parentElement!.contains(p.el)).length === 1) block = block.parentElement;
    const out: Fields = {};
    for (const p of pairs) {
      const f = byField(p);
      if (f && !out[f] && block.contains(p.el)) out[f] = p.value;
    }
    return out;
  });
}

function toLine(f: Fields, index: number): DenialLine {
  // Separate group and reason columns ("CO" | "16") or one column ("CO-16 $180.00").
  const groups = (f.group ?? '').toUpperCase().match(/\b(CO|PR|OA|PI|CR)\b/g) ?? [];
  const carcs = (f.carc ?? '').toUpperCase().match(/\b[A-Z]?\d{1,3}\b/g) ?? [];
  // With one adjustment, an amount-only "Adj amount" column is its amount.
  const amount = carcs.length === 1 && !/\b(CO|PR|OA|PI|CR)\b/.test(f.adjustments ?? '') ? amountOf(f.adjustments)?.toFixed(2) : undefined;
  const paired =
    groups.length > 0 && carcs.length > 0 ? carcs.map((c, i) => `${groups[Math.min(i, groups.length - 1)]}-${c}${amount ? ` ${amount}` : ''}`).join('\n') : '';
  // Patient-share columns are PR adjustments with CARC 1, 2 and 3 when they hold an amount.
  const shares = (['deductible', 'coinsurance', 'copay'] as const)
    .map((k, i) => (amountOf(f[k]) ? `PR-${i + 1} ${amountOf(f[k])!.toFixed(2)}` : ''))
    .filter(Boolean);
  const adjustments = parseAdjustments([paired, f.adjustments, f.carc, ...shares].filter(Boolean).join('\n'));
  const seen = new Set<string>();
  const code = f.procedure?.toUpperCase().match(/\b(\d{4}[0-9FTU]|[A-V]\d{4})\b/)?.[1];
  const dos = isoDate(f.dateOfService);
  const billed = amountOf(f.billed);
  const paid = amountOf(f.paid);
  return {
    lineIndex: index,
    ...(code && { code }),
    ...(dos && { dateOfService: dos }),
    ...(f.status && { status: f.status }),
    ...(billed !== undefined && { billed }),
    ...(paid !== undefined && { paid }),
    adjustments: adjustments.filter((a) => !seen.has(a.group + a.carc) && seen.add(a.group + a.carc)),
    rarcs: parseRarcs(f.rarc),
  };
}
