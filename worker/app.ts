import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './app-env.ts';
import { teams } from './routes/teams/index.ts';
import { threads } from './routes/threads/index.ts';
import type { Store } from './store/store.ts';

/** Builds the runtime-agnostic app; node and Cloudflare entries and the tests all call this. */
export function createApp(store: Store) {
  const app = new OpenAPIHono<AppEnv>();
  app.use('*', secureHeaders());
  // Only the extension calls the worker from a browser; web pages get no CORS grant.
  app.use('*', cors({ origin: (o) => (/^(chrome|moz)-extension:\/\//.test(o) ? o : null) }));
  app.use('*', bodyLimit({ maxSize: 256 * 1024, onError: (c) => c.json({ error: 'body too large (256 kB max)' }, 413) }));
  app.use('*', async (c, next) => {
    c.set('store', store);
    await next();
  });
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/', teams);
  app.route('/', threads);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Chartside worker', version: '0.1.0' } });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    // Malformed JSON reaches here from the validator; anything else is logged, never leaked.
    if (err instanceof SyntaxError) return c.json({ error: 'body is not valid JSON' }, 400);
    console.error(`worker: ${c.req.method} ${c.req.path}: ${err.message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
