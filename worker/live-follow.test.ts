import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Change } from '../shared/contracts/handoff.ts';
import { followChanges } from '../shared/sync/live.ts';
import { pushNotes } from '../shared/sync/push-notes.ts';
import { workerClient } from '../shared/sync/worker-client.ts';
import { serveStore } from './node-server.ts';
import { openSqliteStore } from './store/sqlite.ts';
import { claimKeyOf, sealed } from '../test/support/worker/http.ts';

const dir = mkdtempSync(join(tmpdir(), 'chartside-follow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const start = (port = 0) => serveStore(openSqliteStore(join(dir, 'w.db')), { port, limits: { member: null, anonymous: null } });
const note = (k: number) => ({ id: crypto.randomUUID(), claimKey: claimKeyOf(k), body: sealed() });

/** Resolves once `test` holds, checking after every event the follower reports. */
function until(events: EventTarget, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => test() && (events.removeEventListener('tick', check), resolve());
    events.addEventListener('tick', check);
    check();
  });
}

describe('followChanges', () => {
  it('delivers live changes, reports the stream down while the worker is away, and resumes after its cursor', async () => {
    let w = await start();
    const port = Number(new URL(w.url).port);
    const created = await workerClient(w.url).teams.$post({ json: { name: 'Live' } });
    if (created.status !== 201) throw new Error(`HTTP ${created.status}`);
    const { token } = await created.json();
    const client = workerClient(w.url, token);
    await pushNotes(client, [note(1)]);

    const seen: Change[] = [];
    const states: boolean[] = [];
    const events = new EventTarget();
    const stop = new AbortController();
    const following = followChanges(client, {
      cursor: 1,
      signal: stop.signal,
      backoff: { firstMs: 20, maxMs: 200 },
      onChange: (ch) => (seen.push(ch), events.dispatchEvent(new Event('tick'))),
      onState: (up) => (states.push(up), events.dispatchEvent(new Event('tick'))),
    });
    try {
      await until(events, () => states.at(-1) === true);
      const second = note(2);
      await pushNotes(client, [second]);
      await until(events, () => seen.length === 1);
      expect(seen.map((c) => c.kind === 'note' && c.note.id)).toEqual([second.id]);

      await w.close();
      await until(events, () => states.at(-1) === false);
      // Written while the follower is away (straight into the file): it must arrive on resume.
      const offline = openSqliteStore(join(dir, 'w.db'));
      const teamId = (await offline.memberByTokenHash(await (await import('./ids.ts')).hashToken(token)))!.teamId;
      const author = { id: 'x', teamId, name: 'x', role: 'lead' as const };
      const missed = note(3);
      await offline.addNotes(teamId, author, [missed]);
      await offline.close();
      w = await start(port);
      await until(events, () => seen.length === 2);
      const third = note(4);
      await pushNotes(client, [third]);
      await until(events, () => seen.length === 3);
      expect(seen.map((c) => c.kind === 'note' && c.note.id)).toEqual([second.id, missed.id, third.id]);
      expect(seen.map((c) => c.seq)).toEqual([2, 3, 4]);
    } finally {
      stop.abort();
      expect(await following).toBe(4);
      await w.close();
    }
  }, 30_000);
});
