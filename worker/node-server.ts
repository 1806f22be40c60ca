import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { WorkerConfig } from './env.ts';
import { openSqliteStore } from './store/sqlite.ts';

export interface RunningWorker {
  url: string;
  close(): Promise<void>;
}

/** Starts the worker on 127.0.0.1 (loopback only: it is a sidecar, not a public server). */
export async function startNodeWorker(config: WorkerConfig): Promise<RunningWorker> {
  if (/^postgres(ql)?:\/\//.test(config.db)) throw new Error('PostgreSQL storage is not available yet; use a SQLite path');
  const store = openSqliteStore(config.db);
  const app = createApp(store);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Stop accepting, let in-flight requests finish, then close the database.
        server.close(() => void store.close().then(resolve));
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }),
  };
}
