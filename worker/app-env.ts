import type { Buckets, Limits } from './rate-limit.ts';
import type { Member, Store } from './store/store.ts';

/** Per-app services the routes reach through the context. */
export interface Services {
  store: Store;
  limits: Limits;
  memberBuckets: Buckets | null;
  anonBuckets: Buckets | null;
  streams: Map<string, number>;
}

/** Hono's typed context: the store every route uses and the authenticated member. */
export interface AppEnv {
  Variables: { store: Store; services: Services; member: Member };
}
