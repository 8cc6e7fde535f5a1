// The store for several replicas: PostgreSQL through node-postgres (`pg`), one connection pool per
// process. Every claim is one statement that only one replica can win (an insert-or-nothing on a
// unique key, or an update whose condition the row lock re-checks), and feeds are leased with
// FOR UPDATE SKIP LOCKED, so replicas share the work without waiting on each other.

import pg from 'pg';
import { redactUrl } from '../config.js';
import { UserError } from '../core/errors.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { type Row, STORY_LEASE_MS, toArticle, toDelivery, toFeed, toFollow, toStory, toSubscription, toSummary } from './rows.js';
import type {
  ArticleRecord,
  ArticleSummary,
  ChannelStory,
  Delivery,
  FeedFollow,
  FeedMode,
  FeedPollResult,
  FeedRecord,
  NewArticle,
  Platform,
  Store,
  StoryRecord,
  Subscription,
} from './store.js';

/** BIGINT (times in milliseconds, ids) read as numbers: both are far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** One migration at a time across replicas starting together. */
const MIGRATION_LOCK = 7_406_512_001;

type Queryable = Pick<pg.PoolClient, 'query'>;

export interface PostgresOptions {
  url: string;
  poolSize: number;
  /** Told about a connection that failed while idle (the pool replaces it). */
  onError?: (err: Error) => void;
}

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, applies the migrations not yet applied, and returns the store. */
  static async open(options: PostgresOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // A statement that runs away (a lock never released) fails instead of holding a connection.
      statement_timeout: 30_000,
      types: TYPES,
      application_name: 'briefbot',
    });
    // An idle connection that drops (a server restart) must not crash the process.
    pool.on('error', (err) => options.onError?.(err));
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (err) {
      await pool.end().catch(() => {});
      throw new UserError(
        `cannot open the database at ${redactUrl(options.url)}: ${(err as Error).message} (is PostgreSQL running there, and may this user create tables?)`,
      );
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const applied = new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version as number));
      for (const m of PG_MIGRATIONS) {
        if (applied.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, Date.now()]);
      }
    });
  }

  /** Runs `fn` in one transaction on one connection of the pool. */
  private async tx<T>(fn: (client: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  private async rows(sql: string, params: unknown[] = [], on: Queryable = this.pool): Promise<Row[]> {
    return (await on.query(sql, params)).rows as Row[];
  }

  private async row(sql: string, params: unknown[] = [], on: Queryable = this.pool): Promise<Row | undefined> {
    return (await this.rows(sql, params, on))[0];
  }

  /** The first row, read by `map`; null when there is none. */
  private async one<T>(sql: string, params: unknown[], map: (row: Row) => T): Promise<T | null> {
    const r = await this.row(sql, params);
    return r ? map(r) : null;
  }

  private async run(sql: string, params: unknown[] = [], on: Queryable = this.pool): Promise<number> {
    return (await on.query(sql, params)).rowCount ?? 0;
  }

  async saveArticle(a: NewArticle, now: number): Promise<{ record: ArticleRecord; created: boolean }> {
    const known = async () =>
      (a.url ? await this.findArticleByUrl(a.url) : null) ??
      this.row('SELECT * FROM articles WHERE content_hash = $1', [a.contentHash]).then((r) => (r ? toArticle(r) : null));
    const existing = await known();
    if (existing) return { record: existing, created: false };
    // Another replica may save the same article at the same moment: the unique URL and content hash decide.
    const inserted = await this.row(
      `INSERT INTO articles (name, url, content_hash, title, article_json, card_json, ingested_at, via_feed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING *`,
      [a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, now, a.viaFeed ? 1 : 0],
    );
    if (inserted) return { record: toArticle(inserted), created: true };
    const other = await known();
    if (!other) throw new Error('an article conflicted on insert but is not stored');
    return { record: other, created: false };
  }

  async pruneArticleBodies(before: number, pruned: (record: ArticleRecord) => string): Promise<number> {
    const rows = await this.rows(`SELECT * FROM articles WHERE ingested_at < $1 AND article_json NOT LIKE '%"stored":"pruned"%'`, [before]);
    await this.tx(async (c) => {
      for (const r of rows) await c.query('UPDATE articles SET article_json = $1 WHERE id = $2', [pruned(toArticle(r)), r.id]);
    });
    return rows.length;
  }

  async replaceArticle(id: number, a: NewArticle): Promise<ArticleRecord> {
    const r = await this.row(
      'UPDATE articles SET name = $1, url = $2, content_hash = $3, title = $4, article_json = $5, card_json = $6 WHERE id = $7 RETURNING *',
      [a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, id],
    );
    if (!r) throw new Error(`article ${id} is not stored`);
    return toArticle(r);
  }

  async getArticle(id: number): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles WHERE id = $1', [id], toArticle);
  }

  async findArticleByName(name: string): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles WHERE lower(name) = lower($1) ORDER BY id DESC LIMIT 1', [name], toArticle);
  }

  async findArticleByUrl(url: string): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles WHERE url = $1', [url], toArticle);
  }

  async latestArticle(): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT 1', [], toArticle);
  }

  async listArticles(limit: number): Promise<ArticleRecord[]> {
    return (await this.rows('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT $1', [limit])).map(toArticle);
  }

  async articlesIngestedAfter(time: number): Promise<ArticleSummary[]> {
    return (
      await this.rows('SELECT id, name, url, title, ingested_at FROM articles WHERE ingested_at > $1 AND via_feed = 0 ORDER BY ingested_at, id', [time])
    ).map(toSummary);
  }

  async rememberCardMessage(platform: Platform, channel: string, messageId: string, articleId: number, now: number): Promise<void> {
    await this.run(
      `INSERT INTO card_messages (platform, channel, message_id, article_id, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (platform, channel, message_id) DO UPDATE SET article_id = excluded.article_id, created_at = excluded.created_at`,
      [platform, channel, messageId, articleId, now],
    );
  }

  async articleForMessage(platform: Platform, channel: string, messageId: string): Promise<number | null> {
    return this.one(
      'SELECT article_id FROM card_messages WHERE platform = $1 AND channel = $2 AND message_id = $3',
      [platform, channel, messageId],
      (r) => r.article_id as number,
    );
  }

  async latestCardInChannel(platform: Platform, channel: string): Promise<{ messageId: string; articleId: number } | null> {
    return this.one(
      'SELECT message_id, article_id FROM card_messages WHERE platform = $1 AND channel = $2 ORDER BY created_at DESC, seq DESC LIMIT 1',
      [platform, channel],
      (r) => ({ messageId: r.message_id as string, articleId: r.article_id as number }),
    );
  }

  async subscribe(sub: Omit<Subscription, 'id' | 'createdAt'>, now: number): Promise<Subscription> {
    const r = await this.row(
      `INSERT INTO subscriptions (platform, channel, time, time_zone, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (platform, channel) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, created_by = excluded.created_by
       RETURNING *`,
      [sub.platform, sub.channel, sub.time, sub.timeZone, sub.createdBy, now],
    );
    return toSubscription(r!);
  }

  async unsubscribe(platform: Platform, channel: string): Promise<boolean> {
    return (await this.run('DELETE FROM subscriptions WHERE platform = $1 AND channel = $2', [platform, channel])) > 0;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.rows('SELECT * FROM subscriptions ORDER BY id')).map(toSubscription);
  }

  async getSubscription(id: number): Promise<Subscription | null> {
    return this.one('SELECT * FROM subscriptions WHERE id = $1', [id], toSubscription);
  }

  async claimDelivery(
    subscriptionId: number,
    localDate: string,
    owner: string,
    now: number,
    opts: { late: boolean; leaseMs: number; maxAttempts: number },
  ): Promise<Delivery | null> {
    // One statement: a new claim, or — when taken already — a takeover only if the last claim was
    // abandoned (its lease ran out, say after a crash) or failed, and attempts remain. The row lock
    // re-checks the condition, so of two replicas taking over at once only one succeeds.
    const claimed = await this.row(
      `INSERT INTO deliveries AS d (subscription_id, local_date, status, attempts, late, claimed_at, claimed_by)
       VALUES ($1, $2, 'claimed', 1, $3, $4, $5)
       ON CONFLICT (subscription_id, local_date) DO UPDATE
         SET status = 'claimed', attempts = d.attempts + 1, claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by, late = GREATEST(d.late, excluded.late)
         WHERE d.attempts < $6 AND (d.status = 'failed' OR (d.status = 'claimed' AND d.claimed_at <= $7))
       RETURNING *`,
      [subscriptionId, localDate, opts.late ? 1 : 0, now, owner, opts.maxAttempts, now - opts.leaseMs],
    );
    return claimed ? toDelivery(claimed) : null;
  }

  async completeDelivery(id: number, owner: string, status: 'delivered' | 'empty', messageIds: string[], now: number): Promise<void> {
    await this.run('UPDATE deliveries SET status = $1, delivered_at = $2, message_ids = $3, error = NULL WHERE id = $4 AND claimed_by = $5', [
      status,
      now,
      messageIds.join(','),
      id,
      owner,
    ]);
  }

  async recordDeliveryProgress(id: number, owner: string, messageIds: string[], now: number): Promise<void> {
    await this.run(`UPDATE deliveries SET message_ids = $1, claimed_at = GREATEST(claimed_at, $2) WHERE id = $3 AND claimed_by = $4 AND status = 'claimed'`, [
      messageIds.join(','),
      now,
      id,
      owner,
    ]);
  }

  async failDelivery(id: number, owner: string, error: string): Promise<void> {
    await this.run(`UPDATE deliveries SET status = 'failed', error = $1 WHERE id = $2 AND claimed_by = $3`, [error.slice(0, 500), id, owner]);
  }

  async getDelivery(subscriptionId: number, localDate: string): Promise<Delivery | null> {
    return this.one('SELECT * FROM deliveries WHERE subscription_id = $1 AND local_date = $2', [subscriptionId, localDate], toDelivery);
  }

  async finishedDeliveries(localDates: readonly string[]): Promise<Set<string>> {
    if (!localDates.length) return new Set();
    const rows = await this.rows(`SELECT subscription_id, local_date FROM deliveries WHERE status IN ('delivered', 'empty') AND local_date = ANY($1::text[])`, [
      [...new Set(localDates)],
    ]);
    return new Set(rows.map((r) => `${r.subscription_id}/${r.local_date}`));
  }

  async lastDeliveredAt(subscriptionId: number): Promise<number | null> {
    const r = await this.row(`SELECT max(delivered_at) AS t FROM deliveries WHERE subscription_id = $1 AND status IN ('delivered', 'empty')`, [subscriptionId]);
    return (r?.t as number | null) ?? null;
  }

  async addFeed(url: string, intervalMs: number, now: number): Promise<FeedRecord> {
    await this.run('INSERT INTO feeds (url, interval_ms, next_poll_at, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (url) DO NOTHING', [
      url,
      intervalMs,
      now,
      now,
    ]);
    return (await this.findFeedByUrl(url))!;
  }

  async getFeed(id: number): Promise<FeedRecord | null> {
    return this.one('SELECT * FROM feeds WHERE id = $1', [id], toFeed);
  }

  async findFeedByUrl(url: string): Promise<FeedRecord | null> {
    return this.one('SELECT * FROM feeds WHERE url = $1', [url], toFeed);
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.rows('SELECT * FROM feeds ORDER BY id')).map(toFeed);
  }

  async followFeed(f: Omit<FeedFollow, 'createdAt'>, now: number): Promise<{ follow: FeedFollow; created: boolean }> {
    return this.tx(async (c) => {
      const inserted = await this.run(
        `INSERT INTO feed_follows (feed_id, platform, channel, mode, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (feed_id, platform, channel) DO NOTHING`,
        [f.feedId, f.platform, f.channel, f.mode, f.createdBy, now],
        c,
      );
      if (!inserted)
        await this.run('UPDATE feed_follows SET mode = $1 WHERE feed_id = $2 AND platform = $3 AND channel = $4', [f.mode, f.feedId, f.platform, f.channel], c);
      // Following a paused feed again is how it is resumed.
      await this.run('UPDATE feeds SET paused = 0, failures = 0, next_poll_at = LEAST(next_poll_at, $1) WHERE id = $2 AND paused = 1', [now, f.feedId], c);
      const row = await this.row('SELECT * FROM feed_follows WHERE feed_id = $1 AND platform = $2 AND channel = $3', [f.feedId, f.platform, f.channel], c);
      return { follow: toFollow(row!), created: inserted > 0 };
    });
  }

  async unfollowFeed(feedId: number, platform: Platform, channel: string): Promise<boolean> {
    return this.tx(async (c) => {
      const gone = (await this.run('DELETE FROM feed_follows WHERE feed_id = $1 AND platform = $2 AND channel = $3', [feedId, platform, channel], c)) > 0;
      await this.run('DELETE FROM feeds WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM feed_follows WHERE feed_id = $1)', [feedId], c);
      return gone;
    });
  }

  async followsOf(feedId: number): Promise<FeedFollow[]> {
    return (await this.rows('SELECT * FROM feed_follows WHERE feed_id = $1 ORDER BY created_at, seq', [feedId])).map(toFollow);
  }

  async followsIn(platform: Platform, channel: string): Promise<Array<FeedFollow & { feed: FeedRecord }>> {
    const rows = await this.rows(
      `SELECT f.*, ff.platform, ff.channel, ff.mode, ff.created_by AS follow_by, ff.created_at AS follow_at
       FROM feed_follows ff JOIN feeds f ON f.id = ff.feed_id WHERE ff.platform = $1 AND ff.channel = $2 ORDER BY ff.created_at, f.id`,
      [platform, channel],
    );
    return rows.map((r) => ({ ...toFollow({ ...r, feed_id: r.id, created_by: r.follow_by, created_at: r.follow_at }), feed: toFeed(r) }));
  }

  async leaseFeeds(owner: string, now: number, opts: { leaseMs: number; limit: number; force: boolean; ids?: number[] }): Promise<FeedRecord[]> {
    // Rows another replica is leasing right now are skipped, not waited for.
    const where = opts.ids
      ? 'id = ANY($5::bigint[]) AND lease_until <= $2'
      : opts.force
        ? 'lease_until <= $2'
        : 'paused = 0 AND next_poll_at <= $2 AND lease_until <= $2';
    const rows = await this.rows(
      `UPDATE feeds SET lease_owner = $1, lease_until = $2 + $4
       WHERE id IN (SELECT id FROM feeds WHERE ${where} ORDER BY next_poll_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, now, opts.limit, opts.leaseMs, ...(opts.ids ? [opts.ids] : [])],
    );
    return rows.map(toFeed).sort((a, b) => a.nextPollAt - b.nextPollAt || a.id - b.id);
  }

  async finishFeedPoll(id: number, owner: string, r: FeedPollResult, now: number): Promise<void> {
    await this.run(
      `UPDATE feeds SET etag = $1, last_modified = $2, title = coalesce($3, title), interval_ms = $4, next_poll_at = $5, last_polled_at = $6,
         failures = $7, last_error = $8, paused = $9, polls = polls + $10, lease_owner = NULL, lease_until = 0 WHERE id = $11 AND lease_owner = $12`,
      [r.etag, r.lastModified, r.title ?? null, r.intervalMs, r.nextPollAt, now, r.failures, r.lastError, r.paused ? 1 : 0, r.completed ? 1 : 0, id, owner],
    );
  }

  async moveFeed(id: number, url: string): Promise<boolean> {
    return (await this.run('UPDATE feeds SET url = $1 WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = $1)', [url, id])) > 0;
  }

  async markFeedItems(feedId: number, itemKeys: readonly string[], now: number): Promise<string[]> {
    if (!itemKeys.length) return [];
    const keys = [...new Set(itemKeys)];
    return this.tx(async (c) => {
      // Items still in the feed stay remembered however old; pruneFeedHistory forgets the ones gone from it.
      await this.run('UPDATE feed_items SET seen_at = $1 WHERE feed_id = $2 AND item_key = ANY($3::text[])', [now, feedId, keys], c);
      const fresh = new Set(
        (
          await this.rows(
            `INSERT INTO feed_items (feed_id, item_key, seen_at) SELECT $1, k, $2 FROM unnest($3::text[]) AS k
             ON CONFLICT DO NOTHING RETURNING item_key`,
            [feedId, now, keys],
            c,
          )
        ).map((r) => r.item_key as string),
      );
      return itemKeys.filter((k) => fresh.delete(k));
    });
  }

  async pruneFeedHistory(before: number): Promise<number> {
    return this.tx(async (c) => {
      const items = await this.run('DELETE FROM feed_items WHERE seen_at < $1', [before], c);
      const queued = await this.run(`DELETE FROM channel_stories WHERE queued_at < $1 AND status IN ('posted', 'digest')`, [before], c);
      const stories = await this.run(
        'DELETE FROM stories WHERE found_at < $1 AND NOT EXISTS (SELECT 1 FROM channel_stories cs WHERE cs.story_id = stories.id) AND NOT EXISTS (SELECT 1 FROM feed_items fi WHERE fi.story_id = stories.id)',
        [before],
        c,
      );
      return items + queued + stories;
    });
  }

  async findOrAddStory(s: { storyKey: string; title: string; link: string | null }, now: number): Promise<{ story: StoryRecord; created: boolean }> {
    const inserted = await this.row(
      'INSERT INTO stories (story_key, title, link, found_at) VALUES ($1, $2, $3, $4) ON CONFLICT (story_key) DO NOTHING RETURNING *',
      [s.storyKey, s.title, s.link, now],
    );
    if (inserted) return { story: toStory(inserted), created: true };
    const row = await this.row('SELECT * FROM stories WHERE story_key = $1', [s.storyKey]);
    return { story: toStory(row!), created: false };
  }

  async setStoryArticle(storyId: number, articleId: number | null, now: number): Promise<void> {
    await this.run('UPDATE stories SET article_id = $1, briefed_at = $2 WHERE id = $3', [articleId, now, storyId]);
  }

  async queueStory(storyId: number, platform: Platform, channel: string, mode: FeedMode, now: number): Promise<boolean> {
    return (
      (await this.run(
        'INSERT INTO channel_stories (story_id, platform, channel, mode, status, queued_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING',
        [storyId, platform, channel, mode, mode === 'instant' ? 'pending' : 'digest', now],
      )) > 0
    );
  }

  async claimInstantStories(platform: Platform, owner: string, now: number, leaseMs: number): Promise<ChannelStory[]> {
    const rows = await this.rows(
      `UPDATE channel_stories cs SET status = 'claimed', claimed_by = $1, claimed_at = $2
       FROM stories s
       WHERE s.id = cs.story_id AND cs.platform = $3 AND (cs.status = 'pending' OR (cs.status = 'claimed' AND cs.claimed_at <= $4))
         AND (s.briefed_at IS NOT NULL OR s.found_at <= $4)
       RETURNING s.*, cs.platform, cs.channel, cs.mode, cs.queued_at, cs.seq`,
      [owner, now, platform, now - leaseMs],
    );
    return (
      rows
        // In the order they were queued (stories briefed side by side get their ids in any order).
        .sort((a, b) => (a.queued_at as number) - (b.queued_at as number) || (a.seq as number) - (b.seq as number))
        .map((r) => ({ story: toStory(r), platform: r.platform as Platform, channel: r.channel as string, mode: r.mode as FeedMode }))
    );
  }

  async completeInstantStory(storyId: number, platform: Platform, channel: string, owner: string, messageId: string): Promise<void> {
    await this.run(`UPDATE channel_stories SET status = 'posted', message_id = $1 WHERE story_id = $2 AND platform = $3 AND channel = $4 AND claimed_by = $5`, [
      messageId,
      storyId,
      platform,
      channel,
      owner,
    ]);
  }

  async releaseInstantStory(storyId: number, platform: Platform, channel: string, owner: string): Promise<void> {
    await this.run(
      `UPDATE channel_stories SET status = 'pending', claimed_by = NULL WHERE story_id = $1 AND platform = $2 AND channel = $3 AND claimed_by = $4 AND status = 'claimed'`,
      [storyId, platform, channel, owner],
    );
  }

  async digestStories(platform: Platform, channel: string, since: number, now: number): Promise<StoryRecord[]> {
    return (
      await this.rows(
        `SELECT s.* FROM channel_stories cs JOIN stories s ON s.id = cs.story_id
         WHERE cs.platform = $1 AND cs.channel = $2 AND cs.mode = 'digest'
           AND GREATEST(cs.queued_at, coalesce(s.briefed_at, s.found_at + $3)) > $4
           AND coalesce(s.briefed_at, s.found_at + $3) <= $5
         ORDER BY cs.queued_at, cs.seq`,
        [platform, channel, STORY_LEASE_MS, since, now],
      )
    ).map(toStory);
  }

  async claimPauseNotices(platform: Platform, owner: string): Promise<Array<{ feedId: number; channel: string; text: string }>> {
    return (
      await this.rows(
        `UPDATE feed_follows SET notice_owner = $1 WHERE platform = $2 AND pause_notice IS NOT NULL AND notice_owner IS NULL
         RETURNING feed_id, channel, pause_notice`,
        [owner, platform],
      )
    ).map((r) => ({ feedId: r.feed_id as number, channel: r.channel as string, text: r.pause_notice as string }));
  }

  async setPauseNotice(feedId: number, text: string | null): Promise<void> {
    await this.run('UPDATE feed_follows SET pause_notice = $1, notice_owner = NULL WHERE feed_id = $2', [text, feedId]);
  }

  async completePauseNotice(feedId: number, platform: Platform, channel: string, owner: string): Promise<void> {
    await this.run(
      'UPDATE feed_follows SET pause_notice = NULL, notice_owner = NULL WHERE feed_id = $1 AND platform = $2 AND channel = $3 AND notice_owner = $4',
      [feedId, platform, channel, owner],
    );
  }

  async saveSlackInstallation(key: string, installationJson: string, now: number): Promise<void> {
    await this.run(
      `INSERT INTO slack_installations (install_key, installation_json, installed_at) VALUES ($1, $2, $3)
       ON CONFLICT (install_key) DO UPDATE SET installation_json = excluded.installation_json, installed_at = excluded.installed_at`,
      [key, installationJson, now],
    );
  }

  async slackInstallation(key: string): Promise<string | null> {
    return this.one('SELECT installation_json FROM slack_installations WHERE install_key = $1', [key], (r) => r.installation_json as string);
  }

  async deleteSlackInstallation(key: string): Promise<void> {
    await this.run('DELETE FROM slack_installations WHERE install_key = $1', [key]);
  }

  async rememberChannelWorkspace(platform: Platform, channel: string, workspace: string, now: number): Promise<void> {
    await this.run(
      `INSERT INTO channel_workspaces (platform, channel, workspace, seen_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, channel) DO UPDATE SET workspace = excluded.workspace, seen_at = excluded.seen_at`,
      [platform, channel, workspace, now],
    );
  }

  async channelWorkspace(platform: Platform, channel: string): Promise<string | null> {
    return this.one('SELECT workspace FROM channel_workspaces WHERE platform = $1 AND channel = $2', [platform, channel], (r) => r.workspace as string);
  }

  async ping(): Promise<boolean> {
    return (await this.row('SELECT 1 AS ok')) !== undefined;
  }

  async markEventSeen(platform: Platform, eventId: string, now: number): Promise<boolean> {
    const fresh =
      (await this.run('INSERT INTO seen_events (platform, event_id, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [platform, eventId, now])) > 0;
    // Old event ids are pruned; platforms retry within minutes, not days.
    if (fresh && Math.random() < 0.01) await this.run('DELETE FROM seen_events WHERE seen_at < $1', [now - 7 * 86_400_000]);
    return fresh;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
