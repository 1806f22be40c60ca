import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { healthRoute } from '../shared/contracts/api/health.ts';
import { MAX_BODY_BYTES } from '../shared/contracts/handoff.ts';
import type { AppEnv, Services } from './app-env.ts';
import { InsightsCache } from './denials/insights-cache.ts';
import { extensionOrigins } from './env.ts';
import { Buckets, defaultLimits, type Limits } from './rate-limit.ts';
import { type OpenApiDoc, renderDocsPage } from './routes/docs/page.ts';
import { denials } from './routes/denials/index.ts';
import { insightRoutes } from './routes/insights/index.ts';
import { sync } from './routes/sync/index.ts';
import { teams } from './routes/teams/index.ts';
import { threads } from './routes/threads/index.ts';
import type { Store } from './store/store.ts';
import type { Context } from 'hono';

export interface AppOptions {
  limits?: Partial<Limits>;
  /** Denial and decision rows this instance may hold for insights (all teams together). */
  insightRows?: number;
  /** Extension ids whose pages get CORS (env.ts); none by default. */
  extensionIds?: readonly string[];
}

const info = { title: 'Chartside worker', version: '0.3.0' };
const kB = MAX_BODY_BYTES / 1024;

/** Builds the runtime-agnostic app; node entry, benchmarks and the tests all call this. */
export function createApp(store: Store, options: AppOptions = {}) {
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const services: Services = {
    store,
    limits,
    streams: new Map(),
    insights: new InsightsCache(store, options.insightRows),
    memberBuckets: limits.member ? new Buckets(limits.member) : null,
    anonBuckets: limits.anonymous ? new Buckets(limits.anonymous) : null,
  };
  const allowed = new Set(extensionOrigins(options.extensionIds ?? []));
  const app = new OpenAPIHono<AppEnv>();
  // Team data is never cached, framed or read cross-origin; the CSP denies everything but the
  // docs page's inline style.
  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
      crossOriginResourcePolicy: 'same-origin',
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: 'max-age=15552000; includeSubDomains',
    }),
  );
  // Only the configured extensions' pages get a CORS grant; web pages never do.
  app.use(
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
      maxAge: 600,
    }),
  );
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `body too large (${kB} kB max)` }, 413) }));
  app.use(async (c, next) => {
    c.set('store', store);
    c.set('services', services);
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
    // CORS answers differ by Origin, for every route.
    if (!/\bOrigin\b/i.test(c.res.headers.get('Vary') ?? '')) c.res.headers.append('Vary', 'Origin');
  });
  const routes = app
    .openapi(healthRoute, (c) => c.json({ ok: true as const, store: store.kind }, 200))
    .route('/', teams)
    .route('/', threads)
    .route('/', sync)
    .route('/', denials)
    .route('/', insightRoutes);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', { openapi: '3.1.0', info });
  app.get('/docs', (c) => c.html(renderDocsPage(app.getOpenAPI31Document({ openapi: '3.1.0', info }) as OpenApiDoc)));
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.onError(answerError);
  return routes;
}

/**
 * Hono's own refusals (malformed JSON, a wrong content type) carry a 4xx status and a message
 * worth showing; anything else is logged, never leaked.
 */
export function answerError(err: Error, c: Context) {
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: err.message || 'bad request' }, status as 400);
  console.error(`worker: ${c.req.method} ${c.req.path}: ${err.message}`);
  return c.json({ error: 'internal error' }, 500);
}
