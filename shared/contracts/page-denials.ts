import { z } from 'zod';

/** A denied or adjusted line as a claim-status or remittance screen shows it (group code, CARC, RARC). */
export const DenialLine = z.object({
  lineIndex: z.number().int().min(0),
  code: z.string().max(12).optional(),
  dateOfService: z.string().optional(),
  status: z.string().max(60).optional(),
  billed: z.number().optional(),
  paid: z.number().optional(),
  adjustments: z.array(z.object({ group: z.enum(['CO', 'PR', 'OA', 'PI', 'CR']), carc: z.string().max(4), amount: z.number().optional() })).max(20),
  rarcs: z.array(z.string().max(6)).max(20),
});
export type DenialLine = z.infer<typeof DenialLine>;

/** Who sent the denials and when: the payer decides the deadlines, the remittance date starts them. */
export const RemitContext = z.object({ payerName: z.string().max(120).optional(), payerId: z.string().max(20).optional(), remitDate: z.string().optional() });
export type RemitContext = z.infer<typeof RemitContext>;
