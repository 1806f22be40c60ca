import type { Change, PushNote, SyncPull, ThreadPatch, ThreadState } from '../contracts/handoff.ts';
import { type PushOutcome, PushError } from './outbox.ts';
import { SseParser } from './sse.ts';

export interface SyncClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export type PatchOutcome = { ok: true; thread: ThreadState } | { ok: false; current: ThreadState };

/**
 * The worker's sync API for the extension and tests: push (idempotent batches), pull by cursor,
 * thread state with optimistic versions, and a live SSE reader that resumes from the last event id.
 */
export class SyncClient {
  private readonly f: typeof fetch;
  constructor(private readonly opts: SyncClientOptions) {
    this.f = opts.fetch ?? globalThis.fetch.bind(globalThis);
  }

  private req(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${this.opts.token}`);
    if (init.body) headers.set('content-type', 'application/json');
    return this.f(`${this.opts.baseUrl}${path}`, { ...init, headers });
  }

  async push(notes: PushNote[]): Promise<PushOutcome> {
    let res: Response;
    try {
      res = await this.req('/sync/push', { method: 'POST', body: JSON.stringify({ notes }) });
    } catch (err) {
      throw new PushError(`push failed: ${(err as Error).message}`, true);
    }
    if (!res.ok) {
      const text = await res.text();
      throw new PushError(`push ${res.status}: ${text}`, res.status >= 500 || res.status === 429 || res.status === 401);
    }
    const body = (await res.json()) as { results: { id: string }[] };
    return { acked: body.results.map((r) => r.id) };
  }

  async pull(cursor: number, limit = 200): Promise<SyncPull> {
    const res = await this.req(`/sync/pull?cursor=${cursor}&limit=${limit}`);
    if (!res.ok) throw new Error(`pull ${res.status}: ${await res.text()}`);
    return (await res.json()) as SyncPull;
  }

  async patchThread(claimKey: string, patch: ThreadPatch): Promise<PatchOutcome> {
    const res = await this.req(`/threads/${claimKey}`, { method: 'PATCH', body: JSON.stringify(patch) });
    if (res.status === 409) return { ok: false, current: ((await res.json()) as { current: ThreadState }).current };
    if (!res.ok) throw new Error(`patch ${res.status}: ${await res.text()}`);
    return { ok: true, thread: (await res.json()) as ThreadState };
  }

  /**
   * Reads /sync/events until `signal` aborts, reconnecting with Last-Event-ID after a drop.
   * `onChange` sees every change after `cursor` at least once; apply with applyChanges (idempotent).
   */
  async live(cursor: number, onChange: (ch: Change) => void, signal: AbortSignal, retryMs = 1000): Promise<void> {
    let last = cursor;
    while (!signal.aborted) {
      try {
        const res = await this.req('/sync/events', { headers: { 'last-event-id': String(last), accept: 'text/event-stream' }, signal });
        if (!res.ok || !res.body) throw new Error(`events ${res.status}`);
        const parser = new SseParser();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const ev of parser.push(value)) {
            if (ev.event !== 'note' && ev.event !== 'thread') continue;
            const ch = JSON.parse(ev.data) as Change;
            last = Math.max(last, ch.seq);
            onChange(ch);
          }
        }
      } catch {
        if (signal.aborted) return;
      }
      await new Promise((r) => setTimeout(r, retryMs));
    }
  }
}
