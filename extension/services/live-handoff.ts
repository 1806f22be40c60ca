import { browser, type Browser } from 'wxt/browser';
import type { Change } from '../../shared/contracts/handoff.ts';
import { followChanges } from '../../shared/sync/live.ts';
import { type FromPage, LIVE_PORT, type ToPage } from '../messaging/watch-handoff.ts';
import { claimKeyFor, listHandoff } from './handoff.ts';
import { liveCursor, sawSeq } from './live-cursor.ts';
import { loadTeam } from './team.ts';
import { clientFor } from './worker-api.ts';

/** Each open page's port and the claim key it shows. */
const watchers = new Map<Browser.runtime.Port, string | null>();
let following: { key: string; stop: AbortController } | null = null;
let up = false;

const tell = (port: Browser.runtime.Port, m: ToPage) => {
  try {
    port.postMessage(m);
  } catch {
    watchers.delete(port);
  }
};

function changed(ch: Change): void {
  sawSeq(ch.seq);
  const key = ch.kind === 'note' ? ch.note.claimKey : ch.thread.claimKey;
  for (const [port, watched] of watchers) if (watched === key) tell(port, { type: 'changed' });
}

let settling: Promise<void> = Promise.resolve();
/** One stream per team while any page watches a thread; none otherwise. One change at a time. */
const follow = (): Promise<void> => (settling = settling.then(settle, settle));

async function settle(): Promise<void> {
  const team = watchers.size > 0 ? await loadTeam() : null;
  const key = team ? `${team.workerUrl} ${team.token}` : '';
  if (following?.key === key) return;
  following?.stop.abort();
  following = null;
  if (!team) return;
  const stop = new AbortController();
  following = { key, stop };
  void followChanges(clientFor(team), {
    cursor: liveCursor(),
    signal: stop.signal,
    backoff: { firstMs: 250, maxMs: 2000 },
    onChange: changed,
    onState: (now) => {
      up = now;
      for (const port of watchers.keys()) tell(port, { type: 'live', up });
    },
  }).then(sawSeq, () => undefined);
}

/** Serves the pages' live ports (watch-handoff.ts). */
export function listenLive(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT) return;
    watchers.set(port, null);
    port.onMessage.addListener(async (m: FromPage) => {
      if (m.type !== 'watch') return;
      // Reading the thread once also tells where the stream should start (sawSeq).
      if (liveCursor() === 0) await listHandoff(m.identity).catch(() => undefined);
      watchers.set(port, await claimKeyFor(m.identity).catch(() => null));
      await follow();
      tell(port, { type: 'live', up });
    });
    port.onDisconnect.addListener(() => {
      watchers.delete(port);
      void follow();
    });
  });
}
