import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { deriveTeamKeys, sealText } from '../../shared/sync/crypto.ts';
import { SseParser } from '../../shared/sync/sse.ts';

const key = 'c'.repeat(64);
const body = { iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk' };
async function call(method: string, path: string, token?: string, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await SELF.fetch(`https://worker.example${path}`, { method, headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

describe('the Worker over D1, in workerd', () => {
  it('runs the team, push, pull and thread-state flow', async () => {
    const lead = (await call('POST', '/teams', undefined, { name: 'Edge' })).body;
    expect(lead.role).toBe('lead');
    const coder = (await call('POST', '/teams/members', lead.token, { name: 'C', role: 'coder' })).body;
    const notes = [
      { id: crypto.randomUUID(), claimKey: key, body },
      { id: crypto.randomUUID(), claimKey: key, body },
    ];
    const first = await call('POST', '/sync/push', coder.token, { notes });
    expect(first.body.results.map((r: { created: boolean }) => r.created)).toEqual([true, true]);
    const replay = await call('POST', '/sync/push', coder.token, { notes });
    expect(replay.body.results.map((r: { created: boolean }) => r.created)).toEqual([false, false]);
    const pulled = await call('GET', '/sync/pull?cursor=0', lead.token);
    expect(pulled.body.changes.map((c: { seq: number }) => c.seq)).toEqual([1, 2]);
    const v1 = await call('PATCH', `/threads/${key}`, lead.token, { baseVersion: 0, status: 'waiting-on-coder', assigneeId: coder.memberId });
    expect(v1.body).toMatchObject({ version: 1, seq: 3 });
    const stale = await call('PATCH', `/threads/${key}`, coder.token, { baseVersion: 0, status: 'resolved' });
    expect([stale.status, stale.body.current.version]).toEqual([409, 1]);
  });

  it('answers hostile input with 4xx and stores no plaintext', async () => {
    const lead = (await call('POST', '/teams', undefined, { name: 'Edge2' })).body;
    expect((await call('POST', `/threads/${key}/notes`, lead.token, '{"id":')).status).toBe(400);
    expect((await call('POST', `/threads/${key}/notes`, lead.token, { id: 1, body })).status).toBe(400);
    expect((await call('GET', '/sync/pull', 'cs_notarealtoken000')).status).toBe(401);
    const keys = await deriveTeamKeys('edge team secret');
    const secret = 'Ana Ruiz 1950-03-02 needs CKD stage';
    expect((await call('POST', `/threads/${key}/notes`, lead.token, { id: crypto.randomUUID(), body: await sealText(keys, secret) })).status).toBe(201);
    const rows = JSON.stringify((await env.DB.prepare('SELECT * FROM notes').all()).results);
    expect(rows).toContain(key);
    expect(rows).not.toContain('Ana Ruiz');
    const coder = (await call('POST', '/teams/members', lead.token, { name: 'C', role: 'coder' })).body;
    expect((await call('DELETE', `/teams/members/${coder.memberId}`, lead.token)).status).toBe(204);
    expect((await call('GET', '/me', coder.token)).status).toBe(401);
    expect((await call('DELETE', `/teams/members/${lead.memberId}`, lead.token)).status).toBe(409);
    expect((await call('GET', '/healthz')).body).toEqual({ ok: true, store: 'd1' });
  });

  it('streams a pushed note over SSE', async () => {
    const lead = (await call('POST', '/teams', undefined, { name: 'Live' })).body;
    const res = await SELF.fetch('https://worker.example/sync/events', { headers: { authorization: `Bearer ${lead.token}` } });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const id = crypto.randomUUID();
    await call('POST', `/threads/${key}/notes`, lead.token, { id, body });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    let got: { note: { id: string } } | null = null;
    while (!got) {
      const { value, done } = await reader.read();
      if (done) break;
      const ev = parser.push(value).find((e) => e.event === 'note');
      if (ev) got = JSON.parse(ev.data);
    }
    expect(got?.note.id).toBe(id);
    await reader.cancel();
  });
});
