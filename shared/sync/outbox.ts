import type { PushNote } from '../contracts/handoff.ts';

/** Where queued notes live: Dexie in the extension, memory in tests. Order is insertion order. */
export interface OutboxStore {
  add(note: PushNote): Promise<void>;
  list(limit: number): Promise<PushNote[]>;
  remove(ids: string[]): Promise<void>;
}

export interface PushOutcome {
  /** Ids the worker acknowledged (created now or stored before: both are done). */
  acked: string[];
}

/** A push that failed: `retry` for network and 5xx/429, false for a rejection that will never pass. */
export class PushError extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

export const BATCH = 100;

/**
 * Offline-first delivery: a note is written to the outbox before anything is sent and leaves it
 * only once acknowledged. Pushes are idempotent on the client id, so re-sending after a lost
 * reply or a crash never doubles a note. A rejected batch (4xx) is set aside, not retried forever.
 */
export class Outbox {
  private flushing: Promise<number> | null = null;

  constructor(
    private readonly store: OutboxStore,
    private readonly push: (notes: PushNote[]) => Promise<PushOutcome>,
    private readonly onRejected: (notes: PushNote[], err: PushError) => Promise<void> = async () => {},
  ) {}

  async enqueue(note: PushNote): Promise<void> {
    await this.store.add(note);
  }

  /** Sends everything queued; returns how many notes were acknowledged. One flush at a time. */
  flush(): Promise<number> {
    this.flushing ??= this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.store.list(BATCH);
      if (batch.length === 0) return sent;
      try {
        const { acked } = await this.push(batch);
        await this.store.remove(acked);
        sent += acked.length;
        if (acked.length === 0) return sent;
      } catch (err) {
        if (err instanceof PushError && !err.retry) {
          await this.onRejected(batch, err);
          await this.store.remove(batch.map((n) => n.id));
          continue;
        }
        return sent; // offline or server trouble: keep everything, try again later
      }
    }
  }
}

/** In-memory outbox store (tests, and the fallback when IndexedDB is unavailable). */
export class MemoryOutboxStore implements OutboxStore {
  readonly notes: PushNote[] = [];
  async add(note: PushNote) {
    if (!this.notes.some((n) => n.id === note.id)) this.notes.push(note);
  }
  async list(limit: number) {
    return this.notes.slice(0, limit);
  }
  async remove(ids: string[]) {
    const gone = new Set(ids);
    for (let i = this.notes.length - 1; i >= 0; i--) if (gone.has(this.notes[i]!.id)) this.notes.splice(i, 1);
  }
}
