// Feed autodiscovery: the feeds a web page names in its <head> with <link rel="alternate">, so
// that "/feed add" accepts a site's page as well as its feed.

import { parseHTML } from 'linkedom';
import { limitHtml } from '../article/html-limits.js';

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$/i;

/** The page's feed links, absolute, in the order the page gives them (http(s) only). */
export function discoverFeedLinks(page: string, pageUrl: string): string[] {
  const limited = limitHtml(page);
  if (limited.flattened) return [];
  const { document } = parseHTML(limited.html);
  const base = document.querySelector('base[href]')?.getAttribute('href');
  const found: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test((link.getAttribute('type') ?? '').trim())) continue;
    try {
      const u = new URL(link.getAttribute('href')!.trim(), base ? new URL(base, pageUrl) : pageUrl);
      if (/^https?:$/.test(u.protocol) && !found.includes(u.href)) found.push(u.href);
    } catch {
      // an unreadable href names no feed; the next link may
    }
  }
  return found;
}
