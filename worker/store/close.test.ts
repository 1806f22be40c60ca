import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { usePgCluster } from '../../test/support/worker/stores.ts';
import { closeAfterCalls } from './close-after-calls.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

// The stores `chartside serve` opens. (The D1 store's close only stops its pollers: the binding
// belongs to the Workers runtime, so there is nothing to cut short.)
const cluster = usePgCluster();
const dir = mkdtempSync(join(tmpdir(), 'chartside-close-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opens: Record<'sqlite' | 'postgres', () => Promise<{ open(): Promise<Store> }>> = {
  sqlite: async () => {
    const path = join(dir, `${crypto.randomUUID()}.db`);
    return { open: async () => openSqliteStore(path) };
  },
  postgres: async () => {
    const url = await (await cluster()).createDatabase(`close_${crypto.randomUUID().slice(0, 8)}`);
    return { open: () => openPostgresStore(url) };
  },
};

const claimKey = 'c'.repeat(64);
const note = (): PushNote => ({ id: crypto.randomUUID(), claimKey, body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'Ym9keQ==' } });

describe.each(Object.keys(opens) as (keyof typeof opens)[])('closing the %s store', (kind) => {
  it('waits for the writes under way: each is answered and found after reopening', async () => {
    const db = await opens[kind]();
    const store = await db.open();
    const { teamId } = await store.createTeam('t');
    const author = { id: crypto.randomUUID(), teamId, name: 'a', role: 'coder' as const };
    const pushes = Array.from({ length: 150 }, () => store.addNotes(teamId, author, [note()]));
    const thread = store.updateThread(teamId, claimKey, 0, { status: 'waiting-on-biller' }, author);
    await store.close();

    const results = await Promise.allSettled([...pushes, thread]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const reopened = await db.open();
    try {
      expect(await reopened.listNotes(teamId, claimKey)).toHaveLength(150);
      expect((await reopened.getThread(teamId, claimKey))?.status).toBe('waiting-on-biller');
    } finally {
      await reopened.close();
    }
  }, 60_000);
});

describe('closeAfterCalls', () => {
  it('closes anyway, and says so, when a call never finishes', async () => {
    const closed = vi.fn(async () => {});
    const hung = { kind: 'sqlite', listNotes: () => new Promise(() => {}), close: closed } as unknown as Store;
    const store = closeAfterCalls(hung, 50);
    void store.listNotes('t', claimKey);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await store.close();
      expect(closed).toHaveBeenCalledOnce();
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/closing the store with 1 call\(s\) still under way/));
    } finally {
      log.mockRestore();
    }
  });
});
