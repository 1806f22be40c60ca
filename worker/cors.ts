import type { Context } from 'hono';
import { setResponseHeaders } from './response-headers.ts';

const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/;
const preflight = [
  ['Access-Control-Allow-Methods', 'GET,POST,PATCH,DELETE'],
  ['Access-Control-Allow-Headers', 'Authorization,Content-Type,Last-Event-ID'],
  ['Access-Control-Max-Age', '600'],
] as const;

/**
 * CORS for the extension's origins only; web pages get no grant (`Vary: Origin` is among the
 * security headers). Written out instead of hono's cors() because that one appends `Vary` to the
 * finished response, which makes the Node adapter rebuild every response; here all headers are
 * set before the handler runs. Returns the answer to a preflight, else nothing.
 */
export function extensionCors(c: Context): Response | undefined {
  const origin = c.req.header('origin');
  const allowed = origin !== undefined && EXTENSION_ORIGIN.test(origin);
  if (allowed) setResponseHeaders(c, [['Access-Control-Allow-Origin', origin]]);
  if (c.req.method !== 'OPTIONS') return undefined;
  if (allowed) setResponseHeaders(c, preflight);
  return c.body(null, 204);
}
