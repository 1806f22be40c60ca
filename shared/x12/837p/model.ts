/**
 * One claim read from an 837P (005010X222A1): the claim in the shape of the claim contract
 * (shared/contracts/claim.ts, before its zod parse), or the one-line error that kept it from being
 * read, with what identifies it in the file.
 */
export interface ClaimLineIn {
  dateOfService: string | null;
  code: string | null;
  modifiers: string[];
  units: number | null;
  diagnosisPointers: number[];
  charge: number | null;
}

export interface ClaimIn {
  id: string | null;
  payer: { name: string | null; kind: string; payerId: string | null };
  patient: { firstName: string | null; lastName: string | null; dob: string | null; sex: string | null; memberId: string | null };
  billingProvider: { npi: string | null; taxonomy: string | null };
  renderingProvider: { npi: string | null } | null;
  placeOfService: string | null;
  priorAuthorization: string | null;
  submissionDate: string | null;
  diagnoses: string[];
  lines: ClaimLineIn[];
}

export interface Read837Claim {
  /** CLM01, the patient control number the biller knows the claim by. */
  clm01: string | null;
  /** 1-based position of the CLM segment in the file. */
  segment: number;
  /** CLM05-3 claim frequency (1 original, 7 replacement, 8 void) and REF*F8 for 7 and 8. */
  frequency: string | null;
  originalReference: string | null;
  claim: ClaimIn | null;
  error: string | null;
}
