// Reads an OPML subscription list (what feed readers export) into the feed URLs it holds, through
// feedsmith's OPML parser; outlines may nest (folders).

import { parseOpml } from 'feedsmith';
import { UserError } from '../errors.js';

type Outline = { xmlUrl?: string; text?: string; title?: string; outlines?: Outline[] };

export interface OpmlFeed {
  url: string;
  title: string | null;
}

export function feedsFromOpml(text: string): OpmlFeed[] {
  let opml: { body?: { outlines?: Outline[] } };
  try {
    opml = parseOpml(text.replace(/^\uFEFF/, '')) as typeof opml;
  } catch (err) {
    throw new UserError(`not an OPML file (${(err as Error).message.slice(0, 120)})`);
  }
  const feeds: OpmlFeed[] = [];
  const walk = (outlines: Outline[] | undefined, depth: number) => {
    if (!outlines || depth > 10) return;
    for (const o of outlines) {
      if (o.xmlUrl && /^https?:\/\//i.test(o.xmlUrl.trim()) && !feeds.some((f) => f.url === o.xmlUrl!.trim()))
        feeds.push({ url: o.xmlUrl.trim(), title: o.title ?? o.text ?? null });
      walk(o.outlines, depth + 1);
    }
  };
  walk(opml.body?.outlines, 0);
  return feeds;
}
