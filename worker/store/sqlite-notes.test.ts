import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PushNote } from '../../shared/contracts/handoff.ts';
import { openSqliteStore } from './sqlite.ts';
import { type Member, NoteConflict, type Store } from './store.ts';

// Note pushes are committed in group batches (sqlite-notes.ts) between the store's other writes.
const dir = mkdtempSync(join(tmpdir(), 'chartside-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const claimKey = (k: number) => k.toString(16).padStart(64, '0');
const note = (k = 1): PushNote => ({ id: crypto.randomUUID(), claimKey: claimKey(k), body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'Ym9keQ==' } });

/** A store on a new file with one team and a coder in it, closed afterwards. */
async function withTeam(test: (store: Store, teamId: string, author: Member) => Promise<void>): Promise<void> {
  const store = openSqliteStore(join(dir, `${crypto.randomUUID()}.db`));
  try {
    const { teamId } = await store.createTeam('t');
    await test(store, teamId, { id: crypto.randomUUID(), teamId, name: 'a', role: 'coder' });
  } finally {
    await store.close();
  }
}

describe('SQLite notes writer', () => {
  it('runs beside the other writes: thread updates during a burst of pushes all land, seqs stay gapless', () =>
    withTeam(async (store, teamId, author) => {
      // A thread update reads the thread, then writes it and the team's counter, while note batches commit.
      let pushing = true;
      const pushed = (async () => {
        for (let wave = 0; wave < 30; wave++) {
          await Promise.all(Array.from({ length: 50 }, (_, i) => store.addNotes(teamId, author, i % 10 === 0 ? [note(), note()] : [note()])));
        }
        pushing = false;
      })();
      let updates = 0;
      while (pushing) {
        const u = await store.updateThread(teamId, claimKey(1000 + updates), 0, { status: 'waiting-on-biller' }, author);
        expect(u.ok).toBe(true);
        updates++;
      }
      await pushed;
      const changes = await store.changesAfter(teamId, 0, 5000);
      expect(changes.filter((c) => c.kind === 'note')).toHaveLength(30 * 55);
      expect(changes.filter((c) => c.kind === 'thread')).toHaveLength(updates);
      expect(updates).toBeGreaterThan(10);
      expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => i + 1));
    }));

  it('keeps a batch apart per push: a failing push stores nothing and leaves the others and the counter intact', () =>
    withTeam(async (store, teamId, author) => {
      // Submitted in one tick, so they share one batch.
      const results = await Promise.allSettled([
        store.addNotes(teamId, author, [note()]),
        store.addNotes('no-such-team', author, [note(), note()]),
        store.addNotes(teamId, author, [note(), note()]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/team no-such-team does not exist/);
      const changes = await store.changesAfter(teamId, 0, 100);
      expect(changes.map((c) => c.seq)).toEqual([1, 2, 3]);
    }));

  it('answers a replay with the stored note, and refuses whole a push that reuses an id with other content', () =>
    withTeam(async (store, teamId, author) => {
      const first = note();
      const [stored] = await store.addNotes(teamId, author, [first]);
      const [replay] = await store.addNotes(teamId, author, [first]);
      expect(replay).toEqual({ note: stored!.note, created: false });
      const beside = note();
      const refused = store.addNotes(teamId, author, [beside, { ...first, body: { iv: 'BBBBBBBBBBBBBBBB', ct: 'b3RoZXI=' } }]);
      await expect(refused).rejects.toBeInstanceOf(NoteConflict);
      await expect(refused).rejects.toMatchObject({ index: 1 });
      // Neither note of the refused push is stored, and the counter did not move.
      expect((await store.changesAfter(teamId, 0, 10)).map((c) => c.seq)).toEqual([stored!.note.seq]);
      const [next] = await store.addNotes(teamId, author, [beside]);
      expect(next!.note.seq).toBe(stored!.note.seq + 1);
    }));
});
