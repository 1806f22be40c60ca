import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SyncClient } from '../shared/sync/client.ts';
import { deriveTeamKeys, sealText } from '../shared/sync/crypto.ts';
import { applyChanges, emptyLocalState } from '../shared/sync/merge.ts';
import { MemoryOutboxStore, Outbox } from '../shared/sync/outbox.ts';
import { claimKeyOf } from './test-support/http.ts';
import { spawnServe } from './test-support/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'chartside-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the extension's outbox while the worker is down", () => {
  it('holds notes, then delivers each exactly once when the worker is back', async () => {
    const db = join(dir, 'w.db');
    const up = await spawnServe(db);
    const lead = await (await fetch(`${up.url}/teams`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Out"}' })).json() as { token: string };
    const port = new URL(up.url).port;
    up.child.kill('SIGTERM');
    await up.exited;

    const keys = await deriveTeamKeys('s');
    const client = new SyncClient({ baseUrl: `http://127.0.0.1:${port}`, token: lead.token });
    const store = new MemoryOutboxStore();
    const outbox = new Outbox(store, (n) => client.push(n));
    for (let i = 0; i < 30; i++) await outbox.enqueue({ id: crypto.randomUUID(), claimKey: claimKeyOf(i % 3), body: await sealText(keys, `n${i}`) });
    expect(await outbox.flush()).toBe(0);
    expect(store.notes).toHaveLength(30);

    // Back on another port (the old one may be taken); the client follows the new address.
    const back = await spawnServe(db);
    try {
      const live = new SyncClient({ baseUrl: back.url, token: lead.token });
      const outbox2 = new Outbox(store, (n) => live.push(n));
      expect(await outbox2.flush()).toBe(30);
      expect(await outbox2.flush()).toBe(0);
      const local = emptyLocalState();
      applyChanges(local, (await live.pull(0)).changes);
      expect(local.notes.size).toBe(30);
      const page = await live.pull(0);
      expect(new Set(page.changes.map((c) => c.seq)).size).toBe(30);
    } finally {
      back.child.kill('SIGKILL');
    }
  }, 60_000);
});
