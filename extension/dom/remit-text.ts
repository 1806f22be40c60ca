import type { GroupCode } from '../../shared/denials/remit/model.ts';

/**
 * Reads claim adjustments and remark codes as payer portals print them ("CO-16 $180.00",
 * "PR 2 25.00", "N290, MA130"). Codes only: descriptions are the portal's, never stored here.
 */

// X12 claim adjustment group codes (CO contractual, PR patient responsibility, OA other,
// PI payer initiated, CR correction) followed by a CARC (numeric, or letter + digits like A1, P12).
const adjustment = /\b(CO|PR|OA|PI|CR)\s*[-:\s]?\s*([A-Z]?\d{1,3})\b(?:[^\S\n]*\(?\$?\s*(-?[\d,]+\.\d{2})\)?)?/g;
// RARCs: M and MA series and N series.
const remark = /\b(MA\d{2,3}|M\d{1,3}|N\d{1,4})\b/g;

export interface Adjustment {
  group: GroupCode;
  carc: string;
  amount?: number;
}

export function parseAdjustments(text: string | undefined): Adjustment[] {
  return [...(text ?? '').matchAll(adjustment)].map(([, group, carc, amount]) => ({
    group: group as GroupCode, // the pattern only matches the five X12 group codes
    carc: carc!,
    ...(amount !== undefined && { amount: Number(amount.replace(/,/g, '')) }),
  }));
}

export function parseRarcs(text: string | undefined): string[] {
  return [...new Set([...(text ?? '').matchAll(remark)].map((m) => m[1]!))];
}

/** "$1,234.50" -> 1234.5; undefined when the cell holds no amount. */
export function amountOf(text: string | undefined): number | undefined {
  const m = (text ?? '').match(/-?\$?\s*([\d,]+\.\d{2})/);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}
