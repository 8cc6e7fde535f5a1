// Versioned schema migrations of the SQLite store, applied in order at start-up inside one
// transaction each. The PostgreSQL store has the same versions in pg-migrations.ts.

/** Version 3, the same in both stores (BIGINT is an integer in SQLite too): many Slack workspaces —
 * installations made through OAuth, and which workspace each channel is in. */
export const SLACK_WORKSPACES = {
  version: 3,
  sql: `
      CREATE TABLE slack_installations (
        install_key TEXT PRIMARY KEY,
        installation_json TEXT NOT NULL,
        installed_at BIGINT NOT NULL
      );
      CREATE TABLE channel_workspaces (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        workspace TEXT NOT NULL,
        seen_at BIGINT NOT NULL,
        PRIMARY KEY (platform, channel)
      );
    `,
} as const;

export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        article_json TEXT NOT NULL,
        card_json TEXT NOT NULL,
        ingested_at INTEGER NOT NULL
      );
      CREATE INDEX articles_name ON articles(name);
      CREATE INDEX articles_ingested ON articles(ingested_at);

      CREATE TABLE card_messages (
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        message_id TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        created_at INTEGER NOT NULL,
        PRIMARY KEY (platform, channel, message_id)
      );

      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, channel)
      );

      CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        local_date TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1,
        late INTEGER NOT NULL DEFAULT 0,
        claimed_at INTEGER NOT NULL,
        claimed_by TEXT NOT NULL,
        delivered_at INTEGER,
        message_ids TEXT,
        error TEXT,
        UNIQUE (subscription_id, local_date)
      );

      CREATE TABLE seen_events (
        platform TEXT NOT NULL,
        event_id TEXT NOT NULL,
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (platform, event_id)
      );
    `,
  },
  {
    // Feeds: what is followed where, each item seen per feed, one story per canonical link (so a story
    // in two feeds is one article), and each story's delivery to each channel (claim-then-post).
    version: 2,
    sql: `
      ALTER TABLE articles ADD COLUMN via_feed INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        interval_ms INTEGER NOT NULL,
        next_poll_at INTEGER NOT NULL,
        last_polled_at INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_until INTEGER NOT NULL DEFAULT 0,
        polls INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX feeds_due ON feeds(next_poll_at);

      CREATE TABLE feed_follows (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        mode TEXT NOT NULL,
        created_by TEXT,
        created_at INTEGER NOT NULL,
        pause_notice TEXT,
        notice_owner TEXT,
        PRIMARY KEY (feed_id, platform, channel)
      );

      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        story_key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        link TEXT,
        article_id INTEGER REFERENCES articles(id),
        found_at INTEGER NOT NULL,
        briefed_at INTEGER
      );

      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        story_id INTEGER REFERENCES stories(id),
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      );

      CREATE TABLE channel_stories (
        story_id INTEGER NOT NULL REFERENCES stories(id),
        platform TEXT NOT NULL,
        channel TEXT NOT NULL,
        mode TEXT NOT NULL,
        status TEXT NOT NULL,
        queued_at INTEGER NOT NULL,
        claimed_by TEXT,
        claimed_at INTEGER,
        message_id TEXT,
        PRIMARY KEY (story_id, platform, channel)
      );
      CREATE INDEX channel_stories_pending ON channel_stories(status, platform);
      CREATE INDEX channel_stories_queued ON channel_stories(platform, channel, queued_at);
    `,
  },
  SLACK_WORKSPACES,
];
