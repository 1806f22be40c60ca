import { join } from 'node:path';
import type { Limits } from './rate-limit.ts';

/** The only reader of the environment. */
export interface WorkerConfig {
  port: number;
  db: string;
  limits?: Partial<Limits>;
  /** Browser extensions granted CORS (their ids; see extensionOrigins). */
  extensionIds: string[];
}

export function workerConfig(overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    port: overrides.port ?? Number(process.env.CHARTSIDE_PORT ?? 8787),
    db: overrides.db ?? process.env.CHARTSIDE_DB ?? join(process.cwd(), 'data', 'chartside.db'),
    limits: overrides.limits ?? rateLimitFromEnv(process.env.CHARTSIDE_RATE_LIMIT),
    extensionIds: overrides.extensionIds ?? extensionIdsFromEnv(process.env.CHARTSIDE_EXTENSION_IDS),
  };
}

/**
 * CHARTSIDE_EXTENSION_IDS: comma-separated ids of the extension builds that may call the worker
 * from a page of theirs with CORS (a Chrome id of 32 letters a-p, a Firefox install's UUID). The
 * extension's own background and pages hold host permission for the worker and need no grant;
 * with no ids set, no origin gets one.
 */
export function extensionIdsFromEnv(value: string | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^[a-z0-9-]{1,64}$/i.test(id));
  if (bad !== undefined) throw new Error(`CHARTSIDE_EXTENSION_IDS: "${bad}" is not an extension id`);
  return ids;
}

/** The origins of those extensions' pages, in both browsers' schemes. */
export const extensionOrigins = (ids: readonly string[]) => ids.flatMap((id) => [`chrome-extension://${id}`, `moz-extension://${id}`]);

/** CHARTSIDE_RATE_LIMIT=off (benchmarks) or N requests/s per member (burst 5 N). */
function rateLimitFromEnv(value: string | undefined): Partial<Limits> | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'off') return { member: null, anonymous: null };
  const rate = Number(value);
  if (!(rate > 0)) throw new Error(`CHARTSIDE_RATE_LIMIT must be "off" or a positive number, got "${value}"`);
  return { member: { rate, burst: rate * 5 } };
}
