// When each feed is polled next: its interval (the default, or longer when the feed's ttl or
// Cache-Control max-age asks), Retry-After when the server says so, and exponential backoff with
// jitter after failures; a feed that keeps failing is paused.

export interface CadenceOptions {
  defaultIntervalMs: number;
  /** Consecutive failures after which a feed is paused (and its channels told once). */
  pauseAfterFailures: number;
}

/** No feed is polled less often than daily, and backoff never waits longer than six hours. */
export const MAX_INTERVAL_MS = 24 * 3_600_000;
export const MAX_BACKOFF_MS = 6 * 3_600_000;

/** Cache-Control max-age in milliseconds, when given. */
export function maxAgeMs(cacheControl: string | string[] | undefined): number | null {
  const text = Array.isArray(cacheControl) ? cacheControl.join(',') : (cacheControl ?? '');
  const m = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(text);
  return m ? Number(m[1]) * 1000 : null;
}

/** The poll interval: the default, or what the feed asks for when that is longer (capped at a day). */
export function pollInterval(options: CadenceOptions, hints: { ttlMinutes?: number | null; maxAgeMs?: number | null }): number {
  const asked = Math.max(hints.ttlMinutes ? hints.ttlMinutes * 60_000 : 0, hints.maxAgeMs ?? 0);
  return Math.min(MAX_INTERVAL_MS, Math.max(options.defaultIntervalMs, asked));
}

/** The wait after the `failures`-th failure in a row: doubling from the interval, ±20 % jitter, at
 * least what Retry-After asked for. */
export function backoffMs(failures: number, intervalMs: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const doubled = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.max(0, failures - 1));
  const jittered = doubled * (0.8 + 0.4 * random());
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_INTERVAL_MS)));
}

export function shouldPause(options: CadenceOptions, failures: number): boolean {
  return failures >= options.pauseAfterFailures;
}
