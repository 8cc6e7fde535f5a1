// Reads a feed document (RSS 2.0 and 0.9x, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.x) through feedsmith,
// a maintained parser, into one shape: the feed's title and ttl, and its items with id, link,
// title, date and content. Links are made absolute against the feed's URL; only http(s) is kept.

import { parseFeed } from 'feedsmith';
import { UserError } from '../errors.js';

export interface FeedItem {
  /** guid (RSS), id (Atom, JSON Feed), rdf:about (RSS 1.0). */
  id: string | null;
  link: string | null;
  title: string;
  /** Milliseconds since the epoch, when the item gives a readable date. */
  published: number | null;
  /** The item's own text (HTML or plain), briefed when its page cannot be had. */
  content: string | null;
}

export interface FeedDocument {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** RSS <ttl>: minutes the feed may be cached. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

/** More items than any feed needs: the newest (first) ones are kept. */
export const MAX_FEED_ITEMS = 200;

type Text = string | { value?: string } | undefined | null;
const textOf = (t: Text): string | null => {
  const v = typeof t === 'string' ? t : t?.value;
  const trimmed = v?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
};

function absoluteLink(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(u.protocol) && u.href.length <= 2000 ? u.href : null;
  } catch {
    return null; // not a URL: the item is identified by its id or title instead
  }
}

function dateOf(...values: Array<string | undefined | null>): number | null {
  for (const v of values) {
    const t = v ? Date.parse(v) : Number.NaN;
    if (!Number.isNaN(t)) return t;
  }
  return null;
}

/** A title for an item that has none: the start of its text, else its link. */
function titleFor(title: string | null, content: string | null, link: string | null): string {
  if (title) return title.replace(/<[^>]*>/g, '').slice(0, 300);
  const text = content
    ?.replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text) return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return link ?? '(untitled)';
}

// feedsmith types each format's full structure; only a handful of fields are read here, each checked.
// biome-ignore lint/suspicious/noExplicitAny: the per-format shapes are read field by field with fallbacks
type Loose = Record<string, any>;

function item(
  raw: { id?: string | null; link?: string | null; title: string | null; published: number | null; content: string | null },
  base: string | null,
): FeedItem {
  const link = absoluteLink(raw.link, base);
  const content = raw.content?.trim() ? raw.content : null;
  return { id: raw.id?.trim() || null, link, title: titleFor(raw.title, content, link), published: raw.published, content };
}

/** RSS 2.0 and 0.9x, and RSS 1.0 (RDF): an item's guid, else its rdf:about, names it. */
function readRss(feed: Loose, base: string | null): Omit<FeedDocument, 'format'> {
  return {
    title: textOf(feed.title),
    ttlMinutes: Number.isFinite(Number(feed.ttl)) && Number(feed.ttl) > 0 ? Number(feed.ttl) : null,
    items: (feed.items ?? []).map((i: Loose) =>
      item(
        {
          id: i.guid?.value ?? (typeof i.guid === 'string' ? i.guid : null) ?? i.rdf?.about ?? null,
          link: i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : null) ?? i.rdf?.about ?? null,
          title: textOf(i.title),
          published: dateOf(i.pubDate, i.dc?.dates?.[0], i.dc?.date),
          content: i.content?.encoded ?? i.description ?? null,
        },
        base,
      ),
    ),
  };
}

const READERS: Record<FeedDocument['format'], (feed: Loose, base: string | null) => Omit<FeedDocument, 'format'>> = {
  rss: readRss,
  // RSS 1.0 reads as RSS 2.0: its items are named by rdf:about instead of a guid, and it has no ttl.
  rdf: readRss,
  atom: (feed, base) => ({
    title: textOf(feed.title),
    ttlMinutes: null,
    items: (feed.entries ?? []).map((e: Loose) => {
      const links: Loose[] = e.links ?? [];
      const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      return item(
        {
          id: e.id ?? null,
          link: alternate?.href ?? null,
          title: textOf(e.title),
          published: dateOf(e.published, e.updated),
          content: textOf(e.content) ?? textOf(e.summary),
        },
        base,
      );
    }),
  }),
  json: (feed, base) => ({
    title: textOf(feed.title),
    ttlMinutes: null,
    items: (feed.items ?? []).map((i: Loose) =>
      item(
        {
          id: i.id != null ? String(i.id) : null,
          link: i.url ?? i.external_url ?? null,
          title: textOf(i.title),
          published: dateOf(i.date_published, i.date_modified),
          content: i.content_html ?? i.content_text ?? i.summary ?? null,
        },
        base,
      ),
    ),
  }),
};

/** The feed in `text`, read from `url`; a UserError when it is not a feed this bot can read. */
export function readFeedDocument(text: string, url: string | null): FeedDocument {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, '')) as { format: string; feed: unknown };
  } catch (err) {
    throw new UserError(`${url ?? 'this'} is not an RSS, Atom or JSON feed (${(err as Error).message.slice(0, 120)})`);
  }
  const reader = READERS[parsed.format as FeedDocument['format']];
  if (!reader) throw new UserError(`${url ?? 'this'} is a ${parsed.format} document, not a feed briefbot reads`);
  const doc = reader(parsed.feed as Loose, url);
  return { format: parsed.format as FeedDocument['format'], ...doc, items: doc.items.slice(0, MAX_FEED_ITEMS) };
}
