import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveTeamKeys, sealText } from '../shared/sync/crypto.ts';
import { MemoryOutboxStore, Outbox } from '../shared/sync/outbox.ts';
import { pushNotes } from '../shared/sync/push-notes.ts';
import { workerClient } from '../shared/sync/worker-client.ts';
import { claimKeyOf } from '../test/support/worker/http.ts';
import { spawnServe } from '../test/support/worker/spawn.ts';

const dir = mkdtempSync(join(tmpdir(), 'chartside-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the extension's outbox while the worker is down", () => {
  it('holds notes, then delivers each exactly once when the worker is back', async () => {
    const db = join(dir, 'w.db');
    const up = await spawnServe(db);
    const created = await workerClient(up.url).teams.$post({ json: { name: 'Out' } });
    if (created.status !== 201) throw new Error(`HTTP ${created.status}`);
    const lead = await created.json();
    const port = new URL(up.url).port;
    up.child.kill('SIGTERM');
    await up.exited;

    const keys = await deriveTeamKeys('s');
    const client = workerClient(`http://127.0.0.1:${port}`, lead.token);
    const store = new MemoryOutboxStore();
    const outbox = new Outbox(store, (n) => pushNotes(client, n));
    for (let i = 0; i < 30; i++) await outbox.enqueue({ id: crypto.randomUUID(), claimKey: claimKeyOf(i % 3), body: await sealText(keys, `n${i}`) });
    expect(await outbox.flush()).toBe(0);
    expect(store.notes).toHaveLength(30);

    // Back on another port (the old one may be taken); the client follows the new address.
    const back = await spawnServe(db);
    try {
      const live = workerClient(back.url, lead.token);
      const outbox2 = new Outbox(store, (n) => pushNotes(live, n));
      const pull = async (cursor: number) => {
        const res = await live.sync.pull.$get({ query: { cursor: String(cursor) } });
        if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
        return res.json();
      };
      expect(await outbox2.flush()).toBe(30);
      expect(await outbox2.flush()).toBe(0);
      const ids = (await pull(0)).changes.flatMap((c) => (c.kind === 'note' ? [c.note.id] : []));
      expect(new Set(ids).size).toBe(30);
      const page = await pull(0);
      expect(new Set(page.changes.map((c) => c.seq)).size).toBe(30);
    } finally {
      back.child.kill('SIGKILL');
    }
  }, 60_000);
});
