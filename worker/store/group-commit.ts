/**
 * Group commit: writes that arrive while a commit is in flight (or in the same tick) share the
 * next transaction, so one fsync acknowledges many requests. Nobody is answered before the
 * transaction holding their write has committed, so durability is unchanged. Per key (team, or
 * one key for a single-writer database), batches run one after another, in arrival order.
 */
export class GroupCommit<K, J, R> {
  private readonly queues = new Map<K, { job: J; resolve: (r: R) => void; reject: (e: unknown) => void }[]>();

  constructor(
    /** Commits `jobs` in one transaction; returns one result (or Error) per job, in order. */
    private readonly commit: (key: K, jobs: J[]) => Promise<(R | Error)[]>,
    private readonly maxBatch = 256,
  ) {}

  submit(key: K, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) return void queue.push({ job, resolve, reject });
      this.queues.set(key, [{ job, resolve, reject }]);
      setImmediate(() => void this.drain(key));
    });
  }

  private async drain(key: K): Promise<void> {
    for (;;) {
      const queue = this.queues.get(key);
      if (!queue || queue.length === 0) return void this.queues.delete(key);
      const batch = queue.splice(0, this.maxBatch);
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
}
