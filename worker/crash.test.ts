import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call, claimKeyOf, sealed } from '../test/support/worker/http.ts';
import { spawnServe } from '../test/support/worker/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'chartside-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function allNotes(url: string, token: string, keys: string[]) {
  const ids: string[] = [];
  for (const k of keys) ids.push(...(await call(url, 'GET', `/threads/${k}/notes`, { token })).body.notes.map((n: { id: string }) => n.id));
  return ids;
}

describe('durability of chartside serve (SQLite)', () => {
  it('keeps every acknowledged note, none twice, after kill -9 during a burst', async () => {
    const db = join(dir, 'kill.db');
    const first = await spawnServe(db);
    const lead = (await call(first.url, 'POST', '/teams', { body: { name: 'Crash' } })).body;
    const keys = [claimKeyOf(1), claimKeyOf(2), claimKeyOf(3)];
    const acked = new Set<string>();
    const sent = new Map<string, { key: string; body: ReturnType<typeof sealed> }>();
    let killed = false;
    // Eight writers push until the process dies; the kill comes once 150 notes are acknowledged.
    const writer = async (w: number) => {
      for (let i = 0; !killed || i === 0; i++) {
        const id = crypto.randomUUID();
        const key = keys[(w + i) % keys.length]!;
        const body = sealed(btoa(`note ${w}-${i}`));
        sent.set(id, { key, body });
        try {
          const r = await call(first.url, 'POST', `/threads/${key}/notes`, { token: lead.token, body: { id, body } });
          if (r.status === 201 || r.status === 200) acked.add(id);
        } catch {
          return; // connection refused or reset: the process is gone
        }
        if (acked.size >= 150 && !killed) (killed = true), first.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    expect(await first.exited).toBeNull();

    const second = await spawnServe(db);
    try {
      const after = await allNotes(second.url, lead.token, keys);
      expect(new Set(after).size).toBe(after.length);
      for (const id of acked) expect(after).toContain(id);
      // The outbox then re-sends everything it never saw acknowledged: each arrives exactly once.
      for (const [id, { key, body }] of sent) {
        if (acked.has(id)) continue;
        const r = await call(second.url, 'POST', `/threads/${key}/notes`, { token: lead.token, body: { id, body } });
        expect([200, 201]).toContain(r.status);
      }
      const final = await allNotes(second.url, lead.token, keys);
      expect(final.length).toBe(sent.size);
      expect(new Set(final).size).toBe(sent.size);
    } finally {
      second.child.kill('SIGKILL');
    }
  }, 90_000);

  it('stops cleanly on SIGTERM and keeps what it acknowledged', async () => {
    const db = join(dir, 'term.db');
    const a = await spawnServe(db);
    const lead = (await call(a.url, 'POST', '/teams', { body: { name: 'Term' } })).body;
    const id = crypto.randomUUID();
    expect((await call(a.url, 'POST', `/threads/${claimKeyOf(9)}/notes`, { token: lead.token, body: { id, body: sealed() } })).status).toBe(201);
    a.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    const b = await spawnServe(db);
    try {
      expect(await allNotes(b.url, lead.token, [claimKeyOf(9)])).toEqual([id]);
    } finally {
      b.child.kill('SIGKILL');
    }
  }, 60_000);
});
