import type { Context } from 'hono';
import type { HeaderList } from './node-response.ts';

interface NodeResponse {
  addFixedHeaders(list: HeaderList): void;
}

/**
 * Sets headers for the response before the handler runs. On Node the response writes them with
 * its head (node-response.ts): a header put into Hono's context instead makes it build a WHATWG
 * Headers object for every response (undici validates each header, and the Node adapter then
 * iterates them back out). Elsewhere (Workers, and `app.request` in tests) they go through the
 * context as usual.
 */
export function setResponseHeaders(c: Context, headers: HeaderList): void {
  const out = (c.env as { outgoing?: Partial<NodeResponse> } | undefined)?.outgoing;
  if (typeof out?.addFixedHeaders === 'function') out.addFixedHeaders(headers);
  else for (const [name, value] of headers) c.header(name, value);
}
