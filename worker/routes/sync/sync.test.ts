import { describe, expect, it } from 'vitest';
import { call, claimKeyOf, sealed } from '../../../test/support/worker/http.ts';
import { openEvents } from '../../../test/support/worker/sse.ts';
import { storeKinds, usePgCluster, useWorker } from '../../../test/support/worker/stores.ts';

const cluster = usePgCluster();
const note = (k: number) => ({ id: crypto.randomUUID(), claimKey: claimKeyOf(k), body: sealed() });

describe.each(storeKinds)('sync on %s', (kind) => {
  const w = useWorker(kind, cluster);
  const lead = async () => (await call(w.current.url, 'POST', '/teams', { body: { name: 'S' } })).body;

  it('pushes a batch idempotently: a replay creates nothing and keeps the seqs', async () => {
    const t = await lead();
    const notes = [note(1), note(2), note(1)];
    const first = await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes } });
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { created: boolean }) => r.created)).toEqual([true, true, true]);
    const again = await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [...notes, notes[0]] } });
    expect(again.body.results.map((r: { created: boolean }) => r.created)).toEqual([false, false, false, false]);
    expect(again.body.results.map((r: { seq: number }) => r.seq)).toEqual([
      ...first.body.results.map((r: { seq: number }) => r.seq),
      first.body.results[0].seq,
    ]);
    const all = await call(w.current.url, 'GET', '/sync/pull', { token: t.token });
    expect(all.body.changes).toHaveLength(3);
  });

  it('pulls by cursor in pages, notes and thread states in one order', async () => {
    const t = await lead();
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [note(1), note(2)] } });
    await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(1)}`, { token: t.token, body: { baseVersion: 0, status: 'waiting-on-biller' } });
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [note(3)] } });
    const seen: string[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await call(w.current.url, 'GET', `/sync/pull?cursor=${cursor}&limit=2`, { token: t.token });
      seen.push(...page.body.changes.map((c: { kind: string }) => c.kind));
      ({ cursor, more } = page.body);
    }
    expect(seen).toEqual(['note', 'note', 'thread', 'note']);
    expect((await call(w.current.url, 'GET', `/sync/pull?cursor=${cursor}`, { token: t.token })).body).toMatchObject({ changes: [], cursor, more: false });
  });

  it('streams live changes over SSE and resumes after Last-Event-ID', async () => {
    const t = await lead();
    const tap = await openEvents(w.current.url, t.token, {}, '?cursor=0');
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [note(1)] } });
    await call(w.current.url, 'PATCH', `/threads/${claimKeyOf(1)}`, { token: t.token, body: { baseVersion: 0, status: 'resolved' } });
    const got = await tap.waitFor(2);
    expect(got.map((c) => c.kind)).toEqual(['note', 'thread']);
    tap.close();
    // Written while disconnected: the resumed stream replays exactly what came after the last id.
    const missed = note(2);
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [missed] } });
    const resumed = await openEvents(w.current.url, t.token, { 'last-event-id': String(got[1]!.seq) });
    const again = await resumed.waitFor(1);
    expect(again[0]).toMatchObject({ kind: 'note', note: { id: missed.id } });
    // A replayed push is not announced again (PostgreSQL may skip its seq: cursors only need order).
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [missed] } });
    const next = note(4);
    await call(w.current.url, 'POST', '/sync/push', { token: t.token, body: { notes: [next] } });
    await resumed.waitFor(2);
    expect(resumed.changes.map((c) => (c.kind === 'note' ? c.note.id : c.kind))).toEqual([missed.id, next.id]);
    expect(resumed.changes[1]!.seq).toBeGreaterThan(again[0]!.seq);
    resumed.close();
  });

  it("never streams another team's changes", async () => {
    const a = await lead();
    const b = await lead();
    const tap = await openEvents(w.current.url, b.token);
    await call(w.current.url, 'POST', '/sync/push', { token: a.token, body: { notes: [note(1)] } });
    const own = note(2);
    await call(w.current.url, 'POST', '/sync/push', { token: b.token, body: { notes: [own] } });
    const got = await tap.waitFor(1);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ note: { id: own.id } });
    tap.close();
  });

  it('rejects a malformed Last-Event-ID', async () => {
    const t = await lead();
    const r = await call(w.current.url, 'GET', '/sync/events', { token: t.token, headers: { 'last-event-id': '12abc' } });
    expect(r.status).toBe(400);
  });
});
