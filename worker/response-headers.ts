import type { Context } from 'hono';

interface NodeResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * Sets headers for the response before the handler runs. On Node they go straight onto the
 * ServerResponse, which merges them with the Response's own headers when it writes the head: a
 * header put into Hono's context instead makes it build a WHATWG Headers object for every
 * response (undici validates each header, and the Node adapter then iterates them back out),
 * about 4% of a push's CPU for the 15 headers every response carries. Elsewhere (Workers, and
 * `app.request` in tests) they go through the context as usual.
 */
export function setResponseHeaders(c: Context, headers: readonly (readonly [string, string])[]): void {
  const out = (c.env as { outgoing?: Partial<NodeResponse> } | undefined)?.outgoing;
  if (typeof out?.setHeader === 'function') {
    for (const [name, value] of headers) out.setHeader(name, value);
  } else {
    for (const [name, value] of headers) c.header(name, value);
  }
}
