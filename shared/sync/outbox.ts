import { MAX_PUSH_CIPHERTEXT, type PushNote } from '../contracts/handoff.ts';

/**
 * Where queued notes live: Dexie in the extension, memory in tests. Order is insertion order. A
 * store may keep more than the note (the extension keeps the plain text to show it as pending);
 * the push function sends only the note's own fields.
 */
export interface OutboxStore<N extends PushNote = PushNote> {
  add(note: N): Promise<void>;
  list(limit: number): Promise<N[]>;
  remove(ids: string[]): Promise<void>;
}

export interface PushOutcome {
  /** Ids the worker acknowledged (created now or stored before: both are done). */
  acked: string[];
}

/**
 * A push that failed: `retry` for network and 5xx/429, false for a rejection that will never pass.
 * `rejected` names the notes that can never pass (a 409 names one); without it, the whole batch.
 */
export class PushError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
    readonly rejected?: readonly string[],
  ) {
    super(message);
  }
}

export const BATCH = 100;

/**
 * Offline-first delivery: a note is written to the outbox before anything is sent and leaves it
 * only once acknowledged. Pushes are idempotent on the client id, so re-sending after a lost
 * reply or a crash never doubles a note. A rejected batch (4xx) is set aside, not retried forever.
 */
export class Outbox<N extends PushNote = PushNote> {
  private flushing: Promise<number> | null = null;
  /** Why the last flush left notes waiting (the worker unreachable, refusing or failing), else null. */
  failure: string | null = null;

  constructor(
    private readonly store: OutboxStore<N>,
    private readonly push: (notes: N[]) => Promise<PushOutcome>,
    private readonly onRejected: (notes: N[], err: PushError) => Promise<void> = async () => {},
  ) {}

  async enqueue(note: N): Promise<void> {
    await this.store.add(note);
  }

  /** Sends everything queued; returns how many notes were acknowledged. One flush at a time. */
  flush(): Promise<number> {
    this.flushing ??= this.drain().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async drain(): Promise<number> {
    let sent = 0;
    this.failure = null;
    for (;;) {
      const batch = withinBudget(await this.store.list(BATCH));
      if (batch.length === 0) return sent;
      try {
        const { acked } = await this.push(batch);
        await this.store.remove(acked);
        sent += acked.length;
        if (acked.length === 0) return sent;
      } catch (err) {
        if (err instanceof PushError && !err.retry) {
          const rejected = err.rejected ? batch.filter((n) => err.rejected!.includes(n.id)) : batch;
          await this.onRejected(rejected.length > 0 ? rejected : batch, err);
          await this.store.remove((rejected.length > 0 ? rejected : batch).map((n) => n.id));
          continue;
        }
        // Offline or server trouble: keep everything, try again later.
        this.failure = err instanceof Error ? err.message : String(err);
        return sent;
      }
    }
  }
}

/** The longest prefix of the queue whose ciphertext one push may carry (at least one note). */
function withinBudget<N extends PushNote>(notes: N[]): N[] {
  let total = 0;
  const n = notes.findIndex((note) => (total += note.body.ct.length) > MAX_PUSH_CIPHERTEXT);
  return n === -1 ? notes : notes.slice(0, Math.max(1, n));
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
