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
  /** DTM*232/233 claim statement period (005010X221A1 loop 2100): the service dates of a claim without SVC lines. */
  statementFrom?: string | null;
  statementTo?: string | null;
}

/**
 * PLB provider-level adjustment (005010X221A1 PLB, after the last claim): PLB03-1/PLB05-1...
 * reason code (e.g. WO overpayment recovery, L6 interest, FB forwarding balance), -2 the
 * reference, and the amount. A positive amount reduces the payment, a negative one adds to it.
 */
export interface ProviderAdjustment {
  /** PLB01 provider identifier (the payee's NPI or TIN as the payer knows it). */
  provider: string;
  /** PLB02 last day of the provider's fiscal year. */
  fiscalPeriodEnd: string | null;
  reason: string;
  reference: string | null;
  amount: number;
  segment: number;
}

/** Where a claim sits in a file: its transaction set (0-based, file order), index within it, CLP position. */
export interface ClaimPlace {
  remittance: number;
  claim: number;
  segment: number;
}

/**
 * A reversal (CLP02 22) with its original and the correction that follows it, when the file holds
 * them (005010X221A1 section 1.10.2.8: the reversal repeats the original's CLP01 and CLP07 with
 * negated amounts; the corrected claim comes after it with the same CLP01).
 */
export interface ReversalPair {
  claimId: string;
  reversal: ClaimPlace;
  original: ClaimPlace | null;
  correction: ClaimPlace | null;
}

/**
 * BPR02 (total actual provider payment) against the claims and the provider-level adjustments:
 * BPR02 = sum of CLP04 - sum of PLB amounts (005010X221A1 section 1.10.2.1 balancing).
 */
export interface Reconciliation {
  paid: number;
  claimsPaid: number;
  providerAdjustments: number;
  balanced: boolean;
  /** A sentence for a biller: the sums, and by how much they miss when they do. */
  message: string;
}

export interface Remittance {
  payer: { name: string | null; id: string | null };
  payee: { name: string | null; npi: string | null };
  /** DTM*405 production date, else BPR16 payment date: the day the appeal clocks start. */
  remitDate: string | null;
  totalPaid: number;
  traceNumber: string | null;
  claims: RemitClaim[];
  /** PLB segments, each reason/amount pair on its own. */
  providerAdjustments?: ProviderAdjustment[];
  reconciliation?: Reconciliation;
  /** Counted while streaming, so they hold when claims are not kept: CLPs, CAS reasons, sum of CLP04. */
  totals?: { claims: number; adjustments: number; claimsPaid: number };
  /** GS08/ST03 guide version (005010X221A1, 004010X091A1 ...) and ST02. */
  version?: string;
  control?: string;
  reversals?: ReversalPair[];
}
