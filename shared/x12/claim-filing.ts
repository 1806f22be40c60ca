import type { PayerKind } from '../contracts/claim.ts';

/**
 * Claim filing indicator (835 CLP06, 837P 2000B SBR09; the same code list in 005010X221A1 and
 * 005010X222A1) to the payer kind of CONTRACTS §3.1: MA Medicare Part A, MB Medicare Part B,
 * 16 Medicare Advantage (HMO Medicare Risk), MC Medicaid, CH TRICARE (CHAMPUS), WC workers'
 * compensation, 09 self-pay; the commercial codes (CI, BL, HM, 12-15, ...) and anything unknown
 * are commercial.
 */
const byFiling: Record<string, PayerKind> = {
  MA: 'medicare',
  MB: 'medicare',
  '16': 'medicare-advantage',
  MC: 'medicaid',
  CH: 'tricare',
  WC: 'workers-comp',
  '09': 'self-pay',
};
export const kindOfFiling = (code: string): PayerKind => byFiling[code.trim().toUpperCase()] ?? 'commercial';
