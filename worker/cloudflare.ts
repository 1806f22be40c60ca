import { createApp } from './app.ts';
import { openD1Store } from './store/d1.ts';
import type { D1Database } from './store/d1-types.ts';

/** Bindings from wrangler.jsonc. */
interface Env {
  DB: D1Database;
}

// One app per isolate: the schema check and the route tables are built on the first request.
let app: Promise<ReturnType<typeof createApp>> | null = null;

/** Cloudflare Workers entry: the same app as `chartside serve`, over D1. */
export default {
  async fetch(request: Request, env: Env, ctx: unknown): Promise<Response> {
    // An isolate has 128 MB: hold fewer insight rows than a Node instance would.
    app ??= openD1Store(env.DB).then((store) => createApp(store, { insightRows: 150_000 }));
    return (await app).fetch(request, env, ctx as never);
  },
};
