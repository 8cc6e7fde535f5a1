// The child process of the feeds bench: follows 1,000 feeds in a fresh database, polls them all
// (every item new: the first poll marks them seen, backfill 0), then again (every feed answers 304).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedPoller } from '../src/feeds/poller.js';
import { Library } from '../src/library/library.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { FEEDS, ITEMS } from './feeds.js';

const base = process.argv[2];
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'briefbot-bench-feeds-')), 'bench.db'));
const library = new Library(store, { allowPrivateUrls: true });
const now = Date.now();
for (let i = 0; i < FEEDS; i++) {
  const feed = await store.addFeed(`${base}/feeds/${i}.xml`, 15 * 60_000, now);
  await store.followFeed({ feedId: feed.id, platform: 'slack', channel: `C${i % 50}`, mode: 'digest', createdBy: null }, now);
}
// A real deployment polls many hosts; here every feed is on one, so the per-host limit is the concurrency.
const poller = new FeedPoller(store, library, {
  allowPrivateUrls: true,
  cadence: { defaultIntervalMs: 15 * 60_000, pauseAfterFailures: 10 },
  backfill: 0,
  instantMax: 5,
  perHost: 16,
  concurrency: 16,
});
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
for (const phase of ['all new', 'all 304']) {
  const start = performance.now();
  const outcomes = await poller.poll({ force: true });
  const ms = performance.now() - start;
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  console.log(
    `feeds: poll ${FEEDS} feeds × ${ITEMS} items, ${phase.padEnd(7)}: ${(ms / 1000).toFixed(2)} s, ${outcomes.length} polled, ${failed} failed, peak RSS so far ${mb(Math.max(peak, process.memoryUsage().rss))}${phase === 'all 304' ? ' (target: < 10 s, < 300 MB)' : ''}`,
  );
}
clearInterval(sampler);
await poller.close();
store.close();
process.exit(0);
