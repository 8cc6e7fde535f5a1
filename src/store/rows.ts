// Rows as both stores read them back (column names are the same in SQLite and PostgreSQL; numbers
// and flags arrive as numbers or booleans), turned into the records of the store interface.

import type { ArticleRecord, ArticleSummary, Delivery, FeedFollow, FeedMode, FeedRecord, Platform, StoryRecord, Subscription } from './store.js';

export type Row = Record<string, unknown>;

export const toArticle = (r: Row): ArticleRecord => ({
  id: r.id as number,
  name: r.name as string,
  url: (r.url as string) ?? null,
  contentHash: r.content_hash as string,
  title: r.title as string,
  articleJson: r.article_json as string,
  cardJson: r.card_json as string,
  ingestedAt: r.ingested_at as number,
});
export const toSummary = (r: Row): ArticleSummary => ({
  id: r.id as number,
  name: r.name as string,
  url: (r.url as string) ?? null,
  title: r.title as string,
  ingestedAt: r.ingested_at as number,
});
export const toSubscription = (r: Row): Subscription => ({
  id: r.id as number,
  platform: r.platform as Platform,
  channel: r.channel as string,
  time: r.time as string,
  timeZone: r.time_zone as string,
  createdBy: (r.created_by as string) ?? null,
  createdAt: r.created_at as number,
});
export const toDelivery = (r: Row): Delivery => ({
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

export const toFeed = (r: Row): FeedRecord => ({
  id: r.id as number,
  url: r.url as string,
  title: (r.title as string) ?? null,
  etag: (r.etag as string) ?? null,
  lastModified: (r.last_modified as string) ?? null,
  intervalMs: r.interval_ms as number,
  nextPollAt: r.next_poll_at as number,
  lastPolledAt: (r.last_polled_at as number) ?? null,
  failures: r.failures as number,
  lastError: (r.last_error as string) ?? null,
  paused: !!r.paused,
  polls: r.polls as number,
  createdAt: r.created_at as number,
});
export const toFollow = (r: Row): FeedFollow => ({
  feedId: r.feed_id as number,
  platform: r.platform as Platform,
  channel: r.channel as string,
  mode: r.mode as FeedMode,
  createdBy: (r.created_by as string) ?? null,
  createdAt: r.created_at as number,
});
export const toStory = (r: Row): StoryRecord => ({
  id: r.id as number,
  storyKey: r.story_key as string,
  title: r.title as string,
  link: (r.link as string) ?? null,
  articleId: (r.article_id as number) ?? null,
  foundAt: r.found_at as number,
});

/** How long a found story may take to be briefed before it is delivered as it is. */
export const STORY_LEASE_MS = 10 * 60_000;
