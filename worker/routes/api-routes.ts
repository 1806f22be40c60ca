import { OpenAPIHono, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../shared/contracts/handoff.ts';
import type { AppEnv } from '../app-env.ts';
import { authenticate } from '../auth.ts';
import { invalid } from '../validation-hook.ts';

const JSON_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/**
 * The worker's route groups: OpenAPIHono with one step per route before its handler. That step
 * authenticates when the route's config declares the bearer scheme (`members()` in
 * docs-helpers.ts: the document and the check cannot disagree), then validates. The stock
 * `openapi()` chains an async middleware per part (query, params, a media-type gate, the body),
 * each wrapped by zValidator with an async parse; here the same zod schemas are checked
 * synchronously and answered as the stock chain does (415 for a body that is not JSON, 400 naming
 * the first field at fault). The route enters the OpenAPI document unchanged. On the note push,
 * the hottest route, one step instead of the stock chain saved about a tenth of the server's CPU
 * (A/B: 107 -> 98 us per push).
 */
export class ApiRoutes extends OpenAPIHono<AppEnv> {
  override openapi = ((config: RouteConfig, handler: MiddlewareHandler<AppEnv>) => {
    const { middleware = [], hide, ...route } = config;
    if (!hide) this.openAPIRegistry.registerPath(route);
    const before = Array.isArray(middleware) ? middleware : [middleware];
    this.on([route.method], [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')], ...before, admit(route), handler);
    return this;
  }) as unknown as OpenAPIHono<AppEnv>['openapi'];
}

function admit(route: RouteConfig): MiddlewareHandler<AppEnv> {
  const roles = route.security?.some((s) => 'bearer' in s) ? ((route as { 'x-roles'?: Role[] })['x-roles'] ?? []) : null;
  const query = route.request?.query as z.ZodType | undefined;
  const params = route.request?.params as z.ZodType | undefined;
  const body = (route.request?.body?.content?.['application/json'] as { schema?: z.ZodType } | undefined)?.schema;
  return async (c, next) => {
    if (roles) {
      const refused = await authenticate(c, roles);
      if (refused) return refused;
    }
    if (query) {
      const q = check(c, 'query', query, Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v])));
      if (!q.success) return invalid(c, q);
    }
    if (params) {
      const p = check(c, 'param', params, c.req.param());
      if (!p.success) return invalid(c, p);
    }
    if (body) {
      const type = c.req.header('content-type');
      let raw: unknown = {};
      if (type !== undefined || hasBody(c)) {
        if (type === undefined || !JSON_TYPE.test(type)) return c.json({ error: 'Unsupported Media Type: send application/json' }, 415);
        try {
          raw = await c.req.json();
        } catch {
          return c.json({ error: 'Malformed JSON in request body' }, 400);
        }
      }
      const b = check(c, 'json', body, raw);
      if (!b.success) return invalid(c, b);
    }
    return next();
  };
}

/** Parses one part of the request and stores the value for `c.req.valid(target)`. */
function check(c: Context<AppEnv>, target: 'query' | 'param' | 'json', schema: z.ZodType, raw: unknown) {
  const r = schema.safeParse(raw);
  if (r.success) c.req.addValidatedData(target, r.data as object);
  return r;
}

/** A request without a content type may still carry a body: then it is not JSON either. */
function hasBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  return (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
}
