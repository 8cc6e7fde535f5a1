// The store interface's promises, held by both stores: SQLite (the default) and PostgreSQL (replicas).

import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from '../helpers/stores.js';

const article = (n: number, url: string | null = null) => ({
  name: `a${n}`,
  url,
  contentHash: `hash-${n}`,
  title: `Title ${n}`,
  articleJson: '{}',
  cardJson: '{}',
});

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`${backend.name} store`, () => {
    const open: Store[] = [];
    /** A fresh database, and a function that opens another connection to it (another replica). */
    async function fresh(): Promise<{ store: Store; another: () => Promise<Store> }> {
      const db = await backend.database();
      const another = async () => {
        const s = await db.open();
        open.push(s);
        return s;
      };
      return { store: await another(), another };
    }
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });

    it('keeps data across a reopen (migrations applied once)', async () => {
      const { store: a, another } = await fresh();
      const { record } = await a.saveArticle(article(1), 1000);
      await a.rememberCardMessage('discord', 'T1', 'T1', record.id, 1000);
      await a.subscribe({ platform: 'slack', channel: 'C1', time: '09:00', timeZone: 'UTC', createdBy: null }, 1000);
      await a.close();
      const b = await another();
      expect((await b.listArticles(10)).map((x) => x.name)).toEqual(['a1']);
      expect(await b.articleForMessage('discord', 'T1', 'T1')).toBe(record.id);
      expect(await b.listSubscriptions()).toHaveLength(1);
      expect(await b.ping()).toBe(true);
    });

    it('replicas starting together migrate one database once', async () => {
      const { another } = await fresh();
      const stores = await Promise.all([another(), another(), another()]);
      await stores[0].saveArticle(article(1), 1);
      expect(await stores[2].listArticles(5)).toHaveLength(1);
    });

    it('deduplicates articles by content and by URL, also when two replicas save the same one at once', async () => {
      const { store: s, another } = await fresh();
      expect((await s.saveArticle(article(1, 'https://x.test/1'), 1)).created).toBe(true);
      expect((await s.saveArticle({ ...article(2, 'https://x.test/1') }, 2)).created).toBe(false);
      expect((await s.saveArticle({ ...article(1), name: 'other' }, 3)).created).toBe(false);
      const t = await another();
      const both = await Promise.all([s.saveArticle(article(5), 5), t.saveArticle(article(5), 5)]);
      expect(both.filter((r) => r.created)).toHaveLength(1);
      expect(both[0].record.id).toBe(both[1].record.id);
      expect(await s.listArticles(10)).toHaveLength(2);
    });

    it('finds articles by name (any case), id and URL; lists the newest first; replaces a changed file in place', async () => {
      const { store: s } = await fresh();
      const { record: one } = await s.saveArticle(article(1, 'https://x.test/a'), 10);
      const { record: two } = await s.saveArticle(article(2), 20);
      expect((await s.findArticleByName('A2'))?.id).toBe(two.id);
      expect((await s.findArticleByUrl('https://x.test/a'))?.id).toBe(one.id);
      expect((await s.getArticle(one.id))?.title).toBe('Title 1');
      expect(await s.getArticle(9999)).toBeNull();
      expect((await s.latestArticle())?.id).toBe(two.id);
      expect((await s.listArticles(1)).map((a) => a.id)).toEqual([two.id]);
      expect((await s.articlesIngestedAfter(10)).map((a) => a.id)).toEqual([two.id]);
      const replaced = await s.replaceArticle(two.id, { ...article(2), contentHash: 'new', title: 'Changed' });
      expect(replaced).toMatchObject({ id: two.id, title: 'Changed', contentHash: 'new' });
      // A feed's article joins only the digests of channels that follow the feed.
      await s.saveArticle({ ...article(3), viaFeed: true }, 30);
      expect((await s.articlesIngestedAfter(20)).map((a) => a.name)).toEqual([]);
    });

    it('prunes old article texts and keeps the rest', async () => {
      const { store: s } = await fresh();
      await s.saveArticle(article(1), 10);
      await s.saveArticle(article(2), 100);
      expect(await s.pruneArticleBodies(50, () => '{"stored":"pruned"}')).toBe(1);
      expect((await s.findArticleByName('a1'))?.articleJson).toBe('{"stored":"pruned"}');
      expect((await s.findArticleByName('a2'))?.articleJson).toBe('{}');
      expect(await s.pruneArticleBodies(50, () => '{"stored":"pruned"}')).toBe(0);
    });

    it('remembers which article a card message belongs to, and the newest card of a channel', async () => {
      const { store: s } = await fresh();
      const { record } = await s.saveArticle(article(1), 1);
      const { record: second } = await s.saveArticle(article(2), 2);
      await s.rememberCardMessage('slack', 'C1', '111.1', record.id, 10);
      await s.rememberCardMessage('slack', 'C1', '222.2', second.id, 20);
      expect(await s.articleForMessage('slack', 'C1', '111.1')).toBe(record.id);
      expect(await s.articleForMessage('slack', 'C2', '111.1')).toBeNull();
      expect(await s.latestCardInChannel('slack', 'C1')).toEqual({ messageId: '222.2', articleId: second.id });
      expect(await s.latestCardInChannel('slack', 'C9')).toBeNull();
    });

    it('one subscription per channel; a claim is exclusive until done or its lease runs out', async () => {
      const { store: s } = await fresh();
      const sub = await s.subscribe({ platform: 'shell', channel: 't', time: '09:00', timeZone: 'UTC', createdBy: 'me' }, 1);
      expect((await s.subscribe({ platform: 'shell', channel: 't', time: '10:00', timeZone: 'UTC', createdBy: 'me' }, 2)).id).toBe(sub.id);
      expect((await s.getSubscription(sub.id))?.time).toBe('10:00');
      const opts = { late: false, leaseMs: 1000, maxAttempts: 3 };
      const claim = (await s.claimDelivery(sub.id, '2026-01-01', 'a', 100, opts))!;
      expect(claim).toMatchObject({ status: 'claimed', attempts: 1, claimedBy: 'a', late: false });
      expect(await s.claimDelivery(sub.id, '2026-01-01', 'b', 500, opts)).toBeNull();
      expect((await s.claimDelivery(sub.id, '2026-01-01', 'b', 1200, { ...opts, late: true }))?.claimedBy).toBe('b');
      await s.recordDeliveryProgress(claim.id, 'b', ['m1'], 1250);
      expect((await s.getDelivery(sub.id, '2026-01-01'))?.messageIds).toBe('m1');
      // Recording progress renews the lease: b's claim (made at 1200) now holds until 2250.
      expect(await s.claimDelivery(sub.id, '2026-01-01', 'c', 2200, opts)).toBeNull();
      // The first owner lost its claim: what it says is not recorded.
      await s.completeDelivery(claim.id, 'a', 'delivered', ['x'], 1300);
      expect((await s.getDelivery(sub.id, '2026-01-01'))?.status).toBe('claimed');
      await s.completeDelivery(claim.id, 'b', 'delivered', ['y', 'z'], 1300);
      expect(await s.getDelivery(sub.id, '2026-01-01')).toMatchObject({ status: 'delivered', messageIds: 'y,z', attempts: 2, late: true });
      expect(await s.lastDeliveredAt(sub.id)).toBe(1300);
      const other = await s.subscribe({ platform: 'shell', channel: 'u', time: '09:00', timeZone: 'UTC', createdBy: null }, 1);
      const empty = (await s.claimDelivery(other.id, '2026-01-01', 'a', 100, opts))!;
      await s.completeDelivery(empty.id, 'a', 'empty', [], 200);
      await s.claimDelivery(other.id, '2026-01-02', 'a', 100, opts);
      expect(await s.finishedDeliveries(['2026-01-01', '2026-01-02', '2026-01-01'])).toEqual(new Set([`${sub.id}/2026-01-01`, `${other.id}/2026-01-01`]));
      expect(await s.finishedDeliveries([])).toEqual(new Set());
      await s.unsubscribe('shell', 'u');
      expect(await s.claimDelivery(sub.id, '2026-01-01', 'c', 99_999, opts)).toBeNull();
      expect(await s.unsubscribe('shell', 't')).toBe(true);
      expect(await s.unsubscribe('shell', 't')).toBe(false);
      expect(await s.listSubscriptions()).toEqual([]);
    });

    it('a failed delivery is taken again until its attempts run out', async () => {
      const { store: s } = await fresh();
      const sub = await s.subscribe({ platform: 'shell', channel: 't', time: '09:00', timeZone: 'UTC', createdBy: null }, 1);
      const opts = { late: false, leaseMs: 60_000, maxAttempts: 2 };
      const first = (await s.claimDelivery(sub.id, 'd', 'a', 10, opts))!;
      await s.failDelivery(first.id, 'a', 'boom');
      expect(await s.getDelivery(sub.id, 'd')).toMatchObject({ status: 'failed', error: 'boom' });
      const second = (await s.claimDelivery(sub.id, 'd', 'b', 20, opts))!;
      expect(second.attempts).toBe(2);
      await s.failDelivery(second.id, 'b', 'boom again');
      expect(await s.claimDelivery(sub.id, 'd', 'c', 30, opts)).toBeNull();
      expect(await s.lastDeliveredAt(sub.id)).toBeNull();
    });

    it('of many replicas claiming one digest at the same moment, exactly one wins', async () => {
      const { store: s, another } = await fresh();
      const sub = await s.subscribe({ platform: 'shell', channel: 't', time: '09:00', timeZone: 'UTC', createdBy: null }, 1);
      const replicas = [s, await another(), await another()];
      const opts = { late: false, leaseMs: 60_000, maxAttempts: 5 };
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) => replicas[i % replicas.length].claimDelivery(sub.id, '2026-05-05', `owner-${i}`, 100, opts)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      // After the lease, again exactly one takes it over.
      const takeovers = await Promise.all(replicas.map((r, i) => r.claimDelivery(sub.id, '2026-05-05', `late-${i}`, 100 + 60_000, opts)));
      expect(takeovers.filter(Boolean)).toHaveLength(1);
      expect(takeovers.find(Boolean)?.attempts).toBe(2);
    });

    it('sees a platform event id once, across replicas', async () => {
      const { store: s, another } = await fresh();
      const t = await another();
      expect(await s.markEventSeen('slack', 'Ev1', 1)).toBe(true);
      expect(await t.markEventSeen('slack', 'Ev1', 2)).toBe(false);
      expect(await t.markEventSeen('discord', 'Ev1', 2)).toBe(true);
      const racing = await Promise.all([s.markEventSeen('slack', 'Ev2', 3), t.markEventSeen('slack', 'Ev2', 3)]);
      expect(racing.filter(Boolean)).toHaveLength(1);
    });

    it('follows feeds per channel; a feed no channel follows goes; following a paused feed resumes it', async () => {
      const { store: s } = await fresh();
      const feed = await s.addFeed('https://e.test/feed', 900_000, 100);
      expect((await s.addFeed('https://e.test/feed', 1, 200)).id).toBe(feed.id);
      expect(feed).toMatchObject({ url: 'https://e.test/feed', intervalMs: 900_000, nextPollAt: 100, polls: 0, paused: false, failures: 0 });
      expect((await s.followFeed({ feedId: feed.id, platform: 'slack', channel: 'C1', mode: 'digest', createdBy: 'U1' }, 110)).created).toBe(true);
      const again = await s.followFeed({ feedId: feed.id, platform: 'slack', channel: 'C1', mode: 'instant', createdBy: 'U1' }, 120);
      expect(again).toMatchObject({ created: false, follow: { mode: 'instant' } });
      await s.followFeed({ feedId: feed.id, platform: 'discord', channel: 'D1', mode: 'digest', createdBy: null }, 130);
      expect((await s.followsOf(feed.id)).map((f) => `${f.platform}:${f.channel}:${f.mode}`)).toEqual(['slack:C1:instant', 'discord:D1:digest']);
      expect((await s.followsIn('slack', 'C1')).map((f) => [f.feed.url, f.mode, f.createdBy])).toEqual([['https://e.test/feed', 'instant', 'U1']]);
      expect((await s.findFeedByUrl('https://e.test/feed'))?.id).toBe(feed.id);
      expect((await s.listFeeds()).map((f) => f.id)).toEqual([feed.id]);

      const [leased] = await s.leaseFeeds('a', 1000, { leaseMs: 60_000, limit: 10, force: false });
      await s.finishFeedPoll(
        leased.id,
        'a',
        { etag: 'e', lastModified: null, title: 'T', intervalMs: 5, nextPollAt: 9e12, failures: 10, lastError: 'x', paused: true, completed: false },
        1000,
      );
      expect(await s.getFeed(feed.id)).toMatchObject({ paused: true, failures: 10, etag: 'e', title: 'T', polls: 0, lastPolledAt: 1000 });
      await s.followFeed({ feedId: feed.id, platform: 'slack', channel: 'C1', mode: 'digest', createdBy: 'U1' }, 2000);
      expect(await s.getFeed(feed.id)).toMatchObject({ paused: false, failures: 0, nextPollAt: 2000 });

      expect(await s.unfollowFeed(feed.id, 'slack', 'C1')).toBe(true);
      expect(await s.getFeed(feed.id)).not.toBeNull();
      expect(await s.unfollowFeed(feed.id, 'discord', 'D1')).toBe(true);
      expect(await s.getFeed(feed.id)).toBeNull();
      expect(await s.unfollowFeed(feed.id, 'discord', 'D1')).toBe(false);
    });

    it('leases each due feed to one replica at a time; a poll releases it; a lease runs out', async () => {
      const { store: s, another } = await fresh();
      for (let i = 0; i < 30; i++) await s.addFeed(`https://e.test/${i}`, 60_000, i);
      await s.addFeed('https://e.test/later', 60_000, 10_000);
      const replicas = [s, await another(), await another()];
      const leases = await Promise.all(replicas.map((r, i) => r.leaseFeeds(`r${i}`, 100, { leaseMs: 5_000, limit: 12, force: false })));
      const ids = leases.flat().map((f) => f.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(30);
      expect(await s.leaseFeeds('x', 200, { leaseMs: 5_000, limit: 100, force: false })).toEqual([]);
      // Released by its poll: due again at its next poll time, not before.
      const one = leases[0][0];
      await s.finishFeedPoll(
        one.id,
        'r0',
        { etag: null, lastModified: null, intervalMs: 60_000, nextPollAt: 300, failures: 0, lastError: null, paused: false, completed: true },
        200,
      );
      expect((await s.getFeed(one.id))?.polls).toBe(1);
      expect((await s.leaseFeeds('x', 300, { leaseMs: 5_000, limit: 100, force: false })).map((f) => f.id)).toEqual([one.id]);
      // The others' leases run out (their replica died): anyone takes them.
      expect(await s.leaseFeeds('y', 5_099, { leaseMs: 5_000, limit: 100, force: false })).toHaveLength(0);
      expect(await s.leaseFeeds('y', 5_100, { leaseMs: 5_000, limit: 100, force: false })).toHaveLength(29);
      // A forced lease takes feeds not due yet; by ids, just those.
      expect((await s.leaseFeeds('z', 5_200, { leaseMs: 1, limit: 100, force: true })).map((f) => f.url)).toEqual(['https://e.test/later']);
      const later = (await s.findFeedByUrl('https://e.test/later'))!;
      expect((await s.leaseFeeds('z', 5_300, { leaseMs: 1, limit: 100, force: true, ids: [later.id] })).map((f) => f.id)).toEqual([later.id]);
      // A lease holder that lost its lease records nothing.
      await s.finishFeedPoll(
        later.id,
        'not-the-owner',
        { etag: 'no', lastModified: null, intervalMs: 1, nextPollAt: 1, failures: 0, lastError: null, paused: false, completed: true },
        5_400,
      );
      expect((await s.getFeed(later.id))?.etag).toBeNull();
    });

    it('moves a feed to a new address unless another feed has it', async () => {
      const { store: s } = await fresh();
      const a = await s.addFeed('https://e.test/a', 1, 1);
      await s.addFeed('https://e.test/b', 1, 1);
      expect(await s.moveFeed(a.id, 'https://e.test/b')).toBe(false);
      expect(await s.moveFeed(a.id, 'https://e.test/c')).toBe(true);
      expect((await s.getFeed(a.id))?.url).toBe('https://e.test/c');
    });

    it("marks a feed's items seen and says which were new; forgets items gone from the feed and delivered stories", async () => {
      const { store: s } = await fresh();
      const feed = await s.addFeed('https://e.test/f', 1, 1);
      expect(await s.markFeedItems(feed.id, ['a', 'b'], 100)).toEqual(['a', 'b']);
      expect(await s.markFeedItems(feed.id, ['b', 'c'], 200)).toEqual(['c']);
      expect(await s.markFeedItems(feed.id, [], 200)).toEqual([]);
      const story = (await s.findOrAddStory({ storyKey: 'k', title: 'T', link: null }, 100)).story;
      await s.queueStory(story.id, 'slack', 'C', 'digest', 100);
      // 'a' was last seen at 100, 'b' and 'c' at 200; the digest story was queued at 100.
      expect(await s.pruneFeedHistory(150)).toBe(3);
      expect(await s.markFeedItems(feed.id, ['a', 'b'], 300)).toEqual(['a']);
      expect((await s.findOrAddStory({ storyKey: 'k', title: 'T', link: null }, 400)).created).toBe(true);
    });

    it('an instant story is claimed only once briefed (another process may still be reading its page), or after a lease', async () => {
      const { store } = await fresh();
      const lease = 300_000;
      const one = (await store.findOrAddStory({ storyKey: 'link:https://e.com/1', title: 'One', link: 'https://e.com/1' }, 1000)).story;
      const two = (await store.findOrAddStory({ storyKey: 'link:https://e.com/2', title: 'Two', link: 'https://e.com/2' }, 1000)).story;
      expect((await store.findOrAddStory({ storyKey: 'link:https://e.com/1', title: 'Again', link: null }, 1500)).story.id).toBe(one.id);
      await store.queueStory(one.id, 'slack', 'C1', 'instant', 1000);
      await store.queueStory(two.id, 'slack', 'C1', 'instant', 1000);
      expect(await store.claimInstantStories('slack', 'a', 2000, lease)).toEqual([]);
      await store.setStoryArticle(one.id, null, 2500);
      expect((await store.claimInstantStories('slack', 'a', 3000, lease)).map((c) => c.story.title)).toEqual(['One']);
      // The process briefing story two died: after a lease it goes out as it is.
      expect((await store.claimInstantStories('slack', 'b', 1000 + lease, lease)).map((c) => c.story.title)).toEqual(['Two']);
      // The same story from a second feed is queued once per channel.
      expect(await store.queueStory(one.id, 'slack', 'C1', 'instant', 4000)).toBe(false);
      // Released (its post failed): claimed again; posted: never again.
      await store.releaseInstantStory(one.id, 'slack', 'C1', 'a');
      const again = await store.claimInstantStories('slack', 'c', 1000 + lease + 1, lease);
      expect(again.map((c) => [c.story.title, c.channel, c.mode])).toEqual([['One', 'C1', 'instant']]);
      await store.completeInstantStory(one.id, 'slack', 'C1', 'c', 'm1');
      await store.completeInstantStory(two.id, 'slack', 'C1', 'b', 'm2');
      expect(await store.claimInstantStories('slack', 'd', 10 * lease, lease)).toEqual([]);
    });

    it('replicas claiming the instant stories at once each get different ones', async () => {
      const { store: s, another } = await fresh();
      for (let i = 0; i < 20; i++) {
        const story = (await s.findOrAddStory({ storyKey: `k${i}`, title: `S${i}`, link: null }, 1)).story;
        await s.setStoryArticle(story.id, null, 2);
        await s.queueStory(story.id, 'discord', `ch${i % 3}`, 'instant', 3);
      }
      const replicas = [s, await another(), await another()];
      const claimed = await Promise.all(replicas.map((r, i) => r.claimInstantStories('discord', `r${i}`, 10, 60_000)));
      const keys = claimed.flat().map((c) => `${c.story.id}/${c.channel}`);
      expect(keys).toHaveLength(20);
      expect(new Set(keys).size).toBe(20);
    });

    it('a digest story joins the first digest after it is queued and briefed, never lost between two', async () => {
      const { store } = await fresh();
      const story = (await store.findOrAddStory({ storyKey: 'link:https://e.com/3', title: 'Three', link: 'https://e.com/3' }, 1000)).story;
      await store.queueStory(story.id, 'slack', 'C2', 'digest', 1000);
      // A digest at 2000 while another process still reads its page: not yet.
      expect(await store.digestStories('slack', 'C2', 0, 2000)).toEqual([]);
      await store.setStoryArticle(story.id, null, 3000);
      // The next digest (since the one at 2000) has it; the one after does not.
      expect((await store.digestStories('slack', 'C2', 2000, 4000)).map((s) => s.title)).toEqual(['Three']);
      expect(await store.digestStories('slack', 'C2', 4000, 5000)).toEqual([]);
    });

    it("a paused feed's notice is claimed by one replica per channel and sent once", async () => {
      const { store: s, another } = await fresh();
      const feed = await s.addFeed('https://e.test/p', 1, 1);
      await s.followFeed({ feedId: feed.id, platform: 'slack', channel: 'C1', mode: 'digest', createdBy: null }, 1);
      await s.followFeed({ feedId: feed.id, platform: 'slack', channel: 'C2', mode: 'digest', createdBy: null }, 1);
      await s.setPauseNotice(feed.id, 'paused!');
      const t = await another();
      const [a, b] = await Promise.all([s.claimPauseNotices('slack', 'a'), t.claimPauseNotices('slack', 'b')]);
      expect([...a, ...b].map((n) => n.channel).sort()).toEqual(['C1', 'C2']);
      for (const n of a) await s.completePauseNotice(n.feedId, 'slack', n.channel, 'a');
      for (const n of b) await t.completePauseNotice(n.feedId, 'slack', n.channel, 'b');
      expect(await s.claimPauseNotices('slack', 'c')).toEqual([]);
    });

    it("stores Slack installations and each channel's workspace", async () => {
      const { store: s } = await fresh();
      expect(await s.slackInstallation('T1')).toBeNull();
      await s.saveSlackInstallation('T1', '{"bot":{"token":"xoxb-1"}}', 1);
      await s.saveSlackInstallation('T1', '{"bot":{"token":"xoxb-2"}}', 2);
      expect(await s.slackInstallation('T1')).toBe('{"bot":{"token":"xoxb-2"}}');
      await s.deleteSlackInstallation('T1');
      expect(await s.slackInstallation('T1')).toBeNull();
      expect(await s.channelWorkspace('slack', 'C1')).toBeNull();
      await s.rememberChannelWorkspace('slack', 'C1', 'T1', 1);
      await s.rememberChannelWorkspace('slack', 'C1', 'T2', 2);
      expect(await s.channelWorkspace('slack', 'C1')).toBe('T2');
    });
  });
}
