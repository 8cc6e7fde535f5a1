import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const article = (n: number, url: string | null = null) => ({
  name: `a${n}`,
  url,
  contentHash: `hash-${n}`,
  title: `Title ${n}`,
  articleJson: '{}',
  cardJson: '{}',
});

describe('SqliteStore', () => {
  it('creates the database on first use, applies migrations, and keeps data across reopen', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefbot-db-')), 'nested', 'bot.db');
    const a = new SqliteStore(path);
    const { record } = a.saveArticle(article(1), 1000);
    a.rememberCardMessage('discord', 'T1', 'T1', record.id, 1000);
    a.subscribe({ platform: 'slack', channel: 'C1', time: '09:00', timeZone: 'UTC', createdBy: null }, 1000);
    a.close();
    // A restart: card threads and subscriptions are still known.
    const b = new SqliteStore(path);
    expect(b.listArticles(10).map((x) => x.name)).toEqual(['a1']);
    expect(b.articleForMessage('discord', 'T1', 'T1')).toBe(record.id);
    expect(b.listSubscriptions()).toHaveLength(1);
    b.close();
  });

  it('deduplicates articles by content and by URL', () => {
    const s = new SqliteStore(':memory:');
    expect(s.saveArticle(article(1, 'https://x.test/1'), 1).created).toBe(true);
    expect(s.saveArticle({ ...article(2, 'https://x.test/1') }, 2).created).toBe(false);
    expect(s.saveArticle({ ...article(1), name: 'other' }, 3).created).toBe(false);
    expect(s.listArticles(10)).toHaveLength(1);
    s.close();
  });

  it('remembers which article a card message belongs to, and the newest card of a channel', () => {
    const s = new SqliteStore(':memory:');
    const { record } = s.saveArticle(article(1), 1);
    const { record: second } = s.saveArticle(article(2), 2);
    s.rememberCardMessage('slack', 'C1', '111.1', record.id, 10);
    s.rememberCardMessage('slack', 'C1', '222.2', second.id, 20);
    expect(s.articleForMessage('slack', 'C1', '111.1')).toBe(record.id);
    expect(s.articleForMessage('slack', 'C2', '111.1')).toBeNull();
    expect(s.latestCardInChannel('slack', 'C1')).toEqual({ messageId: '222.2', articleId: second.id });
    s.close();
  });

  it('one subscription per channel; a claim is exclusive until done or its lease runs out', () => {
    const s = new SqliteStore(':memory:');
    const sub = s.subscribe({ platform: 'shell', channel: 't', time: '09:00', timeZone: 'UTC', createdBy: 'me' }, 1);
    expect(s.subscribe({ platform: 'shell', channel: 't', time: '10:00', timeZone: 'UTC', createdBy: 'me' }, 2).id).toBe(sub.id);
    const opts = { late: false, leaseMs: 1000, maxAttempts: 3 };
    const claim = s.claimDelivery(sub.id, '2026-01-01', 'a', 100, opts)!;
    expect(s.claimDelivery(sub.id, '2026-01-01', 'b', 500, opts)).toBeNull();
    expect(s.claimDelivery(sub.id, '2026-01-01', 'b', 1200, opts)?.claimedBy).toBe('b');
    s.completeDelivery(claim.id, 'a', 'delivered', ['x'], 1300);
    expect(s.getDelivery(sub.id, '2026-01-01')?.status).toBe('claimed');
    s.completeDelivery(claim.id, 'b', 'delivered', ['y'], 1300);
    expect(s.claimDelivery(sub.id, '2026-01-01', 'c', 99_999, opts)).toBeNull();
    expect(s.unsubscribe('shell', 't')).toBe(true);
    expect(s.listSubscriptions()).toEqual([]);
    s.close();
  });

  it('says clearly when the database cannot be opened', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-bad-'));
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'this is not a database, just text that is long enough to be read as a header '.repeat(20));
    expect(() => new SqliteStore(corrupt)).toThrow(/cannot open the database at .*corrupt\.db.*BRIEFBOT_DB/);
    const underFile = join(corrupt, 'inside', 'x.db');
    expect(() => new SqliteStore(underFile)).toThrow(/cannot open the database/);
  });

  it('sees a platform event id once', () => {
    const s = new SqliteStore(':memory:');
    expect(s.markEventSeen('slack', 'Ev1', 1)).toBe(true);
    expect(s.markEventSeen('slack', 'Ev1', 2)).toBe(false);
    expect(s.markEventSeen('discord', 'Ev1', 2)).toBe(true);
    s.close();
  });
});

describe('feed stories', () => {
  it('an instant story is claimed only once briefed (another process may still be reading its page), or after a lease', () => {
    const store = new SqliteStore(':memory:');
    const lease = 300_000;
    const one = store.findOrAddStory({ storyKey: 'link:https://e.com/1', title: 'One', link: 'https://e.com/1' }, 1000).story;
    const two = store.findOrAddStory({ storyKey: 'link:https://e.com/2', title: 'Two', link: 'https://e.com/2' }, 1000).story;
    store.queueStory(one.id, 'slack', 'C1', 'instant', 1000);
    store.queueStory(two.id, 'slack', 'C1', 'instant', 1000);
    expect(store.claimInstantStories('slack', 'a', 2000, lease)).toEqual([]);
    store.setStoryArticle(one.id, null, 2500);
    expect(store.claimInstantStories('slack', 'a', 3000, lease).map((c) => c.story.title)).toEqual(['One']);
    // The process briefing story two died: after a lease it goes out as it is.
    expect(store.claimInstantStories('slack', 'b', 1000 + lease, lease).map((c) => c.story.title)).toEqual(['Two']);
    // The same story from a second feed is queued once per channel.
    expect(store.queueStory(one.id, 'slack', 'C1', 'instant', 4000)).toBe(false);
    store.close();
  });

  it('a digest story joins the first digest after it is queued and briefed, never lost between two', () => {
    const store = new SqliteStore(':memory:');
    const story = store.findOrAddStory({ storyKey: 'link:https://e.com/3', title: 'Three', link: 'https://e.com/3' }, 1000).story;
    store.queueStory(story.id, 'slack', 'C2', 'digest', 1000);
    // A digest at 2000 while another process still reads its page: not yet.
    expect(store.digestStories('slack', 'C2', 0, 2000)).toEqual([]);
    store.setStoryArticle(story.id, null, 3000);
    // The next digest (since the one at 2000) has it; the one after does not.
    expect(store.digestStories('slack', 'C2', 2000, 4000).map((s) => s.title)).toEqual(['Three']);
    expect(store.digestStories('slack', 'C2', 4000, 5000)).toEqual([]);
    store.close();
  });
});
