import { describe, expect, it } from 'vitest';
import { MAX_PUSH_CIPHERTEXT, type PushNote } from '../contracts/handoff.ts';
import { BATCH, MemoryOutboxStore, Outbox, PushError } from './outbox.ts';

const note = (i: number): PushNote => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  claimKey: 'a'.repeat(64),
  body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'eA==' },
});

describe('Outbox', () => {
  it('keeps notes while pushes fail and sends them in batches once they pass', async () => {
    const store = new MemoryOutboxStore();
    let online = false;
    const batches: number[] = [];
    const outbox = new Outbox(store, async (notes) => {
      if (!online) throw new PushError('offline', true);
      batches.push(notes.length);
      return { acked: notes.map((n) => n.id) };
    });
    for (let i = 0; i < BATCH + 5; i++) await outbox.enqueue(note(i));
    await outbox.enqueue(note(0)); // enqueued twice: kept once
    expect(await outbox.flush()).toBe(0);
    expect(store.notes).toHaveLength(BATCH + 5);
    online = true;
    expect(await outbox.flush()).toBe(BATCH + 5);
    expect(batches).toEqual([BATCH, 5]);
    expect(store.notes).toHaveLength(0);
  });

  it('re-sends notes left unacknowledged and sets aside a batch the worker rejects', async () => {
    const store = new MemoryOutboxStore();
    const rejected: string[] = [];
    let mode: 'partial' | 'reject' = 'partial';
    const outbox = new Outbox(
      store,
      async (notes) => {
        if (mode === 'reject') throw new PushError('400 body.iv', false);
        return { acked: notes.slice(0, 1).map((n) => n.id) };
      },
      async (notes) => void rejected.push(...notes.map((n) => n.id)),
    );
    await outbox.enqueue(note(1));
    await outbox.enqueue(note(2));
    mode = 'partial';
    await outbox.flush();
    expect(store.notes).toEqual([]);
    await outbox.enqueue(note(3));
    mode = 'reject';
    await outbox.flush();
    expect(rejected).toEqual([note(3).id]);
    expect(store.notes).toEqual([]);
  });

  it('sets aside only the note a refusal names, and delivers the rest of its batch', async () => {
    const store = new MemoryOutboxStore();
    const rejected: string[] = [];
    const delivered: string[] = [];
    const outbox = new Outbox(
      store,
      async (notes) => {
        if (notes.some((n) => n.id === note(2).id)) throw new PushError('notes.1.id: already used', false, [note(2).id]);
        delivered.push(...notes.map((n) => n.id));
        return { acked: notes.map((n) => n.id) };
      },
      async (notes) => void rejected.push(...notes.map((n) => n.id)),
    );
    for (const i of [1, 2, 3]) await outbox.enqueue(note(i));
    expect(await outbox.flush()).toBe(2);
    expect([rejected, delivered, store.notes]).toEqual([[note(2).id], [note(1).id, note(3).id], []]);
  });

  it("keeps each push within the worker's ciphertext allowance", async () => {
    const store = new MemoryOutboxStore();
    const sizes: number[] = [];
    const outbox = new Outbox(store, async (notes) => {
      sizes.push(notes.reduce((n, x) => n + x.body.ct.length, 0));
      return { acked: notes.map((n) => n.id) };
    });
    const big = Math.floor(MAX_PUSH_CIPHERTEXT / 3);
    for (let i = 0; i < 7; i++) await outbox.enqueue({ ...note(i), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'A'.repeat(big) } });
    expect(await outbox.flush()).toBe(7);
    expect(sizes).toEqual([3 * big, 3 * big, big]);
  });

  it('says why the last flush left notes waiting, and forgets it once a flush gets through', async () => {
    const store = new MemoryOutboxStore();
    let failure: Error | null = new Error('worker unreachable');
    const outbox = new Outbox(store, async (notes) => {
      if (failure) throw failure;
      return { acked: notes.map((n) => n.id) };
    });
    await outbox.enqueue(note(1));
    expect(await outbox.flush()).toBe(0);
    expect(outbox.failure).toBe('worker unreachable');
    failure = null;
    expect(await outbox.flush()).toBe(1);
    expect(outbox.failure).toBeNull();
  });

  it('runs one flush at a time', async () => {
    const store = new MemoryOutboxStore();
    let calls = 0;
    const outbox = new Outbox(store, async (notes) => (calls++, { acked: notes.map((n) => n.id) }));
    await outbox.enqueue(note(1));
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(calls).toBe(1);
  });
});
