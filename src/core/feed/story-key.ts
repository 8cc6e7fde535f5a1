// Names stories so that each is found once: a link without its tracking parameters and fragment
// (the same story in two feeds), an item's guid/id within its feed, else a hash of title and date.

import { createHash } from 'node:crypto';
import type { FeedItem } from './feed-document.js';

/** Query parameters that only say where a reader came from; rules as data. */
export const TRACKING_PARAMETERS: ReadonlyArray<{ match: RegExp; example: string }> = [
  { match: /^utm_/i, example: 'utm_source=rss' },
  { match: /^(?:fbclid|gclid|dclid|msclkid|yclid|igshid|twclid)$/i, example: 'fbclid=IwAR0' },
  { match: /^(?:mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i, example: 'mc_cid=12ab' },
  { match: /^(?:ref|ref_src|ref_url|referrer|source|src|cmpid|ocid|at_medium|at_campaign|at_custom\d*|rss|feed|spm|sr_share|share)$/i, example: 'ref=rss' },
];

/** "HTTPS://Example.com:443/a?utm_source=x&id=2#top" → "https://example.com/a?id=2". */
export function canonicalLink(link: string): string {
  let u: URL;
  try {
    u = new URL(link);
  } catch {
    return link.trim();
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAMETERS.some((p) => p.match.test(key))) u.searchParams.delete(key);
  u.searchParams.sort();
  return u.href.replace(/\?$/, '');
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** What identifies an item within its feed: its guid/id, else its canonical link, else title and date. */
export function itemKey(item: FeedItem): string {
  if (item.id) return `id:${item.id.slice(0, 500)}`;
  if (item.link) return `link:${canonicalLink(item.link)}`;
  return `hash:${hash(`${item.title}\n${item.published ?? ''}`)}`;
}

/** What identifies a story across feeds: its canonical link when it has one (two feeds, one story). */
export function storyKey(item: FeedItem, feedUrl: string): string {
  if (item.link) return `link:${canonicalLink(item.link)}`;
  // Without a link, an id is only known unique within its feed.
  return `feed:${hash(feedUrl)}:${itemKey(item)}`;
}
