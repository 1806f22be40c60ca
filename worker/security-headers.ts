import type { Context } from 'hono';
import { setResponseHeaders } from './response-headers.ts';

/** Hono's secureHeaders defaults plus a deny-all CSP (the docs page needs inline style only). */
const headers: [string, string][] = [
  ['Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
  // Team data must not sit in shared caches.
  ['Cache-Control', 'no-store'],
  // CORS answers differ by Origin (cors.ts).
  ['Vary', 'Origin'],
];

/**
 * Every response's fixed headers, set before the handler runs: headers added to a finished
 * response make the Node adapter rebuild it. Called from the app's front middleware.
 */
export function securityHeaders(c: Context): void {
  setResponseHeaders(c, headers);
}
