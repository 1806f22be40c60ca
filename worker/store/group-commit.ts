/**
 * Group commit: writes that arrive while a commit is in flight (or in the same tick) share the
 * next transaction, so one fsync acknowledges many requests. Nobody is answered before the
 * transaction holding their write has committed, so durability is unchanged. Per key (team, or
 * one key for a single-writer database), batches start in arrival order. With `inFlight` above
 * one, a further batch starts while one runs once `overlapAt` writes wait (default: a full
 * batch). A database that orders the batches itself (PostgreSQL under its team-row lock, the
 * SQLite writer thread's queue) then works on the next batch as soon as one commits, instead of
 * waiting for the event loop to hand it over; a threshold keeps a backlog-free load from paying
 * a commit and a sync per write.
 */
export class GroupCommit<K, J, R> {
  private readonly queues = new Map<K, { job: J; resolve: (r: R) => void; reject: (e: unknown) => void }[]>();
  private readonly running = new Map<K, number>();
  private readonly maxBatch: number;
  private readonly inFlight: number;
  private readonly overlapAt: number;

  constructor(
    /** Commits `jobs` in one transaction; returns one result (or Error) per job, in order. */
    private readonly commit: (key: K, jobs: J[]) => Promise<(R | Error)[]>,
    opts: { maxBatch?: number; inFlight?: number; overlapAt?: number } = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 256;
    this.inFlight = opts.inFlight ?? 1;
    this.overlapAt = opts.overlapAt ?? this.maxBatch;
  }

  submit(key: K, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) this.queues.set(key, (queue = []));
      queue.push({ job, resolve, reject });
      // A free slot takes a batch at the end of this tick (writes of the same tick join it); with
      // every slot busy, the next batch starts when one commits.
      if (this.mayStart(key, queue.length) && !this.scheduled.has(key)) {
        this.scheduled.add(key);
        setImmediate(() => {
          this.scheduled.delete(key);
          this.pump(key);
        });
      }
    });
  }

  private readonly scheduled = new Set<K>();

  private mayStart(key: K, waiting: number): boolean {
    const running = this.running.get(key) ?? 0;
    return running === 0 || (running < this.inFlight && waiting >= this.overlapAt);
  }

  private pump(key: K): void {
    const queue = this.queues.get(key);
    while (queue && queue.length > 0 && this.mayStart(key, queue.length)) {
      const batch = queue.splice(0, this.maxBatch);
      this.running.set(key, (this.running.get(key) ?? 0) + 1);
      void this.run(key, batch);
    }
    if (queue?.length === 0 && !this.running.get(key)) {
      this.queues.delete(key);
      this.running.delete(key);
    }
  }

  private async run(key: K, batch: { job: J; resolve: (r: R) => void; reject: (e: unknown) => void }[]): Promise<void> {
    let results: (R | Error)[] | undefined;
    let failure: unknown;
    try {
      results = await this.commit(
        key,
        batch.map((b) => b.job),
      );
    } catch (err) {
      failure = err;
    }
    // The next batch starts before this one is answered: each answer costs the event loop a
    // response write, and the database would sit idle through all of them.
    this.running.set(key, this.running.get(key)! - 1);
    this.pump(key);
    batch.forEach((b, i) => {
      const r = results === undefined ? failure : results[i];
      if (results === undefined || r instanceof Error) b.reject(r);
      else b.resolve(r as R);
    });
  }
}
