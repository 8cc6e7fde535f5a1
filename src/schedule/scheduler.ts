// The digest clock: node-cron ticks every minute (and once at start-up, to catch up on digests
// missed while the bot was down); each tick delivers whatever is due, each digest exactly once.

import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { DigestPoster } from '../adapters/adapter.js';
import type { Library } from '../library/library.js';
import type { Store } from '../store/store.js';
import { deliverDigest, DEFAULT_DELIVERY, type DeliveryOptions, type DeliveryOutcome } from './deliver.js';
import { dueDigests } from './planner.js';

export interface SchedulerOptions {
  catchUpHours: number;
  postWhenEmpty: boolean;
  clock?: () => number;
  owner?: string;
  leaseMs?: number;
  /** Digests delivered side by side (to different channels); 4 by default. */
  concurrency?: number;
  onOutcome?: (subscriptionId: number, localDate: string, outcome: DeliveryOutcome) => void;
  /** A tick that failed as a whole (the store unreadable, say): the next tick tries again. */
  onError?: (err: unknown) => void;
}

/** How many digests one process delivers at once. */
const DIGEST_CONCURRENCY = 4;

export class DigestScheduler {
  private readonly posters = new Map<string, DigestPoster>();
  private readonly clock: () => number;
  private readonly delivery: DeliveryOptions;
  private task: ScheduledTask | null = null;
  /** An extra tick when a digest another process claimed may be abandoned (its lease runs out). */
  private retry: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly library: Library,
    private readonly options: SchedulerOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.delivery = {
      ...DEFAULT_DELIVERY,
      owner: options.owner ?? randomUUID(),
      leaseMs: options.leaseMs ?? DEFAULT_DELIVERY.leaseMs,
      postWhenEmpty: options.postWhenEmpty,
      clock: this.clock,
    };
  }

  addPoster(poster: DigestPoster): void {
    this.posters.set(poster.platform, poster);
  }

  /** Delivers every digest due now. Ticks never overlap. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.runDue()).catch((err) => this.options.onError?.(err));
    return this.running;
  }

  private async runDue(): Promise<void> {
    const now = this.clock();
    const subs = (await this.store.listSubscriptions()).filter((s) => this.posters.has(s.platform));
    // Digests done already (by this process or another) are left out with one query, not one each.
    const planned = dueDigests(subs, now, this.options.catchUpHours * 3_600_000);
    const done = await this.store.finishedDeliveries(planned.map((d) => d.localDate));
    const due = planned.filter((d) => !done.has(`${d.subscription.id}/${d.localDate}`));
    // Each replica takes the digests in an order of its own, so that they claim different ones rather than race for the same.
    const queue = shuffled(due);
    let retryAt = Number.POSITIVE_INFINITY;
    // A few digests at a time, each to its own channel: the database and the platform are waited on side by side.
    const worker = async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const outcome = await deliverDigest(this.store, this.library, this.posters, d.subscription, d.localDate, d.late, this.clock(), this.delivery);
        if (outcome.status === 'claimed-elsewhere' && outcome.retryAt) retryAt = Math.min(retryAt, outcome.retryAt);
        if (outcome.status !== 'already-delivered') this.options.onOutcome?.(d.subscription.id, d.localDate, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency ?? DIGEST_CONCURRENCY) }, worker));
    // A claim held elsewhere is looked at again when its lease runs out (its process may have died), not a minute later.
    if (this.task && Number.isFinite(retryAt)) {
      if (this.retry) clearTimeout(this.retry);
      this.retry = setTimeout(
        () => {
          this.retry = null;
          void this.tick();
        },
        Math.max(1_000, retryAt - this.clock() + 250),
      );
      this.retry.unref();
    }
  }

  start(): void {
    this.task = cron.schedule(
      '* * * * *',
      () => {
        void this.tick();
      },
      { noOverlap: true },
    );
    void this.tick();
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.running;
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
