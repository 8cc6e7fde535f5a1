// The embedded default store: SQLite on disk through better-sqlite3, WAL mode so that several
// processes can share one file, with the migrations applied on open.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';
import type { ArticleRecord, Delivery, NewArticle, Platform, Store, Subscription } from './store.js';

type Row = Record<string, unknown>;

const toArticle = (r: Row): ArticleRecord => ({
  id: r.id as number,
  name: r.name as string,
  url: (r.url as string) ?? null,
  contentHash: r.content_hash as string,
  title: r.title as string,
  articleJson: r.article_json as string,
  cardJson: r.card_json as string,
  ingestedAt: r.ingested_at as number,
});
const toSubscription = (r: Row): Subscription => ({
  id: r.id as number,
  platform: r.platform as Platform,
  channel: r.channel as string,
  time: r.time as string,
  timeZone: r.time_zone as string,
  createdBy: (r.created_by as string) ?? null,
  createdAt: r.created_at as number,
});
const toDelivery = (r: Row): Delivery => ({
  id: r.id as number,
  subscriptionId: r.subscription_id as number,
  localDate: r.local_date as string,
  status: r.status as Delivery['status'],
  attempts: r.attempts as number,
  late: !!r.late,
  claimedAt: r.claimed_at as number,
  claimedBy: r.claimed_by as string,
  deliveredAt: (r.delivered_at as number) ?? null,
  messageIds: (r.message_ids as string) ?? null,
  error: (r.error as string) ?? null,
});

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

  saveArticle(a: NewArticle, now: number): { record: ArticleRecord; created: boolean } {
    return this.db
      .transaction(() => {
        const byHash = this.db.prepare('SELECT * FROM articles WHERE content_hash = ?').get(a.contentHash) as Row | undefined;
        const existing = (a.url ? this.findArticleByUrl(a.url) : null) ?? (byHash ? toArticle(byHash) : null);
        if (existing) return { record: existing, created: false };
        const info = this.db
          .prepare('INSERT INTO articles (name, url, content_hash, title, article_json, card_json, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, now);
        return { record: this.getArticle(Number(info.lastInsertRowid))!, created: true };
      })
      .immediate();
  }

  pruneArticleBodies(before: number, pruned: (record: ArticleRecord) => string): number {
    const rows = this.db.prepare('SELECT * FROM articles WHERE ingested_at < ? AND article_json NOT LIKE \'%"stored":"pruned"%\'').all(before) as Row[];
    const update = this.db.prepare('UPDATE articles SET article_json = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const r of rows) update.run(pruned(toArticle(r)), r.id);
    })();
    return rows.length;
  }

  replaceArticle(id: number, a: NewArticle): ArticleRecord {
    this.db
      .prepare('UPDATE articles SET name = ?, url = ?, content_hash = ?, title = ?, article_json = ?, card_json = ? WHERE id = ?')
      .run(a.name, a.url, a.contentHash, a.title, a.articleJson, a.cardJson, id);
    return this.getArticle(id)!;
  }

  getArticle(id: number): ArticleRecord | null {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return r ? toArticle(r) : null;
  }

  findArticleByName(name: string): ArticleRecord | null {
    const r = this.db.prepare('SELECT * FROM articles WHERE lower(name) = lower(?) ORDER BY id DESC LIMIT 1').get(name) as Row | undefined;
    return r ? toArticle(r) : null;
  }

  findArticleByUrl(url: string): ArticleRecord | null {
    const r = this.db.prepare('SELECT * FROM articles WHERE url = ?').get(url) as Row | undefined;
    return r ? toArticle(r) : null;
  }

  latestArticle(): ArticleRecord | null {
    const r = this.db.prepare('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT 1').get() as Row | undefined;
    return r ? toArticle(r) : null;
  }

  listArticles(limit: number): ArticleRecord[] {
    return (this.db.prepare('SELECT * FROM articles ORDER BY ingested_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(toArticle);
  }

  articlesIngestedAfter(time: number): ArticleRecord[] {
    return (this.db.prepare('SELECT * FROM articles WHERE ingested_at > ? ORDER BY ingested_at, id').all(time) as Row[]).map(toArticle);
  }

  rememberCardMessage(platform: Platform, channel: string, messageId: string, articleId: number, now: number): void {
    this.db
      .prepare('INSERT OR REPLACE INTO card_messages (platform, channel, message_id, article_id, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(platform, channel, messageId, articleId, now);
  }

  articleForMessage(platform: Platform, channel: string, messageId: string): number | null {
    const r = this.db.prepare('SELECT article_id FROM card_messages WHERE platform = ? AND channel = ? AND message_id = ?').get(platform, channel, messageId) as
      | Row
      | undefined;
    return r ? (r.article_id as number) : null;
  }

  latestCardInChannel(platform: Platform, channel: string): { messageId: string; articleId: number } | null {
    const r = this.db
      .prepare('SELECT message_id, article_id FROM card_messages WHERE platform = ? AND channel = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(platform, channel) as Row | undefined;
    return r ? { messageId: r.message_id as string, articleId: r.article_id as number } : null;
  }

  subscribe(sub: Omit<Subscription, 'id' | 'createdAt'>, now: number): Subscription {
    this.db
      .prepare(`INSERT INTO subscriptions (platform, channel, time, time_zone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (platform, channel) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone, created_by = excluded.created_by`)
      .run(sub.platform, sub.channel, sub.time, sub.timeZone, sub.createdBy, now);
    return toSubscription(this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel = ?').get(sub.platform, sub.channel) as Row);
  }

  unsubscribe(platform: Platform, channel: string): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel = ?').run(platform, channel).changes > 0;
  }

  listSubscriptions(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as Row[]).map(toSubscription);
  }

  getSubscription(id: number): Subscription | null {
    const r = this.db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(id) as Row | undefined;
    return r ? toSubscription(r) : null;
  }

  claimDelivery(
    subscriptionId: number,
    localDate: string,
    owner: string,
    now: number,
    opts: { late: boolean; leaseMs: number; maxAttempts: number },
  ): Delivery | null {
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
        return this.getDelivery(subscriptionId, localDate);
      })
      .immediate();
  }

  completeDelivery(id: number, owner: string, status: 'delivered' | 'empty', messageIds: string[], now: number): void {
    this.db
      .prepare(`UPDATE deliveries SET status = ?, delivered_at = ?, message_ids = ?, error = NULL WHERE id = ? AND claimed_by = ?`)
      .run(status, now, messageIds.join(','), id, owner);
  }

  recordDeliveryProgress(id: number, owner: string, messageIds: string[]): void {
    this.db.prepare('UPDATE deliveries SET message_ids = ? WHERE id = ? AND claimed_by = ?').run(messageIds.join(','), id, owner);
  }

  failDelivery(id: number, owner: string, error: string): void {
    this.db.prepare(`UPDATE deliveries SET status = 'failed', error = ? WHERE id = ? AND claimed_by = ?`).run(error.slice(0, 500), id, owner);
  }

  getDelivery(subscriptionId: number, localDate: string): Delivery | null {
    const r = this.db.prepare('SELECT * FROM deliveries WHERE subscription_id = ? AND local_date = ?').get(subscriptionId, localDate) as Row | undefined;
    return r ? toDelivery(r) : null;
  }

  lastDeliveredAt(subscriptionId: number): number | null {
    const r = this.db
      .prepare(`SELECT max(delivered_at) AS t FROM deliveries WHERE subscription_id = ? AND status IN ('delivered', 'empty')`)
      .get(subscriptionId) as Row;
    return (r.t as number) ?? null;
  }

  markEventSeen(platform: Platform, eventId: string, now: number): boolean {
    const info = this.db.prepare('INSERT OR IGNORE INTO seen_events (platform, event_id, seen_at) VALUES (?, ?, ?)').run(platform, eventId, now);
    // Old event ids are pruned; platforms retry within minutes, not days.
    if (info.changes && Math.random() < 0.01) this.db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(now - 7 * 86_400_000);
    return info.changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
