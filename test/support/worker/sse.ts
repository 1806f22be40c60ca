import type { Change } from '../../../shared/contracts/handoff.ts';
import { SseParser } from '../../../shared/sync/sse.ts';

export interface SseTap {
  changes: Change[];
  /** Resolves once `n` changes have arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Change[]>;
  close(): void;
  /** Resolves when the server ends the stream (not when `close` aborts it). */
  ended: Promise<void>;
}

/** Opens /sync/events with fetch and collects parsed changes, like the extension does. */
export async function openEvents(url: string, token: string, headers: Record<string, string> = {}, query = ''): Promise<SseTap> {
  const abort = new AbortController();
  const res = await fetch(`${url}/sync/events${query}`, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`events: HTTP ${res.status}: ${await res.text()}`);
  const changes: Change[] = [];
  let waiters: (() => void)[] = [];
  const parser = new SseParser();
  let serverEnded = () => {};
  const ended = new Promise<void>((resolve) => (serverEnded = resolve));
  void (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return serverEnded();
        for (const ev of parser.push(value)) changes.push(JSON.parse(ev.data) as Change);
        waiters.forEach((w) => w());
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    changes,
    waitFor(n, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited for ${n} changes, got ${changes.length}`)), ms);
        const check = () => {
          if (changes.length >= n) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== check);
            resolve(changes);
          }
        };
        waiters.push(check);
        check();
      });
    },
    close: () => abort.abort(),
    ended,
  };
}
