import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from './node-server.ts';
import { serveStore } from './node-server.ts';
import { openPostgresStore } from './store/postgres.ts';
import { call, claimKeyOf, sealed } from '../test/support/worker/http.ts';
import { openEvents } from '../test/support/worker/sse.ts';
import { usePgCluster } from '../test/support/worker/stores.ts';

const cluster = usePgCluster();

describe('two worker instances on one PostgreSQL', () => {
  let a: RunningWorker;
  let b: RunningWorker;
  beforeAll(async () => {
    const url = await (await cluster()).createDatabase('fanout');
    // Both start at once: the migration lock lets exactly one create the schema.
    const [x, y] = await Promise.all(
      [openPostgresStore(url), openPostgresStore(url)].map(async (s) => serveStore(await s, { port: 0, limits: { heartbeatMs: 200 } })),
    );
    a = x!;
    b = y!;
  }, 90_000);
  afterAll(async () => Promise.all([a?.close(), b?.close()]));

  it('delivers a note pushed to one instance to an SSE client of the other', async () => {
    const lead = (await call(a.url, 'POST', '/teams', { body: { name: 'Fan' } })).body;
    const tap = await openEvents(b.url, lead.token);
    const id = crypto.randomUUID();
    const r = await call(a.url, 'POST', '/sync/push', { token: lead.token, body: { notes: [{ id, claimKey: claimKeyOf(1), body: sealed() }] } });
    expect(r.status).toBe(200);
    const [change] = await tap.waitFor(1);
    expect(change).toMatchObject({ kind: 'note', note: { id } });
    // Thread state changes travel the same way, and in order after a burst from both sides.
    await call(a.url, 'PATCH', `/threads/${claimKeyOf(1)}`, { token: lead.token, body: { baseVersion: 0, status: 'waiting-on-biller' } });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i % 2 ? a.url : b.url, 'POST', `/threads/${claimKeyOf(2)}/notes`, { token: lead.token, body: { id: crypto.randomUUID(), body: sealed() } }),
      ),
    );
    const all = await tap.waitFor(12);
    expect(all.map((c) => c.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    tap.close();
  });

  it("ends a revoked member's stream on the other instance too, at its next heartbeat", async () => {
    const lead = (await call(a.url, 'POST', '/teams', { body: { name: 'Rev' } })).body;
    const coder = (await call(a.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'C', role: 'coder' } })).body;
    const tap = await openEvents(b.url, coder.token);
    expect((await call(a.url, 'DELETE', `/teams/members/${coder.memberId}`, { token: lead.token })).status).toBe(204);
    await tap.ended;
    expect((await call(b.url, 'GET', '/me', { token: coder.token })).status).toBe(401);
  });

  it('lets a token issued on one instance work on the other, and a revocation too', async () => {
    const lead = (await call(a.url, 'POST', '/teams', { body: { name: 'Rev' } })).body;
    const coder = (await call(b.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'C', role: 'coder' } })).body;
    expect((await call(a.url, 'GET', '/me', { token: coder.token })).status).toBe(200);
    expect((await call(b.url, 'GET', '/me', { token: coder.token })).status).toBe(200); // now cached on B
    await call(a.url, 'DELETE', `/teams/members/${coder.memberId}`, { token: lead.token });
    expect((await call(a.url, 'GET', '/me', { token: coder.token })).status).toBe(401);
    // B drops its cache on A's NOTIFY; the cache TTL (1 s) bounds it if a notice were lost.
    let status = 0;
    for (let i = 0; i < 40 && status !== 401; i++) {
      status = (await call(b.url, 'GET', '/me', { token: coder.token })).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(401);
  });
});
