// Decides which digests are due: for each subscription, today's and yesterday's local run that
// has passed, is not older than the catch-up window, and came after the subscription was made.

import type { Subscription } from '../store/store.js';
import { localDate, previousDate, zonedInstant } from './local-time.js';

export interface DueDigest {
  subscription: Subscription;
  localDate: string;
  scheduledAt: number;
  late: boolean;
}

/** A digest more than this after its time is marked late. */
export const LATE_AFTER_MS = 5 * 60_000;

export function dueDigests(subscriptions: readonly Subscription[], now: number, catchUpMs: number): DueDigest[] {
  const due: DueDigest[] = [];
  for (const sub of subscriptions) {
    const today = localDate(now, sub.timeZone);
    for (const date of [previousDate(today), today]) {
      const scheduledAt = zonedInstant(date, sub.time, sub.timeZone);
      if (scheduledAt > now || scheduledAt < sub.createdAt) continue;
      const delay = now - scheduledAt;
      // Within the minute the clock ticks, always; after that only within the catch-up window.
      if (delay > Math.max(catchUpMs, 60_000)) continue;
      due.push({ subscription: sub, localDate: date, scheduledAt, late: delay > LATE_AFTER_MS });
    }
  }
  return due;
}
