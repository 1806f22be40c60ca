import { join } from 'node:path';
import type { Limits } from './rate-limit.ts';

/** The only reader of the environment. */
export interface WorkerConfig {
  port: number;
  db: string;
  limits?: Partial<Limits>;
}

export function workerConfig(overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    port: overrides.port ?? Number(process.env.CHARTSIDE_PORT ?? 8787),
    db: overrides.db ?? process.env.CHARTSIDE_DB ?? join(process.cwd(), 'data', 'chartside.db'),
    limits: overrides.limits ?? rateLimitFromEnv(process.env.CHARTSIDE_RATE_LIMIT),
  };
}

/** CHARTSIDE_RATE_LIMIT=off (benchmarks) or N requests/s per member (burst 5 N). */
function rateLimitFromEnv(value: string | undefined): Partial<Limits> | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'off') return { member: null, anonymous: null };
  const rate = Number(value);
  if (!(rate > 0)) throw new Error(`CHARTSIDE_RATE_LIMIT must be "off" or a positive number, got "${value}"`);
  return { member: { rate, burst: rate * 5 } };
}
