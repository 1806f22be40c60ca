import { z } from 'zod';

/**
 * What an administrator may pre-set by policy (Chrome `3rdparty` managed storage, Firefox
 * policies.json `3rdparty.Extensions`). One source for the shape: public/managed-schema.json
 * (the schema Chrome's policy loader validates against) is checked against this by a unit test.
 */
export const ManagedSettings = z.object({
  /** The team's worker; an invite for another worker is then refused. */
  workerUrl: z
    .string()
    .url()
    .refine((u) => /^https?:/.test(u), 'must be an http(s) URL'),
  /** An enrolment code from `chartside team invites`: joins this browser to the team at start. */
  enrollment: z.string().min(10),
  /** Sites (origins or URLs) Chartside runs on; each needs the user's one-time OK of the browser prompt. */
  sites: z.array(z.string().min(1)).max(200),
  /** false: nothing is sent to the worker (handoff notes, decisions, denial records stay local). */
  sync: z.boolean(),
  /** ICD-10-CM fiscal year for pages that show no date of service (default: the year in effect today). */
  codeSetYear: z.string().regex(/^FY\d{4}$/, 'must look like FY2027'),
});
export type ManagedSettings = z.infer<typeof ManagedSettings>;
export type ManagedKey = keyof ManagedSettings;

export interface ManagedRead {
  values: Partial<ManagedSettings>;
  /** One line per policy value that was refused, naming the key: shown in the options page. */
  problems: string[];
}

/**
 * Reads each key on its own, so one bad value (a typo in a policy) costs only that key, and says
 * which key and why. Unknown keys are reported too: they are usually a misspelt known one.
 */
export function parseManaged(raw: Record<string, unknown>): ManagedRead {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = ManagedSettings.shape;
  for (const [key, value] of Object.entries(raw)) {
    const schema = shape[key as ManagedKey];
    if (!schema) {
      problems.push(`policy key "${key}" is not a Chartside setting (known: ${Object.keys(shape).join(', ')})`);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`policy "${key}": ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`);
  }
  return { values: values as Partial<ManagedSettings>, problems };
}
