import { z } from 'zod';

/** Triage vocabulary: the project's own category words, never CARC/RARC description texts. */
export const origins = ['coding', 'billing', 'registration', 'authorization', 'payer-policy', 'patient-responsibility', 'informational'] as const;
export const Origin = z.enum(origins);
export type Origin = z.infer<typeof Origin>;
export const ownerRoles = ['coder', 'biller', 'front-desk'] as const;
export const OwnerRole = z.enum(ownerRoles);
export type OwnerRole = z.infer<typeof OwnerRole>;
export const nextActions = ['corrected-claim', 'appeal', 'rebill', 'write-off', 'bill-patient', 'none'] as const;
export const NextAction = z.enum(nextActions);
export type NextAction = z.infer<typeof NextAction>;

const CarcCode = z.string().trim().toUpperCase().regex(/^[A-Z]?\d{1,3}$/, 'CARC must look like 97 or B7');
const RarcCode = z.string().trim().toUpperCase().regex(/^(M|MA|N)\d{1,3}$/, 'RARC must look like N130 or MA01');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

/**
 * One row of a triage table (the built-in one, or a payer profile's `triageOverrides`, which win).
 * `group` and `rarc` narrow the row; `category` is a short word of the project's own.
 */
export const TriageRule = z.object({
  carc: CarcCode,
  group: z.enum(['CO', 'PR', 'OA', 'PI', 'CR']).optional(),
  rarc: RarcCode.optional(),
  category: z.string().trim().min(1).max(40),
  origin: Origin,
  owner: OwnerRole,
  action: NextAction,
});
export type TriageRule = z.infer<typeof TriageRule>;

export const outcomes = ['paid-on-appeal', 'upheld', 'corrected', 'written-off'] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

/**
 * Plain thread metadata the worker may hold about a denial: payer, codes, reason codes, dates,
 * amount. Never patient identifiers; the claim itself stays in the sealed thread body.
 */
export const DenialRecord = z.object({
  payer: z.string().trim().min(1).max(120),
  codes: z.array(z.string().trim().toUpperCase()).max(50),
  modifiers: z.array(z.string().trim().toUpperCase()).max(50),
  carc: z.array(CarcCode).max(20),
  rarc: z.array(RarcCode).max(20),
  origin: Origin,
  deniedOn: IsoDate,
  outcome: Outcome.nullable().optional(),
  amount: z.number().finite().nonnegative(),
  /** Optional routing fields the insights page filters and ages by. */
  owner: OwnerRole.optional(),
  assignee: z.string().max(120).nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
  resolvedOn: IsoDate.nullable().optional(),
});
export type DenialRecord = z.infer<typeof DenialRecord>;
export const DenialRecords = z.array(DenialRecord);

/** A coder's answer to a suggestion: the coding-accuracy figure of the insights page. */
export const CodingDecision = z.object({
  coder: z.string().trim().min(1).max(120),
  decision: z.enum(['accepted', 'rejected', 'edited']),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'at must start with YYYY-MM-DD'),
});
export type CodingDecision = z.infer<typeof CodingDecision>;
