import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { WorkerConfig } from './env.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/store.ts';

export interface RunningWorker {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Starts the worker on 127.0.0.1 (loopback only: it is a sidecar, not a public server). */
export async function startNodeWorker(config: WorkerConfig): Promise<RunningWorker> {
  const store = await openStore(config.db);
  return serveStore(store, config);
}

export async function serveStore(
  store: Store,
  config: Pick<WorkerConfig, 'port' | 'limits'> & Partial<Pick<WorkerConfig, 'extensionIds'>>,
): Promise<RunningWorker> {
  const app = createApp(store, { limits: config.limits, extensionIds: config.extensionIds });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        // Stop accepting, let in-flight requests finish, drop idle and live streams, then close the database.
        server.close(() => void store.close().then(resolve, resolve));
        const s = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        s.closeIdleConnections?.();
        setTimeout(() => s.closeAllConnections?.(), 2000).unref();
      }),
  };
}
