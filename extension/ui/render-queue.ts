/**
 * Coalesces the overlay's renders: any number of state updates in one task draw once, in a task
 * of their own, so reading the page and drawing the panel never add up to one long task on the
 * host page. `drawn()` resolves once every update requested so far is on screen.
 */
export class RenderQueue {
  private pending: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly draw: () => void) {}

  request(): void {
    this.pending ??= setTimeout(() => this.flush(), 0);
  }

  /** Draws now what is pending (the overlay is going away or must be current at once). */
  flush(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    try {
      this.draw();
    } finally {
      for (const done of waiting) done();
    }
  }

  drawn(): Promise<void> {
    if (this.pending === undefined) return Promise.resolve();
    return new Promise((done) => this.waiting.push(done));
  }

  cancel(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    for (const done of this.waiting.splice(0)) done();
  }
}
