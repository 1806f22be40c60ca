import { z } from 'zod';
import { TriageRule } from './denial-record.ts';
import {
  isCalendarDate,
  normDate,
  normStatus,
  orEmpty,
  normDx,
  normKind,
  normModifiers,
  normNumber,
  normPointers,
  normPos,
  normProc,
  normSex,
} from './normalize.ts';

// CONTRACTS §3.1-3.3. Unknown extra fields are allowed and ignored (zod strips them).
// Optional/nullable here means "the payer will say so", not "we accept it": the
// required-field rule reports missing values so a biller sees them all at once
// instead of the first parse error.
const text = z.string().trim();
const optText = z.union([text, z.null()]).optional();
// Dates are normalized to YYYY-MM-DD; one that cannot be read is rejected naming its field.
const isoDate = z.string().refine((d) => d === '' || isCalendarDate(d), 'not a date (use YYYY-MM-DD)');
const optDate = z.preprocess(normDate, z.union([isoDate, z.null()]).optional());
const num = z.preprocess(normNumber, z.number().nullable().optional());

export const payerKinds = ['medicare', 'medicare-advantage', 'medicaid', 'commercial', 'tricare', 'workers-comp', 'self-pay'] as const;
export const PayerKind = z.preprocess(normKind, z.enum(payerKinds));
export type PayerKind = z.infer<typeof PayerKind>;

export const ClaimLine = z.object({
  dateOfService: optDate,
  code: z.preprocess(normProc, optText),
  modifiers: z.preprocess(normModifiers, z.array(text)),
  units: num,
  diagnosisPointers: z.preprocess(normPointers, z.array(z.number().int())),
  charge: num,
});
export type ClaimLine = z.infer<typeof ClaimLine>;

export const Claim = z.object({
  id: optText,
  payer: z.object({ name: optText, kind: PayerKind, payerId: optText }),
  patient: z.preprocess(
    orEmpty({}),
    z.object({
      firstName: optText,
      lastName: optText,
      dob: optDate,
      sex: z.preprocess(normSex, z.union([z.enum(['F', 'M', 'U']), z.literal(''), z.null()]).optional()),
      memberId: optText,
    }),
  ),
  billingProvider: z.preprocess(orEmpty({}), z.object({ npi: optText, taxonomy: optText })),
  renderingProvider: z.object({ npi: optText }).nullable().optional(),
  placeOfService: z.preprocess(normPos, optText),
  priorAuthorization: optText,
  submissionDate: optDate,
  diagnoses: z.preprocess(orEmpty([]), z.array(z.preprocess(normDx, text))),
  lines: z.preprocess(orEmpty([]), z.array(ClaimLine)),
});
export type Claim = z.infer<typeof Claim>;

export const Eligibility = z.object({
  memberId: optText,
  firstName: optText,
  lastName: optText,
  dob: optDate,
  status: z.preprocess(normStatus, z.enum(['active', 'inactive'])),
  coverageStart: optDate,
  coverageEnd: optDate,
  inNetwork: z.boolean().nullable().optional(),
  priorAuthRequired: z.array(z.preprocess(normProc, text)).default([]),
  referralRequired: z.boolean().nullable().optional(),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const PayerProfile = z.object({
  id: text.min(1),
  name: text.optional(),
  match: z
    .object({ payerId: text.optional(), kind: PayerKind.optional() })
    .refine((m) => m.payerId !== undefined || m.kind !== undefined, 'match needs payerId or kind'),
  timelyFilingDays: z.number().int().positive(),
  priorAuthRequired: z.array(text).default([]),
  coveredDiagnoses: z.record(text, z.array(text)).default({}),
  appealDays: z.number().int().positive().optional(),
  correctedClaimDays: z.number().int().positive().optional(),
  /** Denial triage rows for this payer; they win over the built-in table (shared/denials/triage). */
  triageOverrides: z.array(TriageRule).optional(),
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
