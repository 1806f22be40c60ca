import { Change } from '../contracts/handoff.ts';
import { SseParser } from './sse.ts';
import type { WorkerClient } from './worker-client.ts';

export interface FollowOptions {
  /** The last seq already applied: the stream resumes after it. */
  cursor: number;
  onChange(change: Change): void;
  /** The stream came up (true) or went down (false, with why): poll only while it is down. */
  onState?(up: boolean, why?: string): void;
  signal: AbortSignal;
  /** Reconnect delay: doubles from `firstMs` up to `maxMs` while the worker stays away. */
  backoff?: { firstMs: number; maxMs: number };
}

/**
 * Follows the team's live changes (/sync/events) through the typed client until `signal` aborts.
 * Each reconnect resumes after the last change received (Last-Event-ID), so a drop loses nothing;
 * while the worker is away the delay doubles, and a stream that delivered resets it. Every change
 * after the cursor is seen at least once (a note by its id, a thread by its version). Returns the cursor.
 */
export async function followChanges(client: WorkerClient, opts: FollowOptions): Promise<number> {
  const { firstMs, maxMs } = opts.backoff ?? { firstMs: 500, maxMs: 30_000 };
  let cursor = opts.cursor;
  let delay = firstMs;
  while (!opts.signal.aborted) {
    let why = 'the live stream ended';
    try {
      const res = await client.sync.events.$get(
        { query: {} },
        {
          headers: { 'last-event-id': String(cursor), accept: 'text/event-stream' },
          init: { signal: opts.signal },
        },
      );
      if (res.status !== 200 || !res.body) throw new Error(`live stream refused: HTTP ${res.status}`);
      opts.onState?.(true);
      const parser = new SseParser();
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const ev of parser.push(value)) {
          const change = Change.safeParse(ev.event === 'note' || ev.event === 'thread' ? JSON.parse(ev.data) : null);
          if (!change.success) continue;
          cursor = Math.max(cursor, change.data.seq);
          delay = firstMs;
          opts.onChange(change.data);
        }
      }
    } catch (err) {
      if (opts.signal.aborted) break;
      why = (err as Error).message;
    }
    opts.onState?.(false, why);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      opts.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    delay = Math.min(maxMs, delay * 2);
  }
  return cursor;
}
