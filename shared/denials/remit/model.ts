/**
 * The typed remittance model read from an X12 835 (005010X221A1). Amounts are numbers in dollars;
 * dates YYYY-MM-DD. Only codes and numbers: no CARC/RARC texts. The patient's name is kept apart
 * (`patientName`) so callers can leave it out of anything that leaves the user's own terminal.
 */
export const groupCodes = ['CO', 'PR', 'OA', 'PI', 'CR'] as const;
export type GroupCode = (typeof groupCodes)[number];

export interface Adjustment {
  group: GroupCode;
  carc: string;
  amount: number;
  quantity: number | null;
}

export interface RemitLine {
  /** SVC01-2 (HCPCS/CPT) and SVC01-3..6 modifiers. */
  procedure: string;
  modifiers: string[];
  qualifier: string;
  billed: number;
  paid: number;
  units: number;
  dateOfService: string | null;
  adjustments: Adjustment[];
  rarc: string[];
  /** REF*6R line item control number, when the provider sent one. */
  lineControl: string | null;
  /** 1-based ordinal of the SVC segment in the file, for messages. */
  segment: number;
}

export interface RemitClaim {
  /** CLP01, the provider's patient control number (claim id). */
  claimId: string;
  status: string;
  billed: number;
  paid: number;
  patientResponsibility: number;
  /** CLP06 claim filing indicator (MB, MC, CI, 12, ...), used to guess the payer kind. */
  filingIndicator: string;
  payerControlNumber: string;
  adjustments: Adjustment[];
  /** Claim-level remark codes (MOA/MIA). */
  rarc: string[];
  patientName: string | null;
  lines: RemitLine[];
  segment: number;
}

export interface Remittance {
  payer: { name: string | null; id: string | null };
  payee: { name: string | null; npi: string | null };
  /** DTM*405 production date, else BPR16 payment date: the day the appeal clocks start. */
  remitDate: string | null;
  totalPaid: number;
  traceNumber: string | null;
  claims: RemitClaim[];
}
