import { isoDate } from '../dom/dom-read.ts';
import { spacedText, textIn } from '../dom/frame-read.ts';
import { amountOf, parseAdjustments, parseRarcs } from '../dom/remit-text.ts';
import type { DenialLine, PageFindings } from './types.ts';

// Availity Essentials claim status results: the claim card (#claim-status-results, fields by
// data-field) and the service-line table (cells by data-col). Header texts are the fallback for
// a table rendered without data-col attributes (Availity's older, server-rendered results).
export const claimStatusRoot = '#claim-status-results';
const lineRows = ['table[data-testid=service-lines] tbody tr', 'table.service-lines tbody tr'];
const columns: Record<string, RegExp> = {
  'service-date': /service date/i,
  procedure: /procedure|cpt|hcpcs/i,
  billed: /billed|charge/i,
  paid: /paid/i,
  status: /status/i,
  adjustments: /adjust|reason/i,
  remarks: /remark|rarc/i,
};

export function readClaimStatus(doc: Document): Pick<PageFindings, 'denials' | 'identity' | 'remit'> | undefined {
  const card = doc.querySelector(claimStatusRoot);
  if (!card) return undefined;
  const memberId = textIn(card.querySelector('[data-field="member-id"]'));
  const dos = isoDate(textIn(card.querySelector('[data-field="service-dates"]')));
  const rows = lineRows.map((s) => [...doc.querySelectorAll(s)]).find((r) => r.length > 0) ?? [];
  const denials = rows.map((row, i) => readLine(row, i));
  // "Medicare Part B (00882)": the payer's name, then its payer id in parentheses.
  const payer = textIn(card.querySelector('[data-field="payer"]'))?.match(/^(.*?)\s*(?:\(([\w-]+)\))?$/);
  const remitDate = isoDate(textIn(card.querySelector('[data-field="remit-date"]')));
  const remit = {
    ...(payer?.[1] && { payerName: payer[1] }),
    ...(payer?.[2] && { payerId: payer[2] }),
    ...(remitDate && { remitDate }),
  };
  return { denials, remit, ...(memberId && dos && { identity: { memberId, dateOfService: dos } }) };
}

function readLine(row: Element, index: number): DenialLine {
  const headers = [...(row.closest('table')?.querySelectorAll('thead th') ?? [])].map((th) => textIn(th) ?? '');
  const cell = (col: string): string | undefined => {
    const tagged = row.querySelector(`[data-col="${col}"]`);
    if (tagged) return spacedText(tagged);
    const at = headers.findIndex((h) => columns[col]!.test(h));
    return at >= 0 ? spacedText(row.children[at]) : undefined;
  };
  const lineNo = Number(row.getAttribute('data-line'));
  const code = cell('procedure');
  const dateOfService = isoDate(cell('service-date'));
  const status = cell('status');
  const billed = amountOf(cell('billed'));
  const paid = amountOf(cell('paid'));
  return {
    lineIndex: Number.isFinite(lineNo) && lineNo > 0 ? lineNo - 1 : index,
    ...(code && { code }),
    ...(dateOfService && { dateOfService }),
    ...(status && { status }),
    ...(billed !== undefined && { billed }),
    ...(paid !== undefined && { paid }),
    adjustments: parseAdjustments(cell('adjustments')),
    rarcs: parseRarcs(cell('remarks')),
  };
}
