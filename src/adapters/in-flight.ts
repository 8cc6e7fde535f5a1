// Work an adapter started after answering the platform (posting a card, an answer): tracked so
// that shutdown waits for it, with failures logged instead of lost.

/** How long shutdown waits for work under way (a card being posted, an article being fetched). */
export const SHUTDOWN_DEADLINE_MS = 15_000;

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

  /** Stops taking work and waits for what is under way, at most `deadlineMs`; what is still
   * running then is abandoned, and said so through onError. */
  async drain(deadlineMs = SHUTDOWN_DEADLINE_MS): Promise<void> {
    this.closed = true;
    if (!this.pending.size) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), deadlineMs);
    });
    const done = await Promise.race([Promise.allSettled([...this.pending]).then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (done === 'timeout') this.onError(new Error(`shutdown: abandoned ${this.pending.size} task(s) still running after ${Math.round(deadlineMs / 1000)} s`));
  }
}
