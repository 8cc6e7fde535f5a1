// The storage interface the rest of the bot depends on: the embedded SQLite store (the default) or
// PostgreSQL for several replicas (BRIEFBOT_DB=postgres://…), without touching the adapters or the
// scheduler. Every call is asynchronous, because a server database answers over the network.

export type Platform = 'shell' | 'slack' | 'discord';

export interface ArticleRecord {
  id: number;
  /** Short name users type: the file name without extension, or a slug of the title. */
  name: string;
  url: string | null;
  contentHash: string;
  title: string;
  /** The parsed Article (JSON), so a briefing can be rebuilt without parsing again. */
  articleJson: string;
  cardJson: string;
  ingestedAt: number;
}

/** An article without its text and card: what a digest lists before it reads each briefing. */
export type ArticleSummary = Pick<ArticleRecord, 'id' | 'name' | 'url' | 'title' | 'ingestedAt'>;

export type NewArticle = Omit<ArticleRecord, 'id' | 'ingestedAt'> & {
  /** Came from a followed feed: it joins the digests of the channels that follow it, not every digest. */
  viaFeed?: boolean;
};

/** How a channel takes a feed's new stories: in its daily digest, or each as a card when found. */
export type FeedMode = 'digest' | 'instant';

export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  intervalMs: number;
  nextPollAt: number;
  lastPolledAt: number | null;
  /** Failures in a row; reset by a good poll. */
  failures: number;
  lastError: string | null;
  paused: boolean;
  /** Polls completed: the first one marks what is there already as seen. */
  polls: number;
  createdAt: number;
}

export interface FeedFollow {
  feedId: number;
  platform: Platform;
  channel: string;
  mode: FeedMode;
  createdBy: string | null;
  createdAt: number;
}

export interface StoryRecord {
  id: number;
  /** guid/id, else canonical link, else a hash of title and date: one story however many feeds carry it. */
  storyKey: string;
  title: string;
  link: string | null;
  /** The article briefed from the story; null when neither its page nor the item's content could be read ("no card"). */
  articleId: number | null;
  foundAt: number;
}

/** A story waiting for, or claimed for, one channel. */
export interface ChannelStory {
  story: StoryRecord;
  platform: Platform;
  channel: string;
  mode: FeedMode;
}

export interface FeedPollResult {
  etag: string | null;
  lastModified: string | null;
  title?: string | null;
  intervalMs: number;
  nextPollAt: number;
  failures: number;
  lastError: string | null;
  paused: boolean;
  /** The poll read the feed (200 or 304): counts towards "first poll". */
  completed: boolean;
}

export interface Subscription {
  id: number;
  platform: Platform;
  channel: string;
  /** "HH:MM" in the subscription's zone. */
  time: string;
  timeZone: string;
  createdBy: string | null;
  createdAt: number;
}

export type DeliveryStatus = 'claimed' | 'delivered' | 'empty' | 'failed';

export interface Delivery {
  id: number;
  subscriptionId: number;
  localDate: string;
  status: DeliveryStatus;
  attempts: number;
  late: boolean;
  claimedAt: number;
  claimedBy: string;
  deliveredAt: number | null;
  messageIds: string | null;
  error: string | null;
}

export interface Store {
  /** Saves an article unless the same URL or content is stored already; returns the stored one. */
  saveArticle(article: NewArticle, now: number): Promise<{ record: ArticleRecord; created: boolean }>;
  /** Replaces a stored article's text and card (a file in the briefings folder that changed); the id stays. */
  replaceArticle(id: number, article: NewArticle): Promise<ArticleRecord>;
  /** Replaces the text of articles ingested before `before` with `prunedJson(record)`; returns how many. */
  pruneArticleBodies(before: number, pruned: (record: ArticleRecord) => string): Promise<number>;
  getArticle(id: number): Promise<ArticleRecord | null>;
  findArticleByName(name: string): Promise<ArticleRecord | null>;
  findArticleByUrl(url: string): Promise<ArticleRecord | null>;
  latestArticle(): Promise<ArticleRecord | null>;
  listArticles(limit: number): Promise<ArticleRecord[]>;
  articlesIngestedAfter(time: number): Promise<ArticleSummary[]>;

  rememberCardMessage(platform: Platform, channel: string, messageId: string, articleId: number, now: number): Promise<void>;
  articleForMessage(platform: Platform, channel: string, messageId: string): Promise<number | null>;
  /** The newest card posted in a channel: what "/ask" outside a thread is about. */
  latestCardInChannel(platform: Platform, channel: string): Promise<{ messageId: string; articleId: number } | null>;

  subscribe(sub: Omit<Subscription, 'id' | 'createdAt'>, now: number): Promise<Subscription>;
  unsubscribe(platform: Platform, channel: string): Promise<boolean>;
  listSubscriptions(): Promise<Subscription[]>;
  getSubscription(id: number): Promise<Subscription | null>;

