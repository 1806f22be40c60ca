import { describe, expect, it } from 'vitest';
import { workerClient } from './worker-client.ts';

/** Records what the client sends instead of sending it. */
function recorder() {
  const sent: { url: string; method: string; auth: string | null; body: unknown }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    sent.push({ url: req.url, method: req.method, auth: req.headers.get('authorization'), body: init?.body ? JSON.parse(String(init.body)) : null });
    return Response.json({ error: 'recorded' }, { status: 400 });
  };
  return { sent, fetchImpl: fetchImpl as typeof fetch };
}

const claimKey = 'a'.repeat(64);
const note = { id: crypto.randomUUID(), claimKey, body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'eA==' } };

describe('workerClient', () => {
  it('builds each request from the route definitions: path, parameters, query, body and token', async () => {
    const { sent, fetchImpl } = recorder();
    const c = workerClient('http://127.0.0.1:8787/', 'cs_token_0123456789', fetchImpl);
    await c.sync.push.$post({ json: { notes: [note] } });
    await c.threads[':claimKey'].notes.$get({ param: { claimKey }, query: { after: '5' } });
    await c.teams.members[':memberId'].$delete({ param: { memberId: note.id } });
    expect(sent).toEqual([
      { url: 'http://127.0.0.1:8787/sync/push', method: 'POST', auth: 'Bearer cs_token_0123456789', body: { notes: [note] } },
      { url: `http://127.0.0.1:8787/threads/${claimKey}/notes?after=5`, method: 'GET', auth: 'Bearer cs_token_0123456789', body: null },
      { url: `http://127.0.0.1:8787/teams/members/${note.id}`, method: 'DELETE', auth: 'Bearer cs_token_0123456789', body: null },
    ]);
  });

  it('sends no authorization without a token', async () => {
    const { sent, fetchImpl } = recorder();
    await workerClient('http://w', undefined, fetchImpl).invites.accept.$post({ json: { code: 'inv_0123456789', name: 'Ana' } });
    expect(sent[0]?.auth).toBeNull();
  });

  /**
   * Compile-time checks, run by `tsc --noEmit` with the rest of the project: each line below is a
   * call that no longer fits its route's schema. If a schema changed so that one of them fitted,
   * its @ts-expect-error would itself become the error; a caller elsewhere that no longer fits
   * fails the same way, without a directive to excuse it.
   */
  it('refuses, at compile time, calls that do not fit the route schemas', async () => {
    const { sent, fetchImpl } = recorder();
    const c = workerClient('http://w', 'cs_token_0123456789', fetchImpl);
    // @ts-expect-error a note id is a string (NoteInput.id)
    await c.sync.push.$post({ json: { notes: [{ ...note, id: 42 }] } });
    // @ts-expect-error the thread patch needs the version it applies to (ThreadPatch.baseVersion)
    await c.threads[':claimKey'].$patch({ param: { claimKey }, json: { status: 'resolved' } });
    // @ts-expect-error no such route
    await c.sync.drop.$post();
    // @ts-expect-error pull has no `since` query field (strict)
    await c.sync.pull.$get({ query: { since: '1' } });
    const res = await c.sync.push.$post({ json: { notes: [note] } });
    if (res.status === 200) {
      const body = await res.json();
      // @ts-expect-error the push answers results and a cursor, not notes
      void body.notes;
    }
    expect(sent).toHaveLength(5);
  });
});
