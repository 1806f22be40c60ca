import { createMiddleware } from 'hono/factory';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/;

/**
 * CORS for the extension's origins only; web pages get no grant. Written out instead of hono's
 * cors() because that one appends `Vary` to the finished response, which makes the Node adapter
 * rebuild every response; here all headers are set before the handler runs.
 */
export const extensionCors = createMiddleware(async (c, next) => {
  const origin = c.req.header('origin') ?? '';
  const allowed = EXTENSION_ORIGIN.test(origin);
  c.header('Vary', 'Origin');
  if (allowed) c.header('Access-Control-Allow-Origin', origin);
  if (c.req.method === 'OPTIONS') {
    if (!allowed) return c.body(null, 204);
    c.header('Access-Control-Allow-Methods', 'GET,POST,PATCH,DELETE');
    c.header('Access-Control-Allow-Headers', 'Authorization,Content-Type,Last-Event-ID');
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  }
  await next();
});
