// The feed poller end to end: a local feed server on loopback, the real safe fetcher, feedsmith in
// the feed worker, article pages briefed in worker threads, on both stores (a real SQLite file, a
// real PostgreSQL database).

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DigestPoster } from '../../src/adapters/adapter.js';
import { FeedPoller, type FeedPollerOptions } from '../../src/feeds/poller.js';
import { Library, type StoredBriefing } from '../../src/library/library.js';
import { digestContents } from '../../src/schedule/deliver.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from '../helpers/stores.js';
import { FeedServer, story } from '../integration/feed-server.js';

/** A poster that records what it was asked to post. */
class RecordingPoster implements DigestPoster {
  readonly platform = 'slack' as const;
  readonly posts: Array<{ channel: string; kind: 'card' | 'notice'; text: string }> = [];
  failNext = 0;
  async postDigest(): Promise<string[]> {
    return [];
  }
  async postCard(channel: string, b: StoredBriefing): Promise<string> {
    if (this.failNext-- > 0) throw new Error('refused');
    this.posts.push({ channel, kind: 'card', text: b.card.title });
    return `m${this.posts.length}`;
  }
  async postNotice(channel: string, text: string): Promise<string> {
    this.posts.push({ channel, kind: 'notice', text });
    return `m${this.posts.length}`;
  }
}

let server: FeedServer;
let db: { open(): Promise<Store> };
let store: Store;
let library: Library;
let now: number;
const pollers: FeedPoller[] = [];

function poller(extra: Partial<FeedPollerOptions> = {}, s = store, l = library): FeedPoller {
  const p = new FeedPoller(s, l, {
    allowPrivateUrls: true,
    cadence: { defaultIntervalMs: 15 * 60_000, pauseAfterFailures: 3 },
    backfill: 3,
    instantMax: 2,
    clock: () => now,
    random: () => 0.5,
    ...extra,
  });
  pollers.push(p);
  return p;
}

const shell = (mode: 'digest' | 'instant' = 'digest', channel = 'terminal') => ({ platform: 'shell' as const, channel, mode, createdBy: 'test' });
const slackChannel = (mode: 'digest' | 'instant', channel = 'C0FEEDS1') => ({ platform: 'slack' as const, channel, mode, createdBy: 'U1' });

