import { afterAll, beforeAll } from 'vitest';
import { type PgCluster, startPgCluster } from './pg-cluster.ts';
import { type StoreKind, startTestWorker } from './http.ts';

/** D1 runs over a better-sqlite3 stand-in for the binding (see d1-fake.ts). */
export const storeKinds: StoreKind[] = ['sqlite', 'postgres', 'd1'];

/**
 * One throwaway PostgreSQL cluster per test file, started on first use and stopped in afterAll.
 * Call at the top of a file, then `await cluster()` where a postgres store is needed.
 */
export function usePgCluster(): () => Promise<PgCluster> {
  let started: Promise<PgCluster> | null = null;
  afterAll(async () => {
    if (started) await (await started).stop();
  }, 60_000);
  return () => (started ??= startPgCluster({ fsync: false }));
}

export type TestWorker = Awaited<ReturnType<typeof startTestWorker>>;

/** beforeAll/afterAll for a real worker over one store kind; read `.current` inside tests. */
export function useWorker(kind: StoreKind, cluster: () => Promise<PgCluster>, limits?: Parameters<typeof startTestWorker>[2]) {
  const ref: { current: TestWorker } = { current: null as unknown as TestWorker };
  beforeAll(async () => {
    ref.current = await startTestWorker(kind, kind === 'postgres' ? await cluster() : null, limits);
  }, 90_000);
  afterAll(async () => ref.current?.cleanup(), 30_000);
  return ref;
}
