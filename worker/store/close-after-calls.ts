import type { Store } from './store.ts';

/**
 * Makes a store's `close()` wait for the calls under way before it closes the database. The HTTP
 * server counts a connection as closed as soon as its client goes away, even while the handler
 * still waits on the store; closing the database under that handler failed a push that had begun
 * with EBADF (SQLite's WAL sync) or "Cannot use a pool after calling end on the pool"
 * (PostgreSQL). Now the push is committed and synced first, so shutdown never cuts a write short.
 */
export function closeAfterCalls(store: Store, waitMs = 10_000): Store {
  let running = 0;
  let drained: (() => void) | null = null;
  const done = () => {
    if (--running === 0 && drained) drained();
  };
  const wrapped = { ...store } as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function' || name === 'close') continue;
    wrapped[name] = (...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown).apply(store, args);
      if (out instanceof Promise) {
        running++;
        out.then(done, done);
      }
      return out;
    };
  }
  wrapped.close = async () => {
    if (running > 0) {
      // Bounded: a call hung on an unreachable database must not hold the shutdown forever.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = await Promise.race([
        new Promise<false>((resolve) => (drained = () => resolve(false))),
        new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), waitMs))),
      ]);
      clearTimeout(timer);
      if (timedOut) console.error(`worker: closing the store with ${running} call(s) still under way after ${waitMs / 1000} s`);
    }
    await store.close();
  };
  return wrapped as unknown as Store;
}