  /** Claims the digest of one subscription for one local date; null when another owner has it or it is done. */
  claimDelivery(
    subscriptionId: number,
    localDate: string,
    owner: string,
    now: number,
    opts: { late: boolean; leaseMs: number; maxAttempts: number },
  ): Promise<Delivery | null>;
  /** Records the messages posted so far, while the claim is still held, and renews its lease from `now`. */
  recordDeliveryProgress(id: number, owner: string, messageIds: string[], now: number): Promise<void>;
  completeDelivery(id: number, owner: string, status: 'delivered' | 'empty', messageIds: string[], now: number): Promise<void>;
  failDelivery(id: number, owner: string, error: string): Promise<void>;
  getDelivery(subscriptionId: number, localDate: string): Promise<Delivery | null>;
  lastDeliveredAt(subscriptionId: number): Promise<number | null>;
  /** The digests of these local dates that are done (delivered or empty), as "subscriptionId/localDate":
   * one query per tick instead of one per subscription. */
  finishedDeliveries(localDates: readonly string[]): Promise<Set<string>>;

  /** Adds a feed (or returns the one with that URL) ready to poll now. */
  addFeed(url: string, intervalMs: number, now: number): Promise<FeedRecord>;
  getFeed(id: number): Promise<FeedRecord | null>;
  findFeedByUrl(url: string): Promise<FeedRecord | null>;
  listFeeds(): Promise<FeedRecord[]>;
  /** Follows a feed in a channel (changing the mode when followed already); un-pauses the feed. */
  followFeed(follow: Omit<FeedFollow, 'createdAt'>, now: number): Promise<{ follow: FeedFollow; created: boolean }>;
  /** Stops following; the feed itself goes once no channel follows it. */
  unfollowFeed(feedId: number, platform: Platform, channel: string): Promise<boolean>;
  followsOf(feedId: number): Promise<FeedFollow[]>;
  followsIn(platform: Platform, channel: string): Promise<Array<FeedFollow & { feed: FeedRecord }>>;
  /** Leases feeds to poll to one owner: those due (or all with `force`), not paused, not leased to another. */
  leaseFeeds(owner: string, now: number, opts: { leaseMs: number; limit: number; force: boolean; ids?: number[] }): Promise<FeedRecord[]>;
  /** Records a poll's outcome while the lease is held, and releases the lease. */
  finishFeedPoll(id: number, owner: string, result: FeedPollResult, now: number): Promise<void>;
  /** A permanent redirect: the feed's stored URL becomes the new one (false when another feed has it). */
  moveFeed(id: number, url: string): Promise<boolean>;
  /** Marks a feed's item keys as seen; returns the ones that were new to this feed. */
  markFeedItems(feedId: number, itemKeys: readonly string[], now: number): Promise<string[]>;
  /** Forgets feed items gone from their feed since `before`, and delivered stories queued before it; returns how many rows went. */
  pruneFeedHistory(before: number): Promise<number>;
  /** One story per key across feeds: the stored one, or a new one. */
  findOrAddStory(story: { storyKey: string; title: string; link: string | null }, now: number): Promise<{ story: StoryRecord; created: boolean }>;
  /** Records the story's briefing (its article, or none: "no card"); until then it is not posted alone. */
  setStoryArticle(storyId: number, articleId: number | null, now: number): Promise<void>;
  /** Queues a story for a channel; false when that channel has it already (from another feed, say). */
  queueStory(storyId: number, platform: Platform, channel: string, mode: FeedMode, now: number): Promise<boolean>;
  /** Claims a platform's instant stories waiting to be posted (or abandoned past the lease), once
   * briefed (or found longer than a lease ago: the process briefing it died). */
  claimInstantStories(platform: Platform, owner: string, now: number, leaseMs: number): Promise<ChannelStory[]>;
  /** Records a claimed story as posted (its message) or folded into an "and K more" message. */
  completeInstantStory(storyId: number, platform: Platform, channel: string, owner: string, messageId: string): Promise<void>;
  /** Gives a claimed story back (its post failed): it is tried again at the next poll. */
  releaseInstantStory(storyId: number, platform: Platform, channel: string, owner: string): Promise<void>;
  /** The digest-mode stories of a channel that became ready (queued and briefed) after `since`, oldest first. */
  digestStories(platform: Platform, channel: string, since: number, now: number): Promise<StoryRecord[]>;
  /** Pause messages not yet posted to a platform's channels, claimed so that only one process sends each. */
  claimPauseNotices(platform: Platform, owner: string): Promise<Array<{ feedId: number; channel: string; text: string }>>;
  setPauseNotice(feedId: number, text: string | null): Promise<void>;
  completePauseNotice(feedId: number, platform: Platform, channel: string, owner: string): Promise<void>;

  /** A Slack workspace's (or Enterprise Grid organisation's) installation through OAuth, as Bolt gives it (JSON). */
  saveSlackInstallation(key: string, installationJson: string, now: number): Promise<void>;
  slackInstallation(key: string): Promise<string | null>;
  deleteSlackInstallation(key: string): Promise<void>;
  /** Which workspace a channel belongs to (learnt from the commands and events that come from it), so
   * that its digests and feed cards are posted with that workspace's token. */
  rememberChannelWorkspace(platform: Platform, channel: string, workspace: string, now: number): Promise<void>;
  channelWorkspace(platform: Platform, channel: string): Promise<string | null>;

  /** True when the database answers a trivial query (the readiness check); throws when it cannot. */
  ping(): Promise<boolean>;

  /** Records a platform event id; false when it was seen before (a retry). */
  markEventSeen(platform: Platform, eventId: string, now: number): Promise<boolean>;

  close(): Promise<void>;
}
