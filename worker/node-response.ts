import { type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type HeaderList = readonly (readonly [string, string])[];

/**
 * The worker's Node response: header lists fixed before the handler runs (security and CORS
 * headers, response-headers.ts) are written in the same `writeHead` call as the handler's own.
 * Setting them one by one with `setHeader` made Node validate and store each in its header map and
 * then merge the handler's headers into that map: 3-8 µs of CPU per response for the eight fixed
 * headers, against 1-3 µs this way (measured with wrk on a bare Node server). A header the handler
 * sets itself (an event stream's Cache-Control) wins over a fixed one of the same name, as it did.
 */
export class FixedHeadersResponse<Req extends IncomingMessage = IncomingMessage> extends ServerResponse<Req> {
  private fixed: HeaderList[] | undefined;

  /** Adds a list (kept by reference: lists are constants) to write with the head. */
  addFixedHeaders(list: HeaderList): void {
    (this.fixed ??= []).push(list);
  }

  override writeHead(
    statusCode: number,
    reason?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    headers?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): this {
    const own = typeof reason === 'string' ? headers : reason;
    const all = this.fixed ? this.withFixed(own) : own;
    return typeof reason === 'string' ? super.writeHead(statusCode, reason, all) : super.writeHead(statusCode, all);
  }

  private withFixed(own: OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined): OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined {
    if (Array.isArray(own)) {
      // Node merges an array into headers set before (the array's names win): the slow path, unused by the adapter.
      for (const list of this.fixed!) for (const [name, value] of list) this.setHeader(name, value);
      return own;
    }
    const names = own ? Object.keys(own).map((k) => k.toLowerCase()) : [];
    const flat: OutgoingHttpHeader[] = [];
    for (const list of this.fixed!) {
      for (const [name, value] of list) if (!names.includes(name.toLowerCase())) flat.push(name, value);
    }
    for (const name in own) flat.push(name, own[name] as OutgoingHttpHeader);
    return flat;
  }
}
