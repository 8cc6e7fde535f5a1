// Polls followed feeds and turns their new stories into cards: each due feed is leased to one
// process, fetched through the safe fetcher with a conditional request, read in a worker thread,
// and each story new to briefbot is briefed once (its page; else the item's own text; else listed
// as "no card") and queued for every channel that follows the feed. Instant-mode stories are then
// posted, a few cards per channel per poll with the rest folded into one message.

import { randomUUID } from 'node:crypto';
import type { DigestPoster } from '../adapters/adapter.js';
import { HttpStatusError, safeFetch, type FetchedPage } from '../core/article/safe-fetch.js';
import { UserError } from '../core/errors.js';
import type { FeedDocument, FeedItem } from '../core/feed/feed-document.js';
import { itemKey, storyKey } from '../core/feed/story-key.js';
import type { Library } from '../library/library.js';
import type { ChannelStory, FeedMode, FeedPollResult, FeedRecord, Platform, Store } from '../store/store.js';
import { backoffMs, type CadenceOptions, maxAgeMs, pollInterval, shouldPause } from './cadence.js';
import { FeedReader } from './feed-reader.js';
import { HostLimit } from './host-limit.js';

export interface FeedPollerOptions {
  allowPrivateUrls: boolean;
  cadence: CadenceOptions;
  /** How many of the newest stories the first poll of a new feed treats as new (the rest: seen). */
  backfill: number;
  /** Cards an instant-mode channel gets per poll; the rest are folded into one message. */
  instantMax: number;
  owner?: string;
  clock?: () => number;
  random?: () => number;
  /** How long a feed (or an instant story) stays leased to the process polling (posting) it. */
  leaseMs?: number;
  perHost?: number;
  concurrency?: number;
  maxFeedBytes?: number;
  timeoutMs?: number;
  /** What could not be done but was carried on from (a story page that failed, a post refused). */
  onWarning?: (message: string, details: Record<string, unknown>) => void;
}

export interface FeedPollOutcome {
  feed: FeedRecord;
  status: 'new' | 'unchanged' | 'not-modified' | 'failed' | 'paused';
  newStories: number;
  error?: string;
}

export interface FollowResult {
  feed: FeedRecord;
  created: boolean;
  /** The feed was found through the page's <link rel="alternate">. */
  discoveredFrom: string | null;
  /** Stories queued for the channel by this first poll (the backfill). */
  queued: number;
}

export const FEED_ACCEPT = {
  types: /^(?:application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json|xml|xhtml\+xml)|text\/(?:xml|html|plain))\b/i,
  header: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5',
};

