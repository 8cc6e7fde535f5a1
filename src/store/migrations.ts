// Versioned schema migrations, applied in order at start-up inside one transaction each.

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
];
