// Work an adapter started after answering the platform (posting a card, an answer): tracked so
// that shutdown waits for it, with failures logged instead of lost.

export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly onError: (err: unknown) => void) {}

  /** Whether new work is still accepted; false once draining has begun. */
  get open(): boolean {
    return !this.closed;
  }

  track(work: Promise<unknown>): void {
    if (this.closed) return;
    const p: Promise<unknown> = work.catch(this.onError).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Stops taking work and waits for what is under way. */
  async drain(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.pending]);
  }
}
