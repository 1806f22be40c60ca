import { describe, expect, it } from 'vitest';
import { call, claimKeyOf, rawPost, sealed } from '../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../test/support/worker/stores.ts';

const cluster = usePgCluster();
const uuid = () => crypto.randomUUID();

describe.each(storeKinds)('hostile input on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const lead = async () => (await call(w.current.url, 'POST', '/teams', { body: { name: 'H' } })).body;
  const notesPath = `/threads/${claimKeyOf(1)}/notes`;

  it('answers malformed JSON, wrong types and unknown fields with 400 naming the field', async () => {
    const t = await lead();
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', notesPath, '{"id": "x", ', /JSON/],
      ['POST', notesPath, { id: 42, body: sealed() }, /^id/],
      ['POST', notesPath, { id: uuid(), body: { iv: 'short', ct: 'AA==' } }, /^body\.iv/],
      ['POST', notesPath, { id: uuid(), body: sealed(), plaintext: 'Ana Ruiz' }, /plaintext|Unrecognized/i],
      ['POST', notesPath, [], /expected object/i],
      ['POST', '/sync/push', { notes: [] }, /^notes/],
      ['POST', '/sync/push', { notes: [{ id: uuid(), claimKey: 'NOT-HEX', body: sealed() }] }, /^notes\.0\.claimKey/],
      ['PATCH', `/threads/${claimKeyOf(1)}`, { baseVersion: 0, status: 'lost' }, /^status/],
      ['PATCH', `/threads/${claimKeyOf(1)}`, { baseVersion: -1 }, /^baseVersion/],
      ['PATCH', `/threads/${claimKeyOf(1)}`, { baseVersion: 0, carc: ['<script>'] }, /^carc/],
      ['PATCH', `/threads/${claimKeyOf(1)}`, { baseVersion: 0, dueDate: 'tomorrow' }, /^dueDate/],
      ['POST', '/teams/members', { name: 'x', role: 'admin' }, /^role/],
      ['GET', '/sync/pull?cursor=-5', undefined, /^cursor/],
      ['GET', '/sync/pull?cursor=1&drop=1', undefined, /drop|Unrecognized/i],
    ];
    for (const [method, path, body, message] of cases) {
      const r = await call(w.current.url, method, path, { token: t.token, body });
      expect([r.status, r.body?.error], `${method} ${path} ${JSON.stringify(body)}`).toEqual([400, expect.stringMatching(message)]);
    }
  });

  it('answers a bad claim key in the path with 400', async () => {
    const t = await lead();
    expect((await call(w.current.url, 'GET', '/threads/../../etc/notes', { token: t.token })).status).toBe(404);
    expect((await call(w.current.url, 'GET', `/threads/${'A'.repeat(64)}/notes`, { token: t.token })).status).toBe(400);
  });

  it('answers oversized bodies with 413 and a wrong content type with 415', async () => {
    const t = await lead();
    const big = JSON.stringify({ id: uuid(), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'A'.repeat(300_000) } });
    expect(await rawPost(w.current.url, notesPath, t.token, big)).toBe(413);
    const tooLongNote = await call(w.current.url, 'POST', notesPath, { token: t.token, body: { id: uuid(), body: sealed('A'.repeat(64_004)) } });
    expect(tooLongNote.status).toBe(400);
    const text = await call(w.current.url, 'POST', notesPath, { token: t.token, body: 'id=1', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('answers missing, malformed, unknown and revoked tokens with 401 and no detail', async () => {
    const t = await lead();
    const coder = (await call(w.current.url, 'POST', '/teams/members', { token: t.token, body: { name: 'C', role: 'coder' } })).body;
    await call(w.current.url, 'DELETE', `/teams/members/${coder.memberId}`, { token: t.token });
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Basic abc' },
      { authorization: 'Bearer cs_nottherealtokenatall' },
      { authorization: `Bearer ${coder.token}` },
      { authorization: `Bearer ${t.token}x'` },
    ]) {
      const r = await call(w.current.url, 'GET', '/sync/pull', { headers });
      expect(r.status).toBe(401);
      expect(JSON.stringify(r.body)).not.toMatch(/revoked_at|SELECT|stack|at \w+ \(/);
    }
  });

  it("treats another team's ids as unknown", async () => {
    const a = await lead();
    const b = await lead();
    const id = uuid();
    const mine = await call(w.current.url, 'POST', notesPath, { token: a.token, body: { id, body: sealed('YQ==') } });
    expect(mine.status).toBe(201);
    // B pushing the same client id creates B's own note; A's note is neither read nor changed.
    const theirs = await call(w.current.url, 'POST', notesPath, { token: b.token, body: { id, body: sealed('Yg==') } });
    expect(theirs.status).toBe(201);
    expect(theirs.body.authorId).toBe(b.memberId);
    expect((await call(w.current.url, 'GET', notesPath, { token: a.token })).body.notes[0].body.ct).toBe('YQ==');
    expect((await call(w.current.url, 'DELETE', `/teams/members/${a.memberId}`, { token: b.token })).status).toBe(404);
    expect((await call(w.current.url, 'GET', `/threads?assigneeId=${a.memberId}`, { token: b.token })).body.threads).toEqual([]);
  });

  it('answers replayed pushes with 200 and the original, never a second copy', async () => {
    const t = await lead();
    const n = { id: uuid(), body: sealed() };
    const codes = await Promise.all(Array.from({ length: 10 }, () => call(w.current.url, 'POST', notesPath, { token: t.token, body: n })));
    expect(codes.filter((r) => r.status === 201)).toHaveLength(1);
    expect(codes.filter((r) => r.status === 200)).toHaveLength(9);
    expect((await call(w.current.url, 'GET', notesPath, { token: t.token })).body.notes).toHaveLength(1);
  });

  it('refuses every documented operation without a token, except the two that make a member and the health check', async () => {
    // Auth comes from each route's own `security` (guard in routes/group.ts): a route added without it shows up here.
    const doc = (await call(w.current.url, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const open: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const concrete = path.replace('{claimKey}', claimKeyOf(1)).replace(/\{\w+\}/g, uuid());
        const r = await call(w.current.url, method.toUpperCase(), concrete, { body: method === 'get' ? undefined : {} });
        if (op.security) expect(r.status, `${method} ${path}`).toBe(401);
        else open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(open.sort()).toEqual(['GET /healthz', 'POST /invites/accept', 'POST /teams']);
  });

  it('never answers 500 to unknown routes or methods', async () => {
    const t = await lead();
    for (const [m, p] of [
      ['PUT', '/teams'],
      ['DELETE', notesPath],
      ['GET', '/nope'],
      ['POST', '/healthz'],
    ]) {
      const r = await call(w.current.url, m!, p!, { token: t.token, body: m === 'GET' ? undefined : {} });
      expect(r.status, `${m} ${p}`).toBeGreaterThanOrEqual(400);
      expect(r.status, `${m} ${p}`).toBeLessThan(500);
    }
  });
});

describe('limits and headers', () => {
  const w = useWorker('sqlite', cluster, { member: { rate: 1, burst: 3 }, anonymous: { rate: 1, burst: 2 }, streamsPerMember: 1 });

  it('answers past the request budget with 429 and Retry-After', async () => {
    const t = (await call(w.current.url, 'POST', '/teams', { body: { name: 'R' } })).body;
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await call(w.current.url, 'GET', '/me', { token: t.token })).status);
    expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
    expect(codes.at(-1)).toBe(429);
    const anon = [];
    for (let i = 0; i < 3; i++) anon.push(await call(w.current.url, 'POST', '/teams', { body: { name: 'R' } }));
    expect(anon.at(-1)!.status).toBe(429);
    expect(anon.at(-1)!.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('sends security headers and grants CORS to no origin unless configured (probe.test.ts)', async () => {
    const page = await call(w.current.url, 'GET', '/healthz', { headers: { origin: 'https://evil.example' } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const ext = await call(w.current.url, 'GET', '/healthz', { headers: { origin: 'chrome-extension://abcdefghijklmnop' } });
    expect(ext.headers.get('access-control-allow-origin')).toBeNull();
    expect(ext.headers.get('vary')).toMatch(/Origin/);
  });
});
