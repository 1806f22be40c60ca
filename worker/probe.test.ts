import { describe, expect, it } from 'vitest';
import { MAX_PUSH_CIPHERTEXT } from '../shared/contracts/handoff.ts';
import { MAX_DENIALS_PER_PUSH } from '../shared/contracts/denial-record.ts';
import { serveStore } from './node-server.ts';
import { openSqliteStore } from './store/sqlite.ts';
import { call, claimKeyOf, sealed } from '../test/support/worker/http.ts';
import { openEvents } from '../test/support/worker/sse.ts';
import { storeKinds, usePgCluster, useWorker } from '../test/support/worker/stores.ts';

/** The failures an outside probe of the running worker found (issue 20), each over real HTTP. */
const cluster = usePgCluster();
const uuid = () => crypto.randomUUID();
const note = (k: number, ct = 'c2VhbGVk') => ({ id: uuid(), claimKey: claimKeyOf(k), body: sealed(ct) });
const denial = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  payer: 'Acme PPO',
  codes: ['99214'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-11-03',
  amount: 120,
  ...over,
});

describe.each(storeKinds)('probe failures on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const api = (method: string, path: string, opts: Parameters<typeof call>[3] = {}) => call(w.current.url, method, path, opts);
  const lead = async () => (await api('POST', '/teams', { body: { name: 'Probe' } })).body as { token: string; memberId: string; teamId: string };
  const member = async (token: string, role: string) => (await api('POST', '/teams/members', { token, body: { name: role, role } })).body;

  it('answers impossible dates with 400 naming the field, and stores none of them', async () => {
    const t = await lead();
    const refused: [string, string, unknown, RegExp][] = [
      ['GET', '/denials/recent?asOf=2024-99-99', undefined, /^asOf: /],
      ['GET', '/denials/memory?payer=Acme&codes=99214&asOf=2024-02-30', undefined, /^asOf: /],
      ['GET', '/insights?asOf=2023-02-29', undefined, /^asOf: /],
      ['GET', '/insights?from=2024-00-10', undefined, /^from: /],
      ['POST', '/denials', { records: [denial({ deniedOn: '2024-13-01' })] }, /^records\.0\.deniedOn: /],
      ['POST', '/denials', { records: [denial({ dueDate: '2024-04-31' })] }, /^records\.0\.dueDate: /],
      ['POST', '/denials', { records: [denial({ resolvedOn: '0000-01-01' })] }, /^records\.0\.resolvedOn: /],
      [
        'POST',
        '/decisions',
        { decisions: [{ id: uuid(), system: 'CPT', code: '99214', decision: 'accepted', at: '2024-99-99T10:00:00Z' }] },
        /^decisions\.0\.at: /,
      ],
      ['PATCH', `/threads/${claimKeyOf(1)}`, { baseVersion: 0, dueDate: '2024-02-30' }, /^dueDate: /],
    ];
    for (const [method, path, body, message] of refused) {
      const r = await api(method, path, { token: t.token, body });
      expect([r.status, r.body?.error], `${method} ${path}`).toEqual([400, expect.stringMatching(message)]);
    }
    const stored = await api('POST', '/denials', { token: t.token, body: { records: [denial()] } });
    expect(stored.status).toBe(200);
    const patched = await api('PATCH', `/denials/${stored.body.results[0].id}`, { token: t.token, body: { resolvedOn: '2025-02-29' } });
    expect([patched.status, patched.body.error]).toEqual([400, expect.stringMatching(/^resolvedOn: /)]);
    const recent = await api('GET', '/denials/recent?asOf=2026-12-01', { token: t.token });
    expect(recent.body.records.map((r: { deniedOn: string; resolvedOn?: string | null }) => [r.deniedOn, r.resolvedOn ?? null])).toEqual([
      ['2026-11-03', null],
    ]);
    expect((await api('GET', `/threads/${claimKeyOf(1)}`, { token: t.token })).body.version).toBe(0);
  });

  it('refuses NUL and other control characters in every text field with 400, never 500', async () => {
    const t = await lead();
    const invite = (await api('POST', '/teams/invites', { token: t.token, body: { role: 'coder' } })).body.code;
    for (const bad of ['A\u0000B', 'A\u0007', 'line\u001bbreak', 'A\u007f', 'A\u0085']) {
      const cases: [string, string, unknown, RegExp, string?][] = [
        ['POST', '/teams', { name: bad }, /^name: must not contain control characters/],
        ['POST', '/teams/members', { name: bad, role: 'coder' }, /^name: /, t.token],
        ['POST', '/invites/accept', { code: invite, name: bad }, /^name: /],
        ['PATCH', `/threads/${claimKeyOf(2)}`, { baseVersion: 0, payer: bad }, /^payer: /, t.token],
        ['POST', '/denials', { records: [denial({ payer: bad })] }, /^records\.0\.payer: /, t.token],
        ['POST', '/denials', { records: [denial({ assignee: bad })] }, /^records\.0\.assignee: /, t.token],
        ['GET', `/denials/memory?payer=${encodeURIComponent(bad)}&codes=99214`, undefined, /^payer: /, t.token],
        ['GET', `/insights?person=${encodeURIComponent(bad)}`, undefined, /^person: /, t.token],
      ];
      for (const [method, path, body, message, token] of cases) {
        const r = await api(method, path, { token, body });
        expect([r.status, r.body?.error], `${method} ${path} ${JSON.stringify(bad)}`).toEqual([400, expect.stringMatching(message)]);
      }
    }
    // The invite was not spent by the refused attempts.
    expect((await api('POST', '/invites/accept', { body: { code: invite, name: 'Ana' } })).status).toBe(201);
  });

  it("closes a revoked member's open event streams at once", async () => {
    const t = await lead();
    const coder = await member(t.token, 'coder');
    const tap = await openEvents(w.current.url, coder.token);
    const other = await openEvents(w.current.url, t.token);
    expect((await api('DELETE', `/teams/members/${coder.memberId}`, { token: t.token })).status).toBe(204);
    await tap.ended;
    await api('POST', `/threads/${claimKeyOf(3)}/notes`, { token: t.token, body: { id: uuid(), body: sealed() } });
    // The lead's stream stays open and gets the note; the revoked coder's got nothing.
    expect((await other.waitFor(1)).map((c) => c.kind)).toEqual(['note']);
    expect(tap.changes).toEqual([]);
    other.close();
  });

  it('stores nothing of a push answered 409', async () => {
    const t = await lead();
    const stored = note(4);
    expect((await api('POST', '/sync/push', { token: t.token, body: { notes: [stored] } })).status).toBe(200);
    const fresh = note(4);
    const reused = { ...stored, body: sealed('b3RoZXI=') };
    const a = await api('POST', '/sync/push', { token: t.token, body: { notes: [fresh, reused] } });
    expect([a.status, a.body.error, a.body.index]).toEqual([409, expect.stringMatching(/^notes\.1\.id: /), 1]);
    const twice = note(5);
    const b = await api('POST', '/sync/push', { token: t.token, body: { notes: [note(5), twice, { ...twice, body: sealed('dHdv') }] } });
    expect([b.status, b.body.index]).toEqual([409, 2]);
    const pulled = await api('GET', '/sync/pull', { token: t.token });
    expect(pulled.body.changes.map((c: { note: { id: string } }) => c.note.id)).toEqual([stored.id]);
    // The same notes without the clash go through.
    expect(
      (await api('POST', '/sync/push', { token: t.token, body: { notes: [fresh, stored] } })).body.results.map((r: { created: boolean }) => r.created),
    ).toEqual([true, false]);
  });

  it('lets an unused invite die with the revoked member who made it', async () => {
    const t = await lead();
    const second = await member(t.token, 'lead');
    const code = (await api('POST', '/teams/invites', { token: second.token, body: { role: 'biller' } })).body.code;
    const kept = (await api('POST', '/teams/invites', { token: t.token, body: { role: 'biller' } })).body.code;
    expect((await api('DELETE', `/teams/members/${second.memberId}`, { token: t.token })).status).toBe(204);
    expect((await api('POST', '/invites/accept', { body: { code, name: 'Late' } })).status).toBe(404);
    expect((await api('POST', '/invites/accept', { body: { code: kept, name: 'Kept' } })).status).toBe(201);
  });

  it('limits the length and range of every denial field, so totals stay exact', async () => {
    const t = await lead();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ codes: ['9'.repeat(200)] }, /^records\.0\.codes\.0: /],
      [{ modifiers: ['25X'] }, /^records\.0\.modifiers\.0: /],
      [{ amount: 1e308 }, /^records\.0\.amount: /],
      [{ amount: -1 }, /^records\.0\.amount: /],
      [{ payer: 'P'.repeat(121) }, /^records\.0\.payer: /],
      [{ carc: ['9999'] }, /^records\.0\.carc\.0: /],
    ];
    for (const [over, message] of cases) {
      const r = await api('POST', '/denials', { token: t.token, body: { records: [denial(over)] } });
      expect([r.status, r.body?.error], JSON.stringify(over).slice(0, 80)).toEqual([400, expect.stringMatching(message)]);
    }
    const records = Array.from({ length: MAX_DENIALS_PER_PUSH }, () => denial({ amount: 10_000_000 }));
    expect((await api('POST', '/denials', { token: t.token, body: { records } })).status).toBe(200);
    expect((await api('POST', '/denials', { token: t.token, body: { records: [...records, denial()] } })).status).toBe(400);
    const totals = (await api('GET', '/insights?asOf=2026-12-01', { token: t.token })).body.total;
    expect(totals).toEqual({ count: MAX_DENIALS_PER_PUSH, amount: MAX_DENIALS_PER_PUSH * 10_000_000 });
  });

  it("fits each push schema's largest valid batch within the body limit", async () => {
    const t = await lead();
    // Notes: the ciphertext allowance of a push, spread over the most notes a push may hold.
    const per = Math.floor(MAX_PUSH_CIPHERTEXT / 100 / 4) * 4;
    const notes = Array.from({ length: 100 }, (_, i) => note(i + 10, 'A'.repeat(per)));
    const pushed = await api('POST', '/sync/push', { token: t.token, body: { notes } });
    expect(pushed.status).toBe(200);
    const over = await api('POST', '/sync/push', { token: t.token, body: { notes: [...notes.slice(0, 99), note(9, 'A'.repeat(per + 400))] } });
    expect([over.status, over.body.error]).toEqual([400, expect.stringMatching(/^notes: at most/)]);
    // Denials: each field at its longest, in characters that take 3 bytes of UTF-8 where text is free.
    const wide = '\u20ac'.repeat(120);
    const big = () =>
      denial({
        payer: wide,
        assignee: wide,
        codes: Array(50).fill('ABCDEFGHIJK'),
        modifiers: Array(50).fill('25'),
        carc: Array(20).fill('A123'),
        rarc: Array(20).fill('MA123'),
        origin: 'patient-responsibility',
        outcome: 'paid-on-appeal',
        amount: 9_999_999.99,
        owner: 'front-desk',
        dueDate: '2026-12-31',
        resolvedOn: '2026-12-31',
        claimKey: claimKeyOf(1),
      });
    const denials = await api('POST', '/denials', { token: t.token, body: { records: Array.from({ length: MAX_DENIALS_PER_PUSH }, big) } });
    expect(denials.status).toBe(200);
    const decisions = Array.from({ length: 500 }, () => ({
      id: uuid(),
      system: 'ICD-10-CM',
      code: 'S72.001A0000',
      decision: 'accepted',
      at: '2026-11-03T10:00:00.000+01:00',
    }));
    expect((await api('POST', '/decisions', { token: t.token, body: { decisions } })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('grants only the configured extension ids', async () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const w = await serveStore(openSqliteStore(':memory:'), { port: 0, limits: { member: null, anonymous: null }, extensionIds: [id] });
    try {
      const origin = async (o: string, method = 'GET') =>
        (await call(w.url, method, '/healthz', { headers: { origin: o, 'access-control-request-method': 'GET' } })).headers.get('access-control-allow-origin');
      expect(await origin(`chrome-extension://${id}`)).toBe(`chrome-extension://${id}`);
      expect(await origin(`moz-extension://${id}`)).toBe(`moz-extension://${id}`);
      expect(await origin(`chrome-extension://${id}`, 'OPTIONS')).toBe(`chrome-extension://${id}`);
      for (const other of [
        'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba',
        'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-000000000000',
        'https://evil.example',
        'null',
      ]) {
        expect(await origin(other), other).toBeNull();
        expect(await origin(other, 'OPTIONS'), other).toBeNull();
      }
    } finally {
      await w.close();
    }
  });
});
