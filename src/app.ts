// Wires the bot together: store, article library, command router, the adapters whose credentials
// are configured (the shell when none are), the briefings-folder watcher and the digest clock.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChatAdapter } from './adapters/adapter.js';
import { ShellAdapter } from './adapters/shell.js';
import { CommandRouter } from './commands/router.js';
import type { Config } from './config.js';
import { Library } from './library/library.js';
import { watchBriefings, type Watcher } from './library/watch.js';
import { safeError, type Logger } from './logger.js';
import { DigestScheduler } from './schedule/scheduler.js';
import { applySchedules, readSchedulesFile } from './schedule/schedules-file.js';
import { openStore } from './store/open-store.js';
import { FeedClock } from './feeds/feed-clock.js';
import { type FeedEntry, readFeedsFile } from './feeds/feeds-file.js';
import { FeedPoller } from './feeds/poller.js';
import type { Store } from './store/store.js';
import type { Server } from 'node:http';
import { healthHandler, startHealthServer } from './health.js';

export interface AppOptions {
  forceShell: boolean;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  interactive: boolean;
  logger: Logger;
  clock?: () => number;
}

export interface App {
  store: Store;
  library: Library;
  router: CommandRouter;
  scheduler: DigestScheduler;
  feeds: FeedPoller;
  feedClock: FeedClock;
  adapters: ChatAdapter[];
  shell: ShellAdapter | null;
  shutdown(): Promise<void>;
}

