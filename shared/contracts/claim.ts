import { z } from 'zod';

// CONTRACTS §3.1-3.3. Unknown extra fields are allowed and ignored (zod strips them).
// Optional/nullable here means "the payer will say so", not "we accept it": the
// required-field rule reports missing values so a biller sees them all at once
// instead of the first parse error.
const text = z.string().trim();
const optText = z.union([text, z.null()]).optional();

export const payerKinds = [
  'medicare', 'medicare-advantage', 'medicaid', 'commercial', 'tricare', 'workers-comp', 'self-pay',
] as const;
export const PayerKind = z.enum(payerKinds);

export const ClaimLine = z.object({
  dateOfService: optText,
  code: optText,
  modifiers: z.array(text.transform((m) => m.toUpperCase())).default([]),
  units: z.number().nullable().optional(),
  diagnosisPointers: z.array(z.number().int()).default([]),
  charge: z.number().nullable().optional(),
});
export type ClaimLine = z.infer<typeof ClaimLine>;

export const Claim = z.object({
  id: optText,
  payer: z.object({ name: optText, kind: PayerKind, payerId: optText }),
  patient: z.object({
    firstName: optText, lastName: optText, dob: optText,
    sex: z.union([z.enum(['F', 'M', 'U']), z.literal(''), z.null()]).optional(),
    memberId: optText,
  }),
  billingProvider: z.object({ npi: optText, taxonomy: optText }).default({}),
  renderingProvider: z.object({ npi: optText }).nullable().optional(),
  placeOfService: optText,
  priorAuthorization: optText,
  submissionDate: optText,
  diagnoses: z.array(text).default([]),
  lines: z.array(ClaimLine).default([]),
});
export type Claim = z.infer<typeof Claim>;

export const Eligibility = z.object({
  memberId: optText, firstName: optText, lastName: optText, dob: optText,
  status: z.enum(['active', 'inactive']),
  coverageStart: optText,
  coverageEnd: optText,
  inNetwork: z.boolean().nullable().optional(),
  priorAuthRequired: z.array(text).default([]),
  referralRequired: z.boolean().nullable().optional(),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const PayerProfile = z.object({
  id: text.min(1),
  name: text.optional(),
  match: z.object({ payerId: text.optional(), kind: PayerKind.optional() })
    .refine((m) => m.payerId !== undefined || m.kind !== undefined, 'match needs payerId or kind'),
  timelyFilingDays: z.number().int().positive(),
  priorAuthRequired: z.array(text).default([]),
  coveredDiagnoses: z.record(text, z.array(text)).default({}),
  appealDays: z.number().int().positive().optional(),
  correctedClaimDays: z.number().int().positive().optional(),
});
export type PayerProfile = z.infer<typeof PayerProfile>;
export const PayerProfiles = z.array(PayerProfile);

/** The evaluation-set / batch shape of CONTRACTS §1.2. */
export const ClaimCase = z.object({
  claim: Claim,
  eligibility: Eligibility.nullable().optional(),
  payerProfile: text.nullable().optional(),
});
export type ClaimCase = z.infer<typeof ClaimCase>;
