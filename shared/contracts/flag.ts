import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** CONTRACTS §1.2: one denial-risk finding on one claim field. */
export const Flag = z.object({
  rule: z.string(),
  severity: Severity,
  field: z.string(),
  carc: z.string().nullable(),
  message: z.string(),
  fix: z.string(),
  source: z.string(),
});
export type Flag = z.infer<typeof Flag>;

export const CheckResult = z.object({ flags: z.array(Flag) });
export type CheckResult = z.infer<typeof CheckResult>;
