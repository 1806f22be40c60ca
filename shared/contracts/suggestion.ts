import { z } from 'zod';

export const settings = ['office', 'ed', 'urgent-care', 'telehealth', 'inpatient-progress', 'procedure', 'consult'] as const;
export const Setting = z.enum(settings);
export type Setting = z.infer<typeof Setting>;

export const CodeSystem = z.enum(['ICD-10-CM', 'CPT', 'HCPCS']);
export type CodeSystem = z.infer<typeof CodeSystem>;

/** A UTF-16 span of the input text; `text` always equals that slice. */
export const Evidence = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Evidence = z.infer<typeof Evidence>;

/** What the coding engine reads: the note as shown on screen plus what the page knows. */
export const ClinicalDocument = z.object({
  text: z.string(),
  setting: Setting.default('office'),
  patient: z
    .object({
      age: z.number().int().min(0).max(130).optional(),
      sex: z.enum(['F', 'M', 'U']).optional(),
    })
    .default({}),
  dateOfService: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** New or established patient, where the page's encounter header says so for this encounter. */
  patientStatus: z.enum(['new', 'established']).optional(),
  source: z.object({ url: z.string().optional(), adapter: z.string().optional() }).optional(),
});
export type ClinicalDocument = z.infer<typeof ClinicalDocument>;

export const Suggestion = z.object({
  system: CodeSystem,
  code: z.string(),
  title: z.string(),
  recommended: z.boolean(),
  confidence: z.number().min(0).max(1),
  first: z.boolean(),
  evidence: z.array(Evidence),
  why: z.array(z.string()),
  units: z.number().optional(),
  modifiers: z.array(z.string()).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const suppressReasons = [
  'negated',
  'family-history',
  'history',
  'hypothetical',
  'uncertain',
  'resolved',
  'integral-symptom',
  'excludes1',
  'other',
] as const;
export const Suppressed = z.object({
  system: CodeSystem,
  code: z.string(),
  reason: z.enum(suppressReasons),
  evidence: z.array(Evidence),
  why: z.string().optional(),
});
export type Suppressed = z.infer<typeof Suppressed>;

export const Query = z.object({ topic: z.string(), message: z.string(), evidence: z.array(Evidence) });
export type Query = z.infer<typeof Query>;

export const CodeSetVersions = z.object({ icd10cm: z.string(), hcpcs: z.string(), cpt: z.string() });

/** CONTRACTS §1.1 output. */
export const SuggestResult = z.object({
  codeSet: CodeSetVersions,
  suggestions: z.array(Suggestion),
  suppressed: z.array(Suppressed),
  queries: z.array(Query),
});
export type SuggestResult = z.infer<typeof SuggestResult>;
