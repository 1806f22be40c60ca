/**
 * Group commit: writes that arrive while a commit is in flight (or in the same tick) share the
 * next transaction, so one fsync acknowledges many requests. Nobody is answered before the
 * transaction holding their write has committed, so durability is unchanged. Per key (team, or
 * one key for a single-writer database), batches start in arrival order; `inFlight` of them may
 * run at once (a database that orders them itself, like PostgreSQL under its team-row lock,
 * overlaps one batch's round trip with the next one's wait), one by default.
 */
export class GroupCommit<K, J, R> {
  private readonly queues = new Map<K, { job: J; resolve: (r: R) => void; reject: (e: unknown) => void }[]>();
  private readonly running = new Map<K, number>();
  private readonly maxBatch: number;
  private readonly inFlight: number;

  constructor(
    /** Commits `jobs` in one transaction; returns one result (or Error) per job, in order. */
    private readonly commit: (key: K, jobs: J[]) => Promise<(R | Error)[]>,
    opts: { maxBatch?: number; inFlight?: number } = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 256;
    this.inFlight = opts.inFlight ?? 1;
  }

  submit(key: K, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) return void queue.push({ job, resolve, reject });
      this.queues.set(key, [{ job, resolve, reject }]);
      // Writes of the same tick join this batch.
      setImmediate(() => this.pump(key));
    });
  }

  private pump(key: K): void {
    const queue = this.queues.get(key);
    while (queue && queue.length > 0 && (this.running.get(key) ?? 0) < this.inFlight) {
      const batch = queue.splice(0, this.maxBatch);
      this.running.set(key, (this.running.get(key) ?? 0) + 1);
      void this.run(key, batch).finally(() => {
        this.running.set(key, this.running.get(key)! - 1);
        this.pump(key);
      });
    }
    if (queue?.length === 0 && !this.running.get(key)) {
      this.queues.delete(key);
      this.running.delete(key);
    }
  }

  private async run(key: K, batch: { job: J; resolve: (r: R) => void; reject: (e: unknown) => void }[]): Promise<void> {
    try {
      const results = await this.commit(key, batch.map((b) => b.job));
      batch.forEach((b, i) => {
        const r = results[i];
        if (r instanceof Error) b.reject(r);
        else b.resolve(r as R);
      });
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }
}
