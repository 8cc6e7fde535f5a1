import { describe, expect, it } from 'vitest';
import { discoverFeedLinks } from '../../../src/core/feed/discover.js';
import { readFeedDocument } from '../../../src/core/feed/feed-document.js';
import { feedsFromOpml } from '../../../src/core/feed/opml.js';
import { canonicalLink, itemKey, storyKey, TRACKING_PARAMETERS } from '../../../src/core/feed/story-key.js';
import { backoffMs, maxAgeMs, pollInterval } from '../../../src/feeds/cadence.js';

describe('canonicalLink', () => {
  it.each([
    ['https://News.Example.com:443/a/b?utm_source=rss&utm_medium=feed', 'https://news.example.com/a/b'],
    ['https://example.com/story?id=7&fbclid=IwAR0&ref=rss#comments', 'https://example.com/story?id=7'],
    ['https://example.com/story?b=2&a=1', 'https://example.com/story?a=1&b=2'],
    ['http://example.com/x?', 'http://example.com/x'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => expect(canonicalLink(input)).toBe(expected));

  it('removes every tracking parameter its table gives as an example', () => {
    for (const p of TRACKING_PARAMETERS) expect(canonicalLink(`https://example.com/a?${p.example}&keep=1`)).toBe('https://example.com/a?keep=1');
  });

  it('names items by guid, else link, else title and date; stories by link across feeds', () => {
    const base = { title: 'T', published: 1, content: null };
    expect(itemKey({ ...base, id: 'urn:1', link: 'https://e.com/a' })).toBe('id:urn:1');
    expect(itemKey({ ...base, id: null, link: 'https://e.com/a?utm_source=x' })).toBe('link:https://e.com/a');
    expect(itemKey({ ...base, id: null, link: null })).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(itemKey({ ...base, id: null, link: null })).not.toBe(itemKey({ ...base, published: 2, id: null, link: null }));
    const a = storyKey({ ...base, id: 'guid-in-feed-a', link: 'https://e.com/a?utm_campaign=z' }, 'https://feed.a/rss');
    const b = storyKey({ ...base, id: 'other-guid', link: 'https://e.com/a' }, 'https://feed.b/atom');
    expect(a).toBe(b);
    // Without a link, the same id in two feeds is two stories (ids are only unique within a feed).
    expect(storyKey({ ...base, id: '1', link: null }, 'https://feed.a/rss')).not.toBe(storyKey({ ...base, id: '1', link: null }, 'https://feed.b/rss'));
  });
});

describe('readFeedDocument', () => {
  it('refuses what is not a feed plainly, and expands no XML entities', () => {
    expect(() => readFeedDocument('<html><body>hi</body></html>', 'https://e.com/')).toThrow(/not an RSS, Atom or JSON feed/);
    expect(() => readFeedDocument('{"hello": 1}', 'https://e.com/')).toThrow(/not an RSS, Atom or JSON feed/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>x</title><link>https://e.com/x</link></item></channel></rss>`;
    const doc = readFeedDocument(laughs, 'https://e.com/rss');
    expect(String(doc.title).length).toBeLessThan(20);
  });

  it('makes relative links absolute, drops non-http links, titles untitled items from their text, and keeps the first 200 items', () => {
    const items = Array.from(
      { length: 250 },
      (_, i) => `<item><link>${i === 0 ? 'javascript:alert(1)' : `/s/${i}`}</link><description>Item number ${i} text</description></item>`,
    );
    const doc = readFeedDocument(
      `<rss version="2.0"><channel><title> Feed </title><ttl>45</ttl>${items.join('')}</channel></rss>`,
      'https://e.com/feeds/rss.xml',
    );
    expect(doc).toMatchObject({ format: 'rss', title: 'Feed', ttlMinutes: 45 });
    expect(doc.items).toHaveLength(200);
    expect(doc.items[0].link).toBeNull();
    expect(doc.items[1]).toMatchObject({ link: 'https://e.com/s/1', title: 'Item number 1 text' });
  });
});

describe('discoverFeedLinks and feedsFromOpml', () => {
  it('finds alternate feed links in a page, absolute and in order; ignores other links', () => {
    const page = `<html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="text/html" href="/fr"><link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="Alternate" type="application/feed+json" href="https://cdn.e.com/feed.json"><link rel="alternate" type="application/atom+xml" href="javascript:x"></head><body></body></html>`;
    expect(discoverFeedLinks(page, 'https://e.com/news/')).toEqual(['https://e.com/rss.xml', 'https://cdn.e.com/feed.json']);
    expect(discoverFeedLinks('<html><body>no head</body></html>', 'https://e.com/')).toEqual([]);
  });

  it('reads nested OPML outlines and refuses what is not OPML', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="A"><outline text="One" xmlUrl="https://a.example/rss"/><outline text="Bad" xmlUrl="ftp://a.example/rss"/></outline><outline title="Two" xmlUrl="https://b.example/atom"/><outline text="One again" xmlUrl="https://a.example/rss"/></body></opml>`;
    expect(feedsFromOpml(opml)).toEqual([
      { url: 'https://a.example/rss', title: 'One' },
      { url: 'https://b.example/atom', title: 'Two' },
    ]);
    expect(() => feedsFromOpml('<rss version="2.0"></rss>')).toThrow(/not an OPML file/);
  });
});

describe('cadence', () => {
  const options = { defaultIntervalMs: 15 * 60_000, pauseAfterFailures: 10 };
  it('polls at the default interval unless the feed asks for longer (ttl, max-age), at most daily', () => {
    expect(pollInterval(options, {})).toBe(15 * 60_000);
    expect(pollInterval(options, { ttlMinutes: 5 })).toBe(15 * 60_000);
    expect(pollInterval(options, { ttlMinutes: 60 })).toBe(60 * 60_000);
    expect(pollInterval(options, { maxAgeMs: maxAgeMs('public, max-age=7200') })).toBe(7_200_000);
    expect(pollInterval(options, { ttlMinutes: 100_000 })).toBe(86_400_000);
    expect(maxAgeMs('no-cache')).toBeNull();
  });

  it('backs off exponentially with jitter, never less than Retry-After, never more than six hours', () => {
    const mid = () => 0.5;
    expect(backoffMs(1, 900_000, null, mid)).toBe(900_000);
    expect(backoffMs(3, 900_000, null, mid)).toBe(3_600_000);
    expect(backoffMs(30, 900_000, null, mid)).toBe(6 * 3_600_000);
    expect(backoffMs(1, 900_000, null, () => 0)).toBe(720_000);
    expect(backoffMs(1, 900_000, null, () => 1)).toBe(1_080_000);
    expect(backoffMs(1, 900_000, 7_200_000, mid)).toBe(7_200_000);
  });
});