beforeAll(async () => {
  server = new FeedServer();
  await server.start();
});
afterAll(() => server.stop());

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(`feeds on the ${backend.name} store`, () => {
    beforeEach(async () => {
      server.stories = [1, 2, 3, 4, 5].map((n) => story(`story-${n}`, n, `2026-11-0${n}T08:00:00Z`));
      server.requests.length = 0;
      server.version = 1;
      db = await backend.database();
      store = await db.open();
      library = new Library(store, { allowPrivateUrls: true });
      now = Date.parse('2026-11-10T12:00:00Z');
    });
    afterEach(async () => {
      for (const p of pollers.splice(0)) await p.close();
      await store.close();
    });

    describe('following a feed', () => {
      it.each([
        ['RSS 2.0', '/rss.xml', 'Port Ellis Gazette'],
        ['RSS 0.91', '/rss09.xml', 'Port Ellis Gazette (0.91)'],
        ['RSS 1.0 (RDF)', '/rdf.xml', 'Port Ellis Gazette (RDF)'],
        ['Atom 1.0', '/atom.xml', 'Port Ellis Gazette (Atom)'],
        ['JSON Feed 1.1', '/feed.json', 'Port Ellis Gazette (JSON)'],
      ])('reads %s: the newest stories become cards, the rest are marked seen', async (_format, path, title) => {
        const p = poller();
        const r = await p.follow(`${server.base}${path}`, shell());
        expect(r.created).toBe(true);
        expect(r.feed.title).toBe(title);
        expect(r.queued).toBe(3);
        const sub = await store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, now - 1000);
        const { records, withoutCard } = await digestContents(store, sub, now - 1000, now);
        expect(withoutCard).toEqual([]);
        // RSS 0.91 has no dates: the first three items in the feed's order are the newest.
        expect(records.map((a) => a.title).sort()).toEqual([
          'Harbour council story 3 vote 3',
          'Harbour council story 4 vote 4',
          'Harbour council story 5 vote 5',
        ]);
        // Each card was briefed from the story's page: people with their titles.
        const card = JSON.parse((await store.getArticle(records[0].id))!.cardJson);
        expect(card.participants.map((x: { name: string }) => x.name)).toContain('Tessa Brandvold');
      });

      it('finds the feed a web page links to, and refuses a page that names none (storing nothing)', async () => {
        const p = poller();
        const r = await p.follow(`${server.base}/news`, shell());
        expect(r.feed.url).toBe(`${server.base}/atom.xml`);
        expect(r.discoveredFrom).toBe(`${server.base}/news`);
        await expect(p.follow(`${server.base}/about`, shell())).rejects.toThrow(/names no feed/);
        await expect(p.follow(`${server.base}/malformed.xml`, shell())).rejects.toThrow(/not an RSS, Atom or JSON feed/);
        expect((await store.listFeeds()).map((f) => f.url)).toEqual([`${server.base}/atom.xml`]);
      });

      it('refuses private addresses unless allowed', async () => {
        const p = poller({ allowPrivateUrls: false });
        await expect(p.follow(`${server.base}/rss.xml`, shell())).rejects.toThrow(/private or local/);
        expect(await store.listFeeds()).toEqual([]);
      });
    });

    describe('polling', () => {
      it('sends the ETag back, and a 304 adds nothing; a new story is found once', async () => {
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        now += 20 * 60_000;
        const [second] = await p.poll({ force: true });
        expect(second.status).toBe('not-modified');
        expect(server.hits('/rss.xml').at(-1)!.headers['if-none-match']).toMatch(/^"v1-5"$/);
        server.stories.push(story('story-6', 6, '2026-11-09T08:00:00Z'));
        const [third] = await p.poll({ force: true });
        expect(third).toMatchObject({ status: 'new', newStories: 1 });
        const [fourth] = await p.poll({ force: true });
        expect(fourth.status).toBe('not-modified');
        expect(await store.listArticles(50)).toHaveLength(4);
      });

      it('polls each feed at its interval: the feed ttl (20 min) over the 15-minute default', async () => {
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        expect((await store.listFeeds())[0].nextPollAt).toBe(now + 20 * 60_000);
        now += 19 * 60_000;
        expect(await p.poll()).toEqual([]);
        now += 60_000;
        expect(await p.poll()).toHaveLength(1);
      });

      it('follows a permanent redirect and stores the new address', async () => {
        const p = poller();
        const r = await p.follow(`${server.base}/moved.xml`, shell());
        expect(r.feed.url).toBe(`${server.base}/rss.xml`);
        // A feed stored under an old address moves when it answers 301.
        const old = await store.addFeed(`${server.base}/moved.xml`, 900_000, now);
        await store.followFeed({ feedId: old.id, ...shell('digest', 'other') }, now);
        await store.unfollowFeed(r.feed.id, 'shell', 'terminal');
        await p.poll({ force: true });
        expect((await store.getFeed(old.id))!.url).toBe(`${server.base}/rss.xml`);
      });

      it('waits out Retry-After on 429, backs off, and pauses a feed that keeps failing with one notice', async () => {
        const p = poller();
        const feed = await store.addFeed(`${server.base}/limited.xml`, 900_000, now);
        await store.followFeed({ feedId: feed.id, ...slackChannel('instant') }, now);
        server.retryAfter = 3600;
        const [first] = await p.poll();
        expect(first.status).toBe('failed');
        expect(first.error).toMatch(/429/);
        expect((await store.getFeed(feed.id))!.nextPollAt).toBe(now + 3_600_000);
        server.retryAfter = 1;
        now = (await store.getFeed(feed.id))!.nextPollAt;
        await p.poll();
        // Second failure: doubled interval (30 min) beats the 1 s Retry-After.
        expect((await store.getFeed(feed.id))!.nextPollAt).toBe(now + 30 * 60_000);
        now = (await store.getFeed(feed.id))!.nextPollAt;
        const [third] = await p.poll();
        expect(third.status).toBe('paused');
        now += 86_400_000;
        expect(await p.poll()).toEqual([]);
        const poster = new RecordingPoster();
        await p.deliverInstant(new Map([['slack', poster]]));
        await p.deliverInstant(new Map([['slack', poster]]));
        expect(poster.posts).toHaveLength(1);
        expect(poster.posts[0].text).toMatch(/Paused the feed .*3 failed polls in a row/);
        // Following it again resumes it.
        await store.followFeed({ feedId: feed.id, ...slackChannel('instant') }, now);
        expect((await store.getFeed(feed.id))!.paused).toBe(false);
      });

      it('reports a malformed feed as a failure without stopping the others', async () => {
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        const bad = await store.addFeed(`${server.base}/malformed.xml`, 900_000, now);
        await store.followFeed({ feedId: bad.id, ...shell() }, now);
        const outcomes = await p.poll({ force: true });
        expect(outcomes.map((o) => o.status).sort()).toEqual(['failed', 'not-modified']);
        expect((await store.getFeed(bad.id))!.lastError).toMatch(/not an RSS, Atom or JSON feed/);
      });
    });

    describe('stories', () => {
      it('the same story in two feeds (a tracking parameter apart) is one article and one entry per channel', async () => {
        server.stories[4].linkQuery = 'utm_source=atom&utm_medium=feed';
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        await p.follow(`${server.base}/atom.xml`, shell());
        const sub = await store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, now - 1000);
        const { records } = await digestContents(store, sub, now - 1000, now);
        expect(records).toHaveLength(3);
        expect(await store.listArticles(50)).toHaveLength(3);
      });

      it('briefs the item text when the page is gone, and lists a story with neither as "no card"', async () => {
        server.stories[4].body = [];
        server.stories[3].body = [];
        server.stories[3].summary = 'Too short.';
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        const sub = await store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, now - 1000);
        const { records, withoutCard } = await digestContents(store, sub, now - 1000, now);
        expect(records.map((r) => r.title).sort()).toEqual(['Harbour council story 3 vote 3', 'Harbour council story 5 vote 5']);
        expect(withoutCard).toEqual([{ title: 'Harbour council story 4 vote 4', link: `${server.base}/stories/story-4.html` }]);
      });

      it('feed stories join only the digests of channels that follow the feed', async () => {
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, slackChannel('digest', 'C0FOLLOWS'));
        const follows = await store.subscribe({ platform: 'slack', channel: 'C0FOLLOWS', time: '09:00', timeZone: 'UTC', createdBy: null }, now - 1000);
        const other = await store.subscribe({ platform: 'slack', channel: 'C0OTHERS', time: '09:00', timeZone: 'UTC', createdBy: null }, now - 1000);
        expect((await digestContents(store, follows, now - 1000, now)).records).toHaveLength(3);
        expect((await digestContents(store, other, now - 1000, now)).records).toHaveLength(0);
      });
    });

    describe('history', () => {
      it('forgets items gone from their feed after the keep period, but never items still in it', async () => {
        const p = poller();
        await p.follow(`${server.base}/rss.xml`, shell());
        now += 40 * 86_400_000;
        server.stories = server.stories.slice(3);
        server.version++;
        await p.poll({ force: true });
        expect(await store.pruneFeedHistory(now - 30 * 86_400_000)).toBeGreaterThanOrEqual(3);
        server.version++;
        const [again] = await p.poll({ force: true });
        // Stories 4 and 5 are still in the feed: still known, not new.
        expect(again).toMatchObject({ status: 'unchanged', newStories: 0 });
      });
    });

    describe('instant mode', () => {
      it('posts at most N cards per channel per poll, folds the rest into one message, and never posts twice', async () => {
        const p = poller({ backfill: 5 });
        await p.follow(`${server.base}/rss.xml`, slackChannel('instant'));
        const poster = new RecordingPoster();
        expect(await p.deliverInstant(new Map([['slack', poster]]))).toBe(5);
        expect(poster.posts.map((x) => x.kind)).toEqual(['card', 'card', 'notice']);
        // Oldest first.
        expect(poster.posts[0].text).toBe('Harbour council story 1 vote 1');
        expect(poster.posts[2].text).toMatch(/and 3 more new stories[\s\S]*story 3 vote 3[\s\S]*story 5 vote 5/);
        expect(await p.deliverInstant(new Map([['slack', poster]]))).toBe(0);
        expect(poster.posts).toHaveLength(3);
      });

      it('a post that fails is tried again at the next poll', async () => {
        const p = poller({ backfill: 1 });
        await p.follow(`${server.base}/rss.xml`, slackChannel('instant'));
        const poster = new RecordingPoster();
        poster.failNext = 1;
        expect(await p.deliverInstant(new Map([['slack', poster]]))).toBe(0);
        expect(await p.deliverInstant(new Map([['slack', poster]]))).toBe(1);
        expect(poster.posts.map((x) => x.text)).toEqual(['Harbour council story 5 vote 5']);
      });

      it('two processes on one database: each story is briefed once and posted once', async () => {
        const p1 = poller({ backfill: 0 });
        await p1.follow(`${server.base}/rss.xml`, slackChannel('instant'));
        await p1.follow(`${server.base}/atom.xml`, slackChannel('instant'));
        server.stories.push(story('story-6', 6, '2026-11-09T08:00:00Z'), story('story-7', 7, '2026-11-09T09:00:00Z'));
        const store2 = await db.open();
        const p2 = poller({ backfill: 0 }, store2, new Library(store2, { allowPrivateUrls: true }));
        const poster1 = new RecordingPoster();
        const poster2 = new RecordingPoster();
        await Promise.all([p1.poll({ force: true }), p2.poll({ force: true })]);
        await Promise.all([p1.deliverInstant(new Map([['slack', poster1]])), p2.deliverInstant(new Map([['slack', poster2]]))]);
        const posted = [...poster1.posts, ...poster2.posts].map((x) => x.text).sort();
        expect(posted).toEqual(['Harbour council story 6 vote 6', 'Harbour council story 7 vote 7']);
        expect(await store.listArticles(50)).toHaveLength(2);
        await store2.close();
      });
    });
  });
