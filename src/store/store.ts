// The storage interface the rest of the bot depends on, so that a server database can replace
// the embedded SQLite store without touching the adapters or the scheduler.

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

export type NewArticle = Omit<ArticleRecord, 'id' | 'ingestedAt'>;

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
  saveArticle(article: NewArticle, now: number): { record: ArticleRecord; created: boolean };
  /** Replaces a stored article's text and card (a file in the briefings folder that changed); the id stays. */
  replaceArticle(id: number, article: NewArticle): ArticleRecord;
  /** Replaces the text of articles ingested before `before` with `prunedJson(record)`; returns how many. */
  pruneArticleBodies(before: number, pruned: (record: ArticleRecord) => string): number;
  getArticle(id: number): ArticleRecord | null;
  findArticleByName(name: string): ArticleRecord | null;
  findArticleByUrl(url: string): ArticleRecord | null;
  latestArticle(): ArticleRecord | null;
  listArticles(limit: number): ArticleRecord[];
  articlesIngestedAfter(time: number): ArticleRecord[];

  rememberCardMessage(platform: Platform, channel: string, messageId: string, articleId: number, now: number): void;
  articleForMessage(platform: Platform, channel: string, messageId: string): number | null;
  /** The newest card posted in a channel: what "/ask" outside a thread is about. */
  latestCardInChannel(platform: Platform, channel: string): { messageId: string; articleId: number } | null;

  subscribe(sub: Omit<Subscription, 'id' | 'createdAt'>, now: number): Subscription;
  unsubscribe(platform: Platform, channel: string): boolean;
  listSubscriptions(): Subscription[];
  getSubscription(id: number): Subscription | null;

  /** Claims the digest of one subscription for one local date; null when another owner has it or it is done. */
  claimDelivery(
    subscriptionId: number,
    localDate: string,
    owner: string,
    now: number,
    opts: { late: boolean; leaseMs: number; maxAttempts: number },
  ): Delivery | null;
  /** Records the messages posted so far, while the claim is still held. */
  recordDeliveryProgress(id: number, owner: string, messageIds: string[]): void;
  completeDelivery(id: number, owner: string, status: 'delivered' | 'empty', messageIds: string[], now: number): void;
  failDelivery(id: number, owner: string, error: string): void;
  getDelivery(subscriptionId: number, localDate: string): Delivery | null;
  lastDeliveredAt(subscriptionId: number): number | null;

  /** Records a platform event id; false when it was seen before (a retry). */
  markEventSeen(platform: Platform, eventId: string, now: number): boolean;

  close(): void;
}
