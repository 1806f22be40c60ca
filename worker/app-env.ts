import type { InsightsCache } from './denials/insights-cache.ts';
import type { Buckets, Limits } from './rate-limit.ts';
import type { Member, Store } from './store/store.ts';

/** Per-app services the routes reach through the context. */
export interface Services {
  store: Store;
  limits: Limits;
  memberBuckets: Buckets | null;
  anonBuckets: Buckets | null;
  /** Each member's open event streams on this instance: a call closes one. */
  streams: Map<string, Set<() => void>>;
  /** This instance's copy of each team's denials and decisions, caught up on every request. */
  insights: InsightsCache;
}

/** Hono's typed context: the store every route uses and the authenticated member. */
export interface AppEnv {
  Variables: { store: Store; services: Services; member: Member };
}
