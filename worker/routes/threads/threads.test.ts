import { describe, expect, it } from 'vitest';
import { call, claimKeyOf, sealed } from '../../../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../../../test/support/worker/stores.ts';

const cluster = usePgCluster();

describe.each(storeKinds)('threads on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const setup = async () => {
    const lead = (await call(w.current.url, 'POST', '/teams', { body: { name: 'T' } })).body;
    const coder = (await call(w.current.url, 'POST', '/teams/members', { token: lead.token, body: { name: 'C', role: 'coder' } })).body;
    return { lead, coder };
  };

  it('appends notes in order and answers a replay with the stored note', async () => {
    const { lead, coder } = await setup();
    const key = claimKeyOf(10);
    const first = { id: crypto.randomUUID(), body: sealed('Zmlyc3Q=') };
    const a = await call(w.current.url, 'POST', `/threads/${key}/notes`, { token: lead.token, body: first });
    expect(a.status).toBe(201);
    const b = await call(w.current.url, 'POST', `/threads/${key}/notes`, { token: coder.token, body: { id: crypto.randomUUID(), body: sealed('c2Vjb25k') } });
    expect(b.body.seq).toBeGreaterThan(a.body.seq);
    const replay = await call(w.current.url, 'POST', `/threads/${key}/notes`, { token: lead.token, body: first });
    expect(replay.status).toBe(200);
    expect(replay.body.seq).toBe(a.body.seq);
    const list = await call(w.current.url, 'GET', `/threads/${key}/notes`, { token: coder.token });
    expect(list.body.notes.map((n: { id: string }) => n.id)).toEqual([first.id, b.body.id]);
    const after = await call(w.current.url, 'GET', `/threads/${key}/notes?after=${a.body.seq}`, { token: coder.token });
    expect(after.body.notes).toHaveLength(1);
    expect(after.body.notes[0]).toMatchObject({ authorRole: 'coder', claimKey: key });
  });

  it('refuses to reuse a note id for a different body', async () => {
    const { lead } = await setup();
    const id = crypto.randomUUID();
    await call(w.current.url, 'POST', `/threads/${claimKeyOf(11)}/notes`, { token: lead.token, body: { id, body: sealed('b25l') } });
    const r = await call(w.current.url, 'POST', `/threads/${claimKeyOf(11)}/notes`, { token: lead.token, body: { id, body: sealed('dHdv') } });
    expect(r.status).toBe(409);
  });

  it('versions thread state: a stale write gets 409 with the current version', async () => {
    const { lead, coder } = await setup();
    const key = claimKeyOf(12);
    const fresh = await call(w.current.url, 'GET', `/threads/${key}`, { token: coder.token });
    expect(fresh.body).toMatchObject({ version: 0, status: 'open', rootCause: null });
    const v1 = await call(w.current.url, 'PATCH', `/threads/${key}`, {
      token: lead.token,
      body: {
        baseVersion: 0,
        status: 'waiting-on-coder',
        payer: 'Medicare Part B',
        carc: ['97'],
        rarc: ['N130'],
        assigneeId: coder.memberId,
        dueDate: '2026-12-01',
        rootCause: 'coding',
        sealed: sealed(),
      },
    });
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, status: 'waiting-on-coder', assigneeId: coder.memberId, updatedBy: lead.memberId });
    const stale = await call(w.current.url, 'PATCH', `/threads/${key}`, { token: coder.token, body: { baseVersion: 0, status: 'resolved' } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 1, status: 'waiting-on-coder' });
    const v2 = await call(w.current.url, 'PATCH', `/threads/${key}`, { token: coder.token, body: { baseVersion: 1, status: 'waiting-on-biller' } });
    // Fields not in the patch keep their values.
    expect(v2.body).toMatchObject({ version: 2, status: 'waiting-on-biller', payer: 'Medicare Part B', carc: ['97'], rootCause: 'coding' });
  });

  it('lets exactly one of many concurrent writers win a version', async () => {
    const { lead } = await setup();
    const key = claimKeyOf(13);
    const tries = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call(w.current.url, 'PATCH', `/threads/${key}`, { token: lead.token, body: { baseVersion: 0, payer: `P${i}` } })),
    );
    expect(tries.filter((t) => t.status === 200)).toHaveLength(1);
    expect(tries.filter((t) => t.status === 409)).toHaveLength(7);
  });

  it('lists threads by status and assignee, within the team only', async () => {
    const { lead, coder } = await setup();
    const other = await setup();
    await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(20)}`, {
      token: lead.token,
      body: { baseVersion: 0, status: 'waiting-on-coder', assigneeId: coder.memberId, dueDate: '2026-12-09' },
    });
    await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(21)}`, {
      token: lead.token,
      body: { baseVersion: 0, status: 'waiting-on-coder', dueDate: '2026-12-02' },
    });
    await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(22)}`, { token: lead.token, body: { baseVersion: 0, status: 'resolved' } });
    const waiting = await call(w.current.url, 'GET', '/threads?status=waiting-on-coder', { token: coder.token });
    expect(waiting.body.threads.map((t: { claimKey: string }) => t.claimKey)).toEqual([claimKeyOf(21), claimKeyOf(20)]);
    const mine = await call(w.current.url, 'GET', `/threads?assigneeId=${coder.memberId}`, { token: coder.token });
    expect(mine.body.threads).toHaveLength(1);
    expect((await call(w.current.url, 'GET', '/threads', { token: other.lead.token })).body.threads).toEqual([]);
    // Assigning another team's member is refused.
    const cross = await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(23)}`, {
      token: other.lead.token,
      body: { baseVersion: 0, assigneeId: coder.memberId },
    });
    expect(cross.status).toBe(400);
  });

  it("keeps one team's notes invisible to another on the same claim key", async () => {
    const a = await setup();
    const b = await setup();
    const key = claimKeyOf(30);
    await call(w.current.url, 'POST', `/threads/${key}/notes`, { token: a.lead.token, body: { id: crypto.randomUUID(), body: sealed() } });
    expect((await call(w.current.url, 'GET', `/threads/${key}/notes`, { token: b.lead.token })).body.notes).toEqual([]);
    expect((await call(w.current.url, 'GET', '/sync/pull', { token: b.lead.token })).body.changes).toEqual([]);
  });
});
