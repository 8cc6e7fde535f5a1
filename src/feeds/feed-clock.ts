// The feed clock of `npm start`: every minute (and once at start-up) it polls the feeds that are
// due, each at its own interval, then posts the instant-mode stories found. Ticks never overlap.

import type { DigestPoster } from '../adapters/adapter.js';
import type { FeedPollOutcome, FeedPoller } from './poller.js';

export interface FeedClockOptions {
  tickMs?: number;
  onPolled?: (outcomes: FeedPollOutcome[], posted: number) => void;
  onError?: (err: unknown) => void;
}

export class FeedClock {
  private readonly posters = new Map<string, DigestPoster>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly poller: FeedPoller,
    private readonly options: FeedClockOptions = {},
  ) {}

  addPoster(poster: DigestPoster): void {
    this.posters.set(poster.platform, poster);
  }

  tick(): Promise<void> {
    this.running = this.running
      .then(async () => {
        const outcomes = await this.poller.poll();
        const posted = await this.poller.deliverInstant(this.posters);
        if (outcomes.length || posted) this.options.onPolled?.(outcomes, posted);
      })
      .catch((err) => this.options.onError?.(err));
    return this.running;
  }

  start(): void {
    if (this.stopped || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 60_000);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    await this.poller.close();
  }
}