/** The most a feed document may weigh; real feeds are well under a megabyte. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

type Read =
  | { kind: 'feed'; page: FetchedPage; feed: FeedDocument }
  | { kind: 'page'; page: FetchedPage; links: string[] }
  | { kind: 'not-modified'; page: FetchedPage };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class FeedPoller {
  private readonly reader = new FeedReader();
  private readonly limit: HostLimit;
  private readonly clock: () => number;
  readonly owner: string;
  private readonly leaseMs: number;

  constructor(
    private readonly store: Store,
    private readonly library: Library,
    private readonly options: FeedPollerOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    this.owner = options.owner ?? randomUUID();
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.limit = new HostLimit(options.perHost ?? 2, options.concurrency ?? 16);
  }

  /** Fetches a feed (conditionally when it has validators) and reads it off the event loop. */
  private async fetchAndRead(url: string, validators: { etag: string | null; lastModified: string | null } | null): Promise<Read> {
    const headers: Record<string, string> = {};
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    const page = await this.limit.run(url, () =>
      safeFetch(url, {
        allowPrivate: this.options.allowPrivateUrls,
        accept: FEED_ACCEPT,
        headers,
        maxBytes: this.options.maxFeedBytes ?? MAX_FEED_BYTES,
        timeoutMs: this.options.timeoutMs ?? 15_000,
      }),
    );
    if (page.status === 304) return { kind: 'not-modified', page };
    const reply = await this.reader.read({ text: page.body, url: page.url, contentType: page.contentType });
    if (!reply.ok) throw reply.userError ? new UserError(reply.message) : new Error(reply.message);
    return reply.feed ? { kind: 'feed', page, feed: reply.feed } : { kind: 'page', page, links: reply.links };
  }

  /** Follows a feed (or the feed a page links to) in a channel; a new feed is polled at once. */
  async follow(url: string, who: { platform: Platform; channel: string; mode: FeedMode; createdBy: string | null }): Promise<FollowResult> {
    const known = await this.store.findFeedByUrl(url);
    if (known) {
      const { created } = await this.store.followFeed({ feedId: known.id, ...who }, this.clock());
      return { feed: (await this.store.getFeed(known.id))!, created, discoveredFrom: null, queued: 0 };
    }
    let read = await this.fetchAndRead(url, null);
    let discoveredFrom: string | null = null;
    if (read.kind === 'page') {
      const link = read.links[0];
      if (!link)
        throw new UserError(`${url} is a web page that names no feed (no <link rel="alternate"> to RSS, Atom or JSON Feed); give the feed's own address`);
      discoveredFrom = url;
      const already = await this.store.findFeedByUrl(link);
      if (already) {
        const { created } = await this.store.followFeed({ feedId: already.id, ...who }, this.clock());
        return { feed: (await this.store.getFeed(already.id))!, created, discoveredFrom, queued: 0 };
      }
      read = await this.fetchAndRead(link, null);
      if (read.kind !== 'feed') throw new UserError(`${link}, linked from ${url} as its feed, is not a feed briefbot can read`);
    }
    if (read.kind !== 'feed') throw new UserError(`${url} answered "not modified" to a first request`);
    const now = this.clock();
    const feed = await this.store.addFeed(read.page.url, this.options.cadence.defaultIntervalMs, now);
    const { created } = await this.store.followFeed({ feedId: feed.id, ...who }, now);
    // First poll with the document in hand: what is there already is marked seen, bar the backfill.
    const [leased] = await this.store.leaseFeeds(this.owner, now, { leaseMs: this.leaseMs, limit: 1, force: true, ids: [feed.id] });
    let queued = 0;
    if (leased && leased.polls === 0) queued = (await this.finishRead(leased, read)).newStories;
    else if (leased) await this.store.finishFeedPoll(leased.id, this.owner, this.unchanged(leased, now), now);
    return { feed: (await this.store.getFeed(feed.id))!, created, discoveredFrom, queued };
  }

  private unchanged(feed: FeedRecord, now: number): FeedPollResult {
    return {
      etag: feed.etag,
      lastModified: feed.lastModified,
      intervalMs: feed.intervalMs,
      nextPollAt: now + feed.intervalMs,
      failures: 0,
      lastError: null,
      paused: false,
      completed: true,
    };
  }

  /** Polls every due feed (every feed, once, with `force`), a batch at a time; returns what each poll found. */
  async poll(opts: { force?: boolean } = {}): Promise<FeedPollOutcome[]> {
    const outcomes: FeedPollOutcome[] = [];
    for (;;) {
      // A forced poll leases every feed in one batch (a polled feed is released at once, so a second
      // batch would take it again); due feeds are taken a batch at a time until none is due.
      const batch = await this.store.leaseFeeds(this.owner, this.clock(), { leaseMs: this.leaseMs, limit: opts.force ? 1_000_000 : 200, force: !!opts.force });
      if (!batch.length) break;
      outcomes.push(...(await Promise.all(batch.map((f) => this.pollFeed(f)))));
      if (opts.force) break;
    }
    return outcomes;
  }

  /** Polls one leased feed and records the outcome (releasing the lease). */
  async pollFeed(feed: FeedRecord): Promise<FeedPollOutcome> {
    const now = this.clock();
    let read: Read;
    try {
      read = await this.fetchAndRead(feed.url, feed.polls ? { etag: feed.etag, lastModified: feed.lastModified } : null);
      if (read.kind === 'page') throw new UserError(`${feed.url} is no longer a feed (it answered with a web page)`);
    } catch (err) {
      return await this.failed(feed, err, now);
    }
    if (read.page.movedTo) await this.moved(feed, read.page.movedTo);
    if (read.kind === 'not-modified') {
      // The interval set by the last full read (the feed's ttl) stands; a longer max-age extends it.
      const interval = Math.max(feed.intervalMs, pollInterval(this.options.cadence, { maxAgeMs: maxAgeMs(read.page.headers['cache-control']) }));
      await this.store.finishFeedPoll(feed.id, this.owner, { ...this.unchanged(feed, now), intervalMs: interval, nextPollAt: now + interval }, now);
      return { feed, status: 'not-modified', newStories: 0 };
    }
    return this.finishRead(feed, read);
  }

  private async moved(feed: FeedRecord, url: string): Promise<void> {
    if (url === feed.url) return;
    if (!(await this.store.moveFeed(feed.id, url)))
      this.options.onWarning?.('a feed moved permanently to an address another feed already has; kept the old address', { feed: feed.url, to: url });
  }

  private async failed(feed: FeedRecord, err: unknown, now: number): Promise<FeedPollOutcome> {
    const failures = feed.failures + 1;
    const message = err instanceof UserError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
    const wait = backoffMs(failures, feed.intervalMs, err instanceof HttpStatusError ? err.retryAfterMs : null, this.options.random);
    const paused = shouldPause(this.options.cadence, failures);
    await this.store.finishFeedPoll(
      feed.id,
      this.owner,
      {
        etag: feed.etag,
        lastModified: feed.lastModified,
        intervalMs: feed.intervalMs,
        nextPollAt: now + wait,
        failures,
        lastError: message.slice(0, 500),
        paused,
        completed: false,
      },
      now,
    );
    if (paused && !feed.paused)
      await this.store.setPauseNotice(
        feed.id,
        `⏸️ Paused the feed ${feed.title ?? feed.url} after ${plural(failures, 'failed poll')} in a row (last: ${message.slice(0, 200)}). Follow it again with /feed add ${feed.url} to resume, or /feed remove ${feed.url}.`,
      );
    return { feed, status: paused ? 'paused' : 'failed', newStories: 0, error: message };
  }

  /** Records a feed document: its new items become stories, queued for every channel that follows it. */
  private async finishRead(feed: FeedRecord, read: Extract<Read, { kind: 'feed' }>): Promise<FeedPollOutcome> {
    const now = this.clock();
    const doc = read.feed;
    const keyed = doc.items.map((item) => ({ item, key: itemKey(item) }));
    const fresh = new Set(await this.store.markFeedItems(feed.id, [...new Set(keyed.map((k) => k.key))], now));
    let newItems = keyed.filter((k) => fresh.has(k.key));
    // No flood: the first poll of a feed takes only the newest few as new.
    if (feed.polls === 0) newItems = [...newItems].sort((a, b) => (b.item.published ?? 0) - (a.item.published ?? 0)).slice(0, this.options.backfill);
    // Oldest first, so that digests and instant posts read in the order the stories appeared.
    newItems.sort((a, b) => (a.item.published ?? 0) - (b.item.published ?? 0));
    const follows = await this.store.followsOf(feed.id);
    // Stories are briefed side by side (the host limit and the reader pool bound how many at once),
    // then queued in order.
    const stories = await Promise.all(newItems.map(({ item }) => this.storyFor(item, feed)));
    for (const story of stories) for (const f of follows) await this.store.queueStory(story, f.platform, f.channel, f.mode, this.clock());
    const interval = pollInterval(this.options.cadence, { ttlMinutes: doc.ttlMinutes, maxAgeMs: maxAgeMs(read.page.headers['cache-control']) });
    await this.store.finishFeedPoll(
      feed.id,
      this.owner,
      {
        etag: headerText(read.page.headers.etag),
        lastModified: headerText(read.page.headers['last-modified']),
        title: doc.title,
        intervalMs: interval,
        nextPollAt: now + interval,
        failures: 0,
        lastError: null,
        paused: false,
        completed: true,
      },
      now,
    );
    return { feed, status: newItems.length ? 'new' : 'unchanged', newStories: newItems.length };
  }

  /** The story for an item: found (another feed had it) or briefed now; returns its id. */
  private async storyFor(item: FeedItem, feed: FeedRecord): Promise<number> {
    const { story, created } = await this.store.findOrAddStory({ storyKey: storyKey(item, feed.url), title: item.title, link: item.link }, this.clock());
    if (!created) return story.id;
    await this.store.setStoryArticle(story.id, await this.brief(item, feed), this.clock());
    return story.id;
  }

  /** Briefs a story: its page, else the item's own text; null when neither can be had ("no card"). */
  private async brief(item: FeedItem, feed: FeedRecord): Promise<number | null> {
    if (item.link) {
      try {
        const link = item.link;
        return (await this.limit.run(link, () => this.library.ingestUrl(link, { viaFeed: true }))).briefing.record.id;
      } catch (err) {
        this.options.onWarning?.("could not brief a story's page; using the feed item's own text", {
          feed: feed.url,
          link: item.link,
          reason: (err as Error).message,
        });
      }
    }
    if (
      item.content &&
      item.content
        .replace(/<[^>]*>/g, ' ')
        .trim()
        .split(/\s+/).length >= 20
    ) {
      try {
        const html = `<html><head><title>${escapeHtml(item.title)}</title></head><body><article>${item.content}</article></body></html>`;
        return (await this.library.ingestContent({ text: html, url: item.link, html: true, name: item.title, viaFeed: true })).briefing.record.id;
      } catch (err) {
        this.options.onWarning?.("could not brief a feed item's text; listing it without a card", {
          feed: feed.url,
          title: item.title,
          reason: (err as Error).message,
        });
      }
    }
    return null;
  }

  /** Posts the instant-mode stories waiting for each platform's channels, and any pause notices. */
  async deliverInstant(posters: ReadonlyMap<string, DigestPoster>): Promise<number> {
    let posted = 0;
    for (const poster of posters.values()) {
      if (!poster.postCard || !poster.postNotice) continue;
      for (const n of await this.store.claimPauseNotices(poster.platform, this.owner)) {
        await poster.postNotice(n.channel, n.text).then(
          () => this.store.completePauseNotice(n.feedId, poster.platform, n.channel, this.owner),
          (err: unknown) => this.options.onWarning?.('could not post a feed-paused notice', { channel: n.channel, reason: (err as Error).message }),
        );
      }
      const claimed = await this.store.claimInstantStories(poster.platform, this.owner, this.clock(), this.leaseMs);
      const byChannel = new Map<string, ChannelStory[]>();
      for (const c of claimed) byChannel.set(c.channel, [...(byChannel.get(c.channel) ?? []), c]);
      for (const [channel, stories] of byChannel) posted += await this.postToChannel(poster, channel, stories);
    }
    return posted;
  }

  private async postToChannel(poster: DigestPoster, channel: string, stories: ChannelStory[]): Promise<number> {
    const cards = stories.slice(0, this.options.instantMax);
    const folded = stories.slice(this.options.instantMax);
    let posted = 0;
    const release = async (s: ChannelStory, err: unknown) => {
      await this.store.releaseInstantStory(s.story.id, poster.platform, channel, this.owner);
      this.options.onWarning?.('could not post a feed story; it is tried again at the next poll', {
        channel,
        story: s.story.link,
        reason: (err as Error).message,
      });
    };
    for (const s of cards) {
      const briefing = s.story.articleId !== null ? await this.library.get(s.story.articleId) : null;
      try {
        const id = briefing ? await poster.postCard!(channel, briefing) : await poster.postNotice!(channel, noCardLine(s.story.title, s.story.link));
        await this.store.completeInstantStory(s.story.id, poster.platform, channel, this.owner, id);
        posted++;
      } catch (err) {
        await release(s, err);
      }
    }
    if (folded.length) {
      const text = [
        `…and ${plural(folded.length, 'more new story', 'more new stories')} from followed feeds:`,
        ...folded.map((s) => `• ${noCardLine(s.story.title, s.story.link, false)}`),
      ].join('\n');
      try {
        const id = await poster.postNotice!(channel, text);
        for (const s of folded) await this.store.completeInstantStory(s.story.id, poster.platform, channel, this.owner, id);
        posted += folded.length;
      } catch (err) {
        for (const s of folded) await release(s, err);
      }
    }
    return posted;
  }

  async close(): Promise<void> {
    await this.reader.close();
  }
}

/** A story shown without a card: its title and link. */
export function noCardLine(title: string, link: string | null, mark = true): string {
  return `${title.slice(0, 300)}${link ? ` — ${link}` : ''}${mark ? ' (no card)' : ''}`;
}

const headerText = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 500) ?? null;
