import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RequestOf } from './protocol.ts';

/** The port a page holds open while it shows a claim's thread, to hear of its changes at once. */
export const LIVE_PORT = 'handoff-live';
type Identity = RequestOf<'handoffList'>['identity'];
/** Page to background: the claim it shows, or a keep-alive. */
export type FromPage = { type: 'watch'; identity: Identity } | { type: 'ping' };
/** Background to page: the claim's thread changed; the live stream is up or down. */
export type ToPage = { type: 'changed' } | { type: 'live'; up: boolean };

const TICK_MS = 1000;

/**
 * Keeps the page's thread current: the background follows the worker's event stream and says
 * when this claim changed; only while that stream is down does the page poll (every `pollMs`).
 * The port's messages also keep the background alive while the page is open.
 */
export function watchHandoff(ctx: ContentScriptContext, identity: () => Identity | undefined, refresh: () => void, pollMs: number): void {
  let port: Browser.runtime.Port | null = null;
  let watching = '';
  let live = false;
  let sinceBeat = 0;
  const connect = () => {
    const p = browser.runtime.connect({ name: LIVE_PORT });
    p.onMessage.addListener((m: ToPage) => {
      if (m.type === 'changed') return refresh();
      // Coming up again: whatever changed while it was down is read once.
      if (m.up && !live) refresh();
      live = m.up;
    });
    p.onDisconnect.addListener(() => {
      port = null;
      watching = '';
      live = false;
    });
    return p;
  };
  const tick = () => {
    const id = identity();
    if (!id) return;
    port ??= connect();
    const key = `${id.memberId} ${id.dateOfService}`;
    sinceBeat += TICK_MS;
    if (key !== watching) {
      watching = key;
      port.postMessage({ type: 'watch', identity: id } satisfies FromPage);
    } else if (sinceBeat >= pollMs) {
      sinceBeat = 0;
      port.postMessage({ type: 'ping' } satisfies FromPage);
      if (!live && document.visibilityState === 'visible') refresh();
    }
  };
  ctx.setInterval(tick, TICK_MS);
  ctx.onInvalidated(() => port?.disconnect());
}
