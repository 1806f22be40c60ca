import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedHeadersResponse } from './node-response.ts';

type Handler = (res: FixedHeadersResponse) => void;

const fixed = [['Cache-Control', 'no-store'], ['X-Frame-Options', 'DENY']] as const;
const extra = [['X-Extra', 'yes']] as const;
let server: Server | undefined;

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves one response written by `handle` and returns the raw header lines the client got. */
async function rawHeaders(handle: Handler): Promise<{ status: number; lines: [string, string][]; body: string }> {
  server = createServer({ ServerResponse: FixedHeadersResponse }, (_req, res) => handle(res as FixedHeadersResponse));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const res = await new Promise<IncomingMessage>((resolve, reject) => request({ port, host: '127.0.0.1' }, resolve).on('error', reject).end());
  let body = '';
  for await (const chunk of res) body += chunk;
  const lines: [string, string][] = [];
  for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
  return { status: res.statusCode!, lines, body };
}

const named = (lines: [string, string][], name: string) => lines.filter(([n]) => n === name).map(([, v]) => v);

describe('FixedHeadersResponse', () => {
  it.each([
    ['an object', (res: FixedHeadersResponse) => res.writeHead(201, { 'content-type': 'application/json' }).end('{}')],
    ['a reason and an object', (res: FixedHeadersResponse) => res.writeHead(201, 'Made', { 'content-type': 'application/json' }).end('{}')],
    ['a flat array', (res: FixedHeadersResponse) => res.writeHead(201, ['content-type', 'application/json']).end('{}')],
  ])('writes the fixed lists and the handler headers given as %s, each once', async (_, write) => {
    const { status, lines, body } = await rawHeaders((res) => {
      res.addFixedHeaders(fixed);
      res.addFixedHeaders(extra);
      write(res);
    });
    expect(status).toBe(201);
    expect(body).toBe('{}');
    expect(named(lines, 'cache-control')).toEqual(['no-store']);
    expect(named(lines, 'x-frame-options')).toEqual(['DENY']);
    expect(named(lines, 'x-extra')).toEqual(['yes']);
    expect(named(lines, 'content-type')).toEqual(['application/json']);
  });

  it.each([
    ['an object', (res: FixedHeadersResponse) => res.writeHead(200, { 'cache-control': 'no-cache' }).end()],
    ['a flat array', (res: FixedHeadersResponse) => res.writeHead(200, ['Cache-Control', 'no-cache']).end()],
  ])("lets the handler's own header (%s) win over a fixed one of the same name", async (_, write) => {
    const { lines } = await rawHeaders((res) => {
      res.addFixedHeaders(fixed);
      write(res);
    });
    expect(named(lines, 'cache-control')).toEqual(['no-cache']);
    expect(named(lines, 'x-frame-options')).toEqual(['DENY']);
  });

  it('writes the fixed headers when the head is implicit (end without writeHead)', async () => {
    const { lines, body } = await rawHeaders((res) => {
      res.addFixedHeaders(fixed);
      res.end('plain');
    });
    expect(body).toBe('plain');
    expect(named(lines, 'cache-control')).toEqual(['no-store']);
  });

  it('keeps headers set with setHeader beside the fixed ones', async () => {
    const { lines } = await rawHeaders((res) => {
      res.addFixedHeaders(fixed);
      res.setHeader('Retry-After', '3');
      res.writeHead(429, { 'content-type': 'application/json' }).end('{}');
    });
    expect(named(lines, 'retry-after')).toEqual(['3']);
    expect(named(lines, 'cache-control')).toEqual(['no-store']);
    expect(named(lines, 'content-type')).toEqual(['application/json']);
  });
});
