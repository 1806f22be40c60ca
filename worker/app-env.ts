import type { Member, Store } from './store/store.ts';

/** Hono's typed context: the store every route uses and the authenticated member. */
export interface AppEnv {
  Variables: { store: Store; member: Member };
}
