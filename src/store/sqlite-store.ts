// The embedded default store: SQLite on disk through better-sqlite3, WAL mode so that several
// processes can share one file, with the migrations applied on open.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';
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

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(path: string) {
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path, { timeout: 5000 });
      this.db.pragma('journal_mode = WAL');
      // With WAL, NORMAL never corrupts the file and skips an fsync per write on the event loop;
      // a power cut may lose the last commit, which the delivery claims are designed to survive.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      this.migrate();
    } catch (err) {
      throw new UserError(`cannot open the database at ${path}: ${(err as Error).message} (set BRIEFBOT_DB to a writable file)`);
    }
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    const applied = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version as number));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db
        .transaction(() => {
          this.db.exec(m.sql);
          this.db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(m.version, Date.now());
        })
        .immediate();
    }
  }

  /** The first row of a query, read by `map`; null when there is none. */
  private one<T>(sql: string, params: unknown[], map: (row: Row) => T): T | null {
    const r = this.db.prepare(sql).get(...params) as Row | undefined;
    return r ? map(r) : null;
  }

  async saveArticle(a: NewArticle, now: number): Promise<{ record: ArticleRecord; created: boolean }> {
    return this.db
      .transaction(() => {
        const existing = (a.url ? this.articleByUrl(a.url) : null) ?? this.one('SELECT * FROM articles WHERE content_hash = ?', [a.contentHash], toArticle);
        if (existing) return { record: existing, created: false };
        const info = this.db
          .prepare('INSERT INTO articles (name, url, content_hash, title, article_json, card_json, ingested_at, via_feed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, now, a.viaFeed ? 1 : 0);
        return { record: this.articleById(Number(info.lastInsertRowid))!, created: true };
      })
      .immediate();
  }

  async pruneArticleBodies(before: number, pruned: (record: ArticleRecord) => string): Promise<number> {
    const rows = this.db.prepare('SELECT * FROM articles WHERE ingested_at < ? AND article_json NOT LIKE \'%"stored":"pruned"%\'').all(before) as Row[];
    const update = this.db.prepare('UPDATE articles SET article_json = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const r of rows) update.run(pruned(toArticle(r)), r.id);
    })();
    return rows.length;
  }

  async replaceArticle(id: number, a: NewArticle): Promise<ArticleRecord> {
    this.db
      .prepare('UPDATE articles SET name = ?, url = ?, content_hash = ?, title = ?, article_json = ?, card_json = ? WHERE id = ?')
      .run(a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, id);
    return this.articleById(id)!;
  }

  async getArticle(id: number): Promise<ArticleRecord | null> {
    return this.articleById(id);
  }

  private articleById(id: number): ArticleRecord | null {
    return this.one('SELECT * FROM articles WHERE id = ?', [id], toArticle);
  }

  async findArticleByName(name: string): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles WHERE lower(name) = lower(?) ORDER BY id DESC LIMIT 1', [name], toArticle);
  }

  async findArticleByUrl(url: string): Promise<ArticleRecord | null> {
    return this.articleByUrl(url);
  }

  private articleByUrl(url: string): ArticleRecord | null {
    return this.one('SELECT * FROM articles WHERE url = ?', [url], toArticle);
  }

  async latestArticle(): Promise<ArticleRecord | null> {
    return this.one('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT 1', [], toArticle);
  }

  async listArticles(limit: number): Promise<ArticleRecord[]> {
    return (this.db.prepare('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toArticle);
  }

  async articlesIngestedAfter(time: number): Promise<ArticleSummary[]> {
    // Articles from feeds go to the channels that follow the feed (digestStories), not to every digest.
    return (
      this.db
        .prepare('SELECT id, name, url, title, ingested_at FROM articles WHERE ingested_at > ? AND via_feed = 0 ORDER BY ingested_at, id')
        .all(time) as Row[]
    ).map(toSummary);
  }

  async rememberCardMessage(platform: Platform, channel: string, messageId: string, articleId: number, now: number): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO card_messages (platform, channel, message_id, article_id, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(platform, channel, messageId, articleId, now);
  }

  async articleForMessage(platform: Platform, channel: string, messageId: string): Promise<number | null> {
    return this.one(
      'SELECT article_id FROM card_messages WHERE platform = ? AND channel = ? AND message_id = ?',
      [platform, channel, messageId],
      (r) => r.article_id as number,
    );
  }

  async latestCardInChannel(platform: Platform, channel: string): Promise<{ messageId: string; articleId: number } | null> {
    return this.one(
      'SELECT message_id, article_id FROM card_messages WHERE platform = ? AND channel = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      [platform, channel],
      (r) => ({ messageId: r.message_id as string, articleId: r.article_id as number }),
    );
  }

  async subscribe(sub: Omit<Subscription, 'id' | 'createdAt'>, now: number): Promise<Subscription> {
    this.db
      .prepare(`INSERT INTO subscriptions (platform, channel, time, time_zone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (platform, channel) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, created_by = excluded.created_by`)
      .run(sub.platform, sub.channel, sub.time, sub.timeZone, sub.createdBy, now);
    return toSubscription(this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel = ?').get(sub.platform, sub.channel) as Row);
  }

  async unsubscribe(platform: Platform, channel: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel = ?').run(platform, channel).changes > 0;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as Row[]).map(toSubscription);
  }

  async getSubscription(id: number): Promise<Subscription | null> {
    return this.one('SELECT * FROM subscriptions WHERE id = ?', [id], toSubscription);
  }

  async claimDelivery(
    subscriptionId: number,
    localDate: string,
    owner: string,
    now: number,
    opts: { late: boolean; leaseMs: number; maxAttempts: number },
  ): Promise<Delivery | null> {
    return this.db
      .transaction(() => {
        const inserted = this.db
          .prepare(`INSERT INTO deliveries (subscription_id, local_date, status, attempts, late, claimed_at, claimed_by)
        VALUES (?, ?, 'claimed', 1, ?, ?, ?) ON CONFLICT (subscription_id, local_date) DO NOTHING`)
          .run(subscriptionId, localDate, opts.late ? 1 : 0, now, owner);
        if (inserted.changes === 0) {
          // Taken already: take it over only when the last claim was abandoned (its lease ran out,
          // say after a crash) or failed, and attempts remain.
          const retaken = this.db
            .prepare(`UPDATE deliveries SET status = 'claimed', attempts = attempts + 1, claimed_at = ?, claimed_by = ?, late = max(late, ?)
          WHERE subscription_id = ? AND local_date = ? AND attempts < ?
            AND (status = 'failed' OR (status = 'claimed' AND claimed_at <= ?))`)
            .run(now, owner, opts.late ? 1 : 0, subscriptionId, localDate, opts.maxAttempts, now - opts.leaseMs);
          if (retaken.changes === 0) return null;
        }
        return this.deliveryFor(subscriptionId, localDate);
      })
      .immediate();
  }

  async completeDelivery(id: number, owner: string, status: 'delivered' | 'empty', messageIds: string[], now: number): Promise<void> {
    this.db
      .prepare(`UPDATE deliveries SET status = ?, delivered_at = ?, message_ids = ?, error = NULL WHERE id = ? AND claimed_by = ?`)
      .run(status, now, messageIds.join(','), id, owner);
  }

  async recordDeliveryProgress(id: number, owner: string, messageIds: string[], now: number): Promise<void> {
    this.db
      .prepare(`UPDATE deliveries SET message_ids = ?, claimed_at = max(claimed_at, ?) WHERE id = ? AND claimed_by = ? AND status = 'claimed'`)
      .run(messageIds.join(','), now, id, owner);
  }

  async failDelivery(id: number, owner: string, error: string): Promise<void> {
    this.db.prepare(`UPDATE deliveries SET status = 'failed', error = ? WHERE id = ? AND claimed_by = ?`).run(error.slice(0, 500), id, owner);
  }

  async getDelivery(subscriptionId: number, localDate: string): Promise<Delivery | null> {
    return this.deliveryFor(subscriptionId, localDate);
  }

  private deliveryFor(subscriptionId: number, localDate: string): Delivery | null {
    return this.one('SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?', [subscriptionId, localDate], toDelivery);
  }

  async finishedDeliveries(localDates: readonly string[]): Promise<Set<string>> {
    if (!localDates.length) return new Set();
    const rows = this.db
      .prepare(`SELECT subscription_id, local_date FROM deliveries WHERE status IN ('delivered', 'empty') AND local_date IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...new Set(localDates)])) as Row[];
    return new Set(rows.map((r) => `${r.subscription_id}/${r.local_date}`));
  }

  async lastDeliveredAt(subscriptionId: number): Promise<number | null> {
    const r = this.db
      .prepare(`SELECT max(delivered_at) AS t FROM deliveries WHERE subscription_id = ? AND status IN ('delivered', 'empty')`)
      .get(subscriptionId) as Row;
    return (r.t as number) ?? null;
  }

  async addFeed(url: string, intervalMs: number, now: number): Promise<FeedRecord> {
    this.db
      .prepare('INSERT INTO feeds (url, interval_ms, next_poll_at, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING')
      .run(url, intervalMs, now, now);
    return this.feedByUrl(url)!;
  }

  async getFeed(id: number): Promise<FeedRecord | null> {
    return this.feedById(id);
  }

  private feedById(id: number): FeedRecord | null {
    return this.one('SELECT * FROM feeds WHERE id = ?', [id], toFeed);
  }

  async findFeedByUrl(url: string): Promise<FeedRecord | null> {
    return this.feedByUrl(url);
  }

  private feedByUrl(url: string): FeedRecord | null {
    return this.one('SELECT * FROM feeds WHERE url = ?', [url], toFeed);
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY id').all() as Row[]).map(toFeed);
  }

  async followFeed(f: Omit<FeedFollow, 'createdAt'>, now: number): Promise<{ follow: FeedFollow; created: boolean }> {
    return this.db
      .transaction(() => {
        const inserted = this.db
          .prepare(`INSERT INTO feed_follows (feed_id, platform, channel, mode, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (feed_id, platform, channel) DO NOTHING`)
          .run(f.feedId, f.platform, f.channel, f.mode, f.createdBy, now);
        if (!inserted.changes)
          this.db.prepare('UPDATE feed_follows SET mode = ? WHERE feed_id = ? AND platform = ? AND channel = ?').run(f.mode, f.feedId, f.platform, f.channel);
        // Following a paused feed again is how it is resumed.
        this.db.prepare('UPDATE feeds SET paused = 0, failures = 0, next_poll_at = min(next_poll_at, ?) WHERE id = ? AND paused = 1').run(now, f.feedId);
        const row = this.db
          .prepare('SELECT * FROM feed_follows WHERE feed_id = ? AND platform = ? AND channel = ?')
          .get(f.feedId, f.platform, f.channel) as Row;
        return { follow: toFollow(row), created: inserted.changes > 0 };
      })
      .immediate();
  }

  async unfollowFeed(feedId: number, platform: Platform, channel: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const gone = this.db.prepare('DELETE FROM feed_follows WHERE feed_id = ? AND platform = ? AND channel = ?').run(feedId, platform, channel).changes > 0;
        const left = this.db.prepare('SELECT count(*) AS n FROM feed_follows WHERE feed_id = ?').get(feedId) as Row;
        if (!left.n) this.db.prepare('DELETE FROM feeds WHERE id = ?').run(feedId);
        return gone;
      })
      .immediate();
  }

  async followsOf(feedId: number): Promise<FeedFollow[]> {
    return (this.db.prepare('SELECT * FROM feed_follows WHERE feed_id = ? ORDER BY created_at, rowid').all(feedId) as Row[]).map(toFollow);
  }

  async followsIn(platform: Platform, channel: string): Promise<Array<FeedFollow & { feed: FeedRecord }>> {
    const rows = this.db
      .prepare(
        'SELECT f.*, ff.platform, ff.channel, ff.mode, ff.created_by AS follow_by, ff.created_at AS follow_at FROM feed_follows ff JOIN feeds f ON f.id = ff.feed_id WHERE ff.platform = ? AND ff.channel = ? ORDER BY ff.created_at, f.id',
      )
      .all(platform, channel) as Row[];
    return rows.map((r) => ({
      ...toFollow({ ...r, feed_id: r.id, created_by: r.follow_by, created_at: r.follow_at }),
      feed: toFeed(r),
    }));
  }

  async leaseFeeds(owner: string, now: number, opts: { leaseMs: number; limit: number; force: boolean; ids?: number[] }): Promise<FeedRecord[]> {
    return this.db
      .transaction(() => {
        const rows = (
          opts.ids
            ? opts.ids.map((id) => this.db.prepare('SELECT id FROM feeds WHERE id = ? AND lease_until <= ?').get(id, now)).filter(Boolean)
            : opts.force
              ? this.db.prepare('SELECT id FROM feeds WHERE lease_until <= ? ORDER BY next_poll_at, id LIMIT ?').all(now, opts.limit)
              : this.db
                  .prepare('SELECT id FROM feeds WHERE paused = 0 AND next_poll_at <= ? AND lease_until <= ? ORDER BY next_poll_at, id LIMIT ?')
                  .all(now, now, opts.limit)
        ) as Row[];
        const lease = this.db.prepare('UPDATE feeds SET lease_owner = ?, lease_until = ? WHERE id = ?');
        const ids = rows.map((r) => r.id as number);
        for (const id of ids) lease.run(owner, now + opts.leaseMs, id);
        return ids.map((id) => this.feedById(id)!);
      })
      .immediate();
  }

  async finishFeedPoll(id: number, owner: string, r: FeedPollResult, now: number): Promise<void> {
    this.db
      .prepare(`UPDATE feeds SET etag = ?, last_modified = ?, title = coalesce(?, title), interval_ms = ?, next_poll_at = ?, last_polled_at = ?,
        failures = ?, last_error = ?, paused = ?, polls = polls + ?, lease_owner = NULL, lease_until = 0 WHERE id = ? AND lease_owner = ?`)
      .run(r.etag, r.lastModified, r.title ?? null, r.intervalMs, r.nextPollAt, now, r.failures, r.lastError, r.paused ? 1 : 0, r.completed ? 1 : 0, id, owner);
  }

  async moveFeed(id: number, url: string): Promise<boolean> {
    if (this.feedByUrl(url)) return false;
    return this.db.prepare('UPDATE feeds SET url = ? WHERE id = ?').run(url, id).changes > 0;
  }

  async markFeedItems(feedId: number, itemKeys: readonly string[], now: number): Promise<string[]> {
    const insert = this.db.prepare('INSERT INTO feed_items (feed_id, item_key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    // Items still in the feed stay remembered however old; pruneFeedHistory forgets the ones gone from it.
    const touch = this.db.prepare('UPDATE feed_items SET seen_at = ? WHERE feed_id = ? AND item_key = ?');
    return this.db.transaction(() =>
      itemKeys.filter((key) => {
        if (insert.run(feedId, key, now).changes > 0) return true;
        touch.run(now, feedId, key);
        return false;
      }),
    )();
  }

  async pruneFeedHistory(before: number): Promise<number> {
    return this.db.transaction(() => {
      const items = this.db.prepare('DELETE FROM feed_items WHERE seen_at < ?').run(before).changes;
      const queued = this.db.prepare(`DELETE FROM channel_stories WHERE queued_at < ? AND status IN ('posted', 'digest')`).run(before).changes;
      const stories = this.db
        .prepare('DELETE FROM stories WHERE found_at < ? AND NOT EXISTS (SELECT 1 FROM channel_stories cs WHERE cs.story_id = stories.id)')
        .run(before).changes;
      return items + queued + stories;
    })();
  }

  async findOrAddStory(s: { storyKey: string; title: string; link: string | null }, now: number): Promise<{ story: StoryRecord; created: boolean }> {
    const inserted = this.db
      .prepare('INSERT INTO stories (story_key, title, link, found_at) VALUES (?, ?, ?, ?) ON CONFLICT (story_key) DO NOTHING')
      .run(s.storyKey, s.title, s.link, now);
    const row = this.db.prepare('SELECT * FROM stories WHERE story_key = ?').get(s.storyKey) as Row;
    return { story: toStory(row), created: inserted.changes > 0 };
  }

  async setStoryArticle(storyId: number, articleId: number | null, now: number): Promise<void> {
    this.db.prepare('UPDATE stories SET article_id = ?, briefed_at = ? WHERE id = ?').run(articleId, now, storyId);
  }

  async queueStory(storyId: number, platform: Platform, channel: string, mode: FeedMode, now: number): Promise<boolean> {
    return (
      this.db
        .prepare(`INSERT INTO channel_stories (story_id, platform, channel, mode, status, queued_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
        .run(storyId, platform, channel, mode, mode === 'instant' ? 'pending' : 'digest', now).changes > 0
    );
  }

  async claimInstantStories(platform: Platform, owner: string, now: number, leaseMs: number): Promise<ChannelStory[]> {
    const rows = this.db
      .prepare(`UPDATE channel_stories SET status = 'claimed', claimed_by = ?, claimed_at = ?
        WHERE platform = ? AND (status = 'pending' OR (status = 'claimed' AND claimed_at <= ?))
          AND story_id IN (SELECT id FROM stories WHERE briefed_at IS NOT NULL OR found_at <= ?)
        RETURNING rowid AS seq, story_id, platform, channel, mode, queued_at`)
      .all(owner, now, platform, now - leaseMs, now - leaseMs) as Row[];
    const story = this.db.prepare('SELECT * FROM stories WHERE id = ?');
    return (
      rows
        // In the order they were queued.
        .sort((a, b) => (a.queued_at as number) - (b.queued_at as number) || (a.seq as number) - (b.seq as number))
        .map((r) => ({
          story: toStory(story.get(r.story_id) as Row),
          platform: r.platform as Platform,
          channel: r.channel as string,
          mode: r.mode as FeedMode,
        }))
    );
  }

  async completeInstantStory(storyId: number, platform: Platform, channel: string, owner: string, messageId: string): Promise<void> {
    this.db
      .prepare(`UPDATE channel_stories SET status = 'posted', message_id = ? WHERE story_id = ? AND platform = ? AND channel = ? AND claimed_by = ?`)
      .run(messageId, storyId, platform, channel, owner);
  }

  async releaseInstantStory(storyId: number, platform: Platform, channel: string, owner: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE channel_stories SET status = 'pending', claimed_by = NULL WHERE story_id = ? AND platform = ? AND channel = ? AND claimed_by = ? AND status = 'claimed'`,
      )
      .run(storyId, platform, channel, owner);
  }

  async digestStories(platform: Platform, channel: string, since: number, now: number): Promise<StoryRecord[]> {
    // A story is ready once briefed, or a lease after it was found (the process briefing it died); it
    // joins the first digest after it is both queued for the channel and ready.
    return (
      this.db
        .prepare(`SELECT s.* FROM channel_stories cs JOIN stories s ON s.id = cs.story_id
          WHERE cs.platform = ? AND cs.channel = ? AND cs.mode = 'digest'
            AND max(cs.queued_at, coalesce(s.briefed_at, s.found_at + ?)) > ?
            AND coalesce(s.briefed_at, s.found_at + ?) <= ?
          ORDER BY cs.queued_at, cs.rowid`)
        .all(platform, channel, STORY_LEASE_MS, since, STORY_LEASE_MS, now) as Row[]
    ).map(toStory);
  }

  async claimPauseNotices(platform: Platform, owner: string): Promise<Array<{ feedId: number; channel: string; text: string }>> {
    return (
      this.db
        .prepare(`UPDATE feed_follows SET notice_owner = ? WHERE platform = ? AND pause_notice IS NOT NULL AND notice_owner IS NULL
          RETURNING feed_id, channel, pause_notice`)
        .all(owner, platform) as Row[]
    ).map((r) => ({ feedId: r.feed_id as number, channel: r.channel as string, text: r.pause_notice as string }));
  }

  async setPauseNotice(feedId: number, text: string | null): Promise<void> {
    this.db.prepare('UPDATE feed_follows SET pause_notice = ?, notice_owner = NULL WHERE feed_id = ?').run(text, feedId);
  }

  async completePauseNotice(feedId: number, platform: Platform, channel: string, owner: string): Promise<void> {
    this.db
      .prepare('UPDATE feed_follows SET pause_notice = NULL, notice_owner = NULL WHERE feed_id = ? AND platform = ? AND channel = ? AND notice_owner = ?')
      .run(feedId, platform, channel, owner);
  }

  async markEventSeen(platform: Platform, eventId: string, now: number): Promise<boolean> {
    const info = this.db.prepare('INSERT OR IGNORE INTO seen_events (platform, event_id, seen_at) VALUES (?, ?, ?)').run(platform, eventId, now);
    // Old event ids are pruned; platforms retry within minutes, not days.
    if (info.changes && Math.random() < 0.01) this.db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(now - 7 * 86_400_000);
    return info.changes > 0;
  }

  async saveSlackInstallation(key: string, installationJson: string, now: number): Promise<void> {
    this.db
      .prepare(`INSERT INTO slack_installations (install_key, installation_json, installed_at) VALUES (?, ?, ?)
        ON CONFLICT (install_key) DO UPDATE SET installation_json = excluded.installation_json, installed_at = excluded.installed_at`)
      .run(key, installationJson, now);
  }

  async slackInstallation(key: string): Promise<string | null> {
    return this.one('SELECT installation_json FROM slack_installations WHERE install_key = ?', [key], (r) => r.installation_json as string);
  }

  async deleteSlackInstallation(key: string): Promise<void> {
    this.db.prepare('DELETE FROM slack_installations WHERE install_key = ?').run(key);
  }

  async rememberChannelWorkspace(platform: Platform, channel: string, workspace: string, now: number): Promise<void> {
    this.db
      .prepare(`INSERT INTO channel_workspaces (platform, channel, workspace, seen_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (platform, channel) DO UPDATE SET workspace = excluded.workspace, seen_at = excluded.seen_at`)
      .run(platform, channel, workspace, now);
  }

  async channelWorkspace(platform: Platform, channel: string): Promise<string | null> {
    return this.one('SELECT workspace FROM channel_workspaces WHERE platform = ? AND channel = ?', [platform, channel], (r) => r.workspace as string);
  }

  async ping(): Promise<boolean> {
    return this.db.prepare('SELECT 1 AS ok').get() !== undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
