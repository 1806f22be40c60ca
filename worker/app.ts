import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, Services } from './app-env.ts';
import { extensionCors } from './cors.ts';
import { InsightsCache } from './denials/insights-cache.ts';
import { Buckets, defaultLimits, type Limits } from './rate-limit.ts';
import { type OpenApiDoc, renderDocsPage } from './routes/docs/page.ts';
import { denials } from './routes/denials/index.ts';
import { insightRoutes } from './routes/insights/index.ts';
import { sync } from './routes/sync/index.ts';
import { teams } from './routes/teams/index.ts';
import { threads } from './routes/threads/index.ts';
import { documentHeaders, securityHeaders } from './security-headers.ts';
import type { Store } from './store/store.ts';

export interface AppOptions {
  limits?: Partial<Limits>;
  /** Denial and decision rows this instance may hold for insights (all teams together). */
  insightRows?: number;
}

const info = { title: 'Chartside worker', version: '0.2.0' };

/** Builds the runtime-agnostic app; node entry, benchmarks and the tests all call this. */
export function createApp(store: Store, options: AppOptions = {}) {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const services: Services = {
    store, limits, streams: new Map(), insights: new InsightsCache(store, options.insightRows),
    memberBuckets: limits.member ? new Buckets(limits.member) : null,
    anonBuckets: limits.anonymous ? new Buckets(limits.anonymous) : null,
  };
  const app = new OpenAPIHono<AppEnv>();
  const MAX_BODY = 256 * 1024;
  const tooLarge = bodyLimit({ maxSize: MAX_BODY, onError: (c) => c.json({ error: 'body too large (256 kB max)' }, 413) });
  // One front middleware instead of four: each level of Hono's chain is another async call.
  app.use('*', async (c, next) => {
    securityHeaders(c);
    // Only the extension calls the worker from a browser; web pages get no CORS grant.
    const preflight = extensionCors(c);
    if (preflight) return preflight;
    c.set('store', store);
    c.set('services', services);
    // A declared length is checked from the header alone: touching the body stream here would make
    // the Node adapter build a full Request for every push. Chunked uploads are counted as they stream.
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.header('transfer-encoding')) {
      return Number(length) > MAX_BODY ? c.json({ error: 'body too large (256 kB max)' }, 413) : next();
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return tooLarge(c, next);
  });
  app.get('/healthz', (c) => c.json({ ok: true, store: store.kind }));
  app.route('/', teams);
  app.route('/', threads);
  app.route('/', sync);
  app.route('/', denials);
  app.route('/', insightRoutes);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', { openapi: '3.1.0', info });
  app.get('/docs', (c) => {
    documentHeaders(c);
    return c.html(renderDocsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info }) as OpenApiDoc));
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    // Routes answer malformed JSON themselves (api-routes.ts); this is the net for any other body read.
    // Anything else is logged, never leaked.
    if (err instanceof SyntaxError) return c.json({ error: 'body is not valid JSON' }, 400);
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: err.message || 'bad request' }, status as 400);
    console.error(`worker: ${c.req.method} ${c.req.path}: ${err.message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
