import { join } from 'node:path';

/** The only reader of the environment. */
export interface WorkerConfig {
  port: number;
  db: string;
}

export function workerConfig(overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    port: overrides.port ?? Number(process.env.CHARTSIDE_PORT ?? 8787),
    db: overrides.db ?? process.env.CHARTSIDE_DB ?? join(process.cwd(), 'data', 'chartside.db'),
  };
}