export async function startApp(config: Config, options: AppOptions): Promise<App> {
  const { logger } = options;
  const clock = options.clock ?? Date.now;
  // Read the schedules file before opening anything, so a bad file stops start-up cleanly.
  const schedules = readSchedulesFile(config.configDir);
  const feedEntries = readFeedsFile(config.configDir);
  const store = await openStore(config, (err) => logger.warn({ err: safeError(err) }, 'a database connection failed; the pool opens another'));
  await applySchedules(store, schedules, clock());
  const library = new Library(store, { allowPrivateUrls: config.allowPrivateUrls, keepArticleDays: config.keepArticleDays, clock });
  // Old article texts go (their cards stay): at start-up, then daily.
  const prune = async () => {
    const pruned = await library.pruneOldArticles();
    if (pruned) logger.info({ pruned, keepDays: config.keepArticleDays }, 'pruned old article texts');
    // Feed items gone from their feed, and stories delivered, are forgotten after the same period.
    const forgotten = await store.pruneFeedHistory(clock() - config.keepArticleDays * 86_400_000);
    if (forgotten) logger.info({ forgotten }, 'pruned old feed history');
  };
  await prune();
  const pruneTimer = setInterval(() => prune().catch((err) => logger.error({ err: safeError(err) }, 'pruning failed; tried again tomorrow')), 86_400_000);
  pruneTimer.unref();
  logger.info({ db: config.dbPath, briefings: config.briefingsDir, config: config.configDir }, 'paths in use');
  if (!existsSync(config.briefingsDir))
    logger.warn({ dir: config.briefingsDir }, 'the briefings folder does not exist: no articles are loaded until it is created (BRIEFBOT_BRIEFINGS_DIR)');
  const { added, errors } = await library.ingestDirectory(config.briefingsDir);
  for (const e of errors) logger.warn({ file: e.file, reason: e.message }, 'skipped an article that could not be read');
  logger.info({ added: added.length, dir: config.briefingsDir }, 'briefings folder ingested');

  const feeds = createFeedPoller(config, store, library, logger, clock);
  const router = new CommandRouter(library, store, {
    defaultTimeZone: config.defaultTimeZone,
    feeds,
    clock,
    onError: (err, input, ctx) => logger.error({ err: safeError(err), command: input.name, platform: ctx.platform, channel: ctx.channel }, 'command failed'),
  });
  const scheduler = new DigestScheduler(store, library, {
    catchUpHours: config.catchUpHours,
    leaseMs: config.claimLeaseMs,
    postWhenEmpty: config.digestWhenEmpty,
    clock,
    onOutcome: (subscription, localDate, outcome) => logger.info({ subscription, localDate, ...outcome }, 'digest'),
    onError: (err) => logger.error({ err: safeError(err) }, 'digest tick failed; the next tick tries again'),
  });

  const adapters: ChatAdapter[] = [];
  // Ready: the database answers and every chat adapter is connected.
  const health = healthHandler(() => [
    { name: 'database', ready: () => store.ping() },
    ...adapters.map((a) => ({ name: a.platform, ready: () => a.isReady() })),
  ]);
  if (config.slack) {
    const { SlackAdapter } = await import('./adapters/slack/slack-adapter.js');
    adapters.push(new SlackAdapter(config.slack, { port: config.port, host: config.host, health }, router, store, logger, clock));
  }
  if (config.discord) {
    const { DiscordAdapter } = await import('./adapters/discord/discord-adapter.js');
    adapters.push(new DiscordAdapter(config.discord, router, library, store, logger, clock));
  }
  let shell: ShellAdapter | null = null;
  if (!adapters.length || options.forceShell) {
    const tty = options.stdout as NodeJS.WritableStream & { isTTY?: boolean };
    shell = new ShellAdapter(router, {
      input: options.stdin,
      output: options.stdout,
      interactive: options.interactive,
      articleCount: (await library.list(1000)).length,
      color: !!tty.isTTY && !config.noColor,
      // Line history is kept between runs next to the database (not for an in-memory one).
      historyFile: options.interactive && !config.postgres && config.dbPath !== ':memory:' ? join(dirname(config.dbPath), 'shell-history') : undefined,
    });
    adapters.push(shell);
  }

  const started: ChatAdapter[] = [];
  try {
    for (const adapter of adapters) {
      await adapter.start();
      started.push(adapter);
      scheduler.addPoster(adapter.poster);
    }
  } catch (err) {
    for (const a of started.reverse())
      await a.stop().catch((e) => logger.warn({ err: safeError(e), platform: a.platform }, 'adapter did not stop cleanly after a failed start'));
    await store.close();
    throw err;
  }
  let healthServer: Server | null = null;
  if (config.healthPort !== null) {
    try {
      healthServer = await startHealthServer(config.healthPort, config.host, health);
    } catch (err) {
      for (const a of [...started].reverse())
        await a.stop().catch((e) => logger.warn({ err: safeError(e), platform: a.platform }, 'adapter did not stop cleanly'));
      await store.close();
      throw err;
    }
  }
  const watcher: Watcher = watchBriefings(
    config.briefingsDir,
    library,
    (b) => logger.info({ article: b.record.name }, 'new article ingested'),
    (file, err) => logger.warn({ file, reason: err.message }, 'could not ingest a new article'),
  );
  scheduler.start();
  const feedClock = new FeedClock(feeds, {
    onPolled: (outcomes, posted) => {
      for (const o of outcomes)
        if (o.status === 'failed' || o.status === 'paused') logger.warn({ feed: o.feed.url, status: o.status, reason: o.error }, 'feed poll failed');
        else if (o.newStories) logger.info({ feed: o.feed.url, stories: o.newStories }, 'new stories');
      if (posted) logger.info({ posted }, 'feed stories posted');
    },
    onError: (err) => logger.error({ err: safeError(err) }, 'feed tick failed; the next tick tries again'),
  });
  for (const adapter of started) feedClock.addPoster(adapter.poster);
  // Feeds declared in config/feeds.json are followed (fetched) in the background, then polled on the clock.
  const declared = followDeclaredFeeds(feeds, feedEntries, logger).then(() => feedClock.start());

  let stopping: Promise<void> | null = null;
  const shutdown = () =>
    (stopping ??= (async () => {
      watcher.close();
      clearInterval(pruneTimer);
      if (healthServer) {
        const server = healthServer;
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
      }
      await scheduler.stop();
      await declared;
      await feedClock.stop();
      for (const a of [...adapters].reverse())
        await a.stop().catch((err) => logger.warn({ err: safeError(err), platform: a.platform }, 'adapter did not stop cleanly'));
      await store.close();
    })());
  return { store, library, router, scheduler, feeds, feedClock, adapters, shell, shutdown };
}

export function createFeedPoller(config: Config, store: Store, library: Library, logger: Logger, clock: () => number = Date.now): FeedPoller {
  return new FeedPoller(store, library, {
    allowPrivateUrls: config.allowPrivateUrls,
    cadence: { defaultIntervalMs: config.feeds.intervalMinutes * 60_000, pauseAfterFailures: config.feeds.pauseAfterFailures },
    backfill: config.feeds.backfill,
    instantMax: config.feeds.instantMax,
    clock,
    onWarning: (message, details) => logger.warn(details, message),
  });
}

/** Follows the feeds of config/feeds.json not followed yet; one that cannot be had is logged, not fatal. */
export async function followDeclaredFeeds(feeds: FeedPoller, entries: readonly FeedEntry[], logger: Logger): Promise<void> {
  for (const e of entries) {
    try {
      await feeds.follow(e.url, { platform: e.platform, channel: e.channel, mode: e.mode, createdBy: 'config/feeds.json' });
    } catch (err) {
      logger.warn({ feed: e.url, reason: safeError(err).message }, 'could not follow a feed from config/feeds.json');
    }
  }
}
