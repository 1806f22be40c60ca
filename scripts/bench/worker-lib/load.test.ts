import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncPush } from '../../../shared/contracts/handoff.ts';
import { load, type LoadTool } from './load.ts';

// The benchmark is only honest if every push is a new note: a repeated id would be answered as a
// replay (200, which no load generator counts as a failure) and measure the no-op path.
let server: Server;
let url = '';
const seen: { id: string; auth?: string; valid: boolean }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method === 'POST') {
        const parsed = SyncPush.safeParse(JSON.parse(body));
        const one = parsed.success && parsed.data.notes.length === 1;
        seen.push({ id: one ? parsed.data.notes[0]!.id : body, auth: req.headers.authorization, valid: one });
      }
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe.each(['wrk', 'autocannon'] as LoadTool[])('bench load with %s', (tool) => {
  it.each(['client', 'random'] as const)('sends %s ids, every one new and valid, with the token', async (ids) => {
    seen.length = 0;
    const figures = await load(tool, url, 5, 1, { kind: 'push', token: 'tok_0123456789', path: '/sync/push', ids });
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((s) => !s.valid)).toEqual([]);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(new Set(seen.map((s) => s.auth))).toEqual(new Set(['Bearer tok_0123456789']));
    if (ids === 'client') expect(seen.every((s) => s.id[14] === '7')).toBe(true);
    expect(figures.failed).toBe(0);
    expect(figures.rps).toBeGreaterThan(0);
    expect(figures.genCpu).toBeGreaterThan(0);
  });
});
