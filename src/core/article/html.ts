// Extracts the article body and its metadata from a whole HTML page with Mozilla's Readability
// (the Firefox reader view), then cleans the paragraphs like pasted text.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from './article.js';
import { limitHtml } from './html-limits.js';
import { parsePlainText, splitSiteSuffix } from './plain-text.js';
import { bylineAndDate, dateLineOf } from './dateline.js';

const BLOCKS = 'p, li, h2, h3, h4, blockquote, pre';

/** Boxes a page sets inside its story that are no part of it, by the names pages give them: a newsletter sign-up, a
 * subscription offer, a promotion ('<div class="newsletter"><h3>Get the morning briefing</h3>…'). */
const FURNITURE_BOX = ['newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'promo', 'paywall']
  .map(
    (name) =>
      `div[class*="${name}"], aside[class*="${name}"], section[class*="${name}"], form[class*="${name}"], div[id*="${name}"], aside[id*="${name}"], section[id*="${name}"]`,
  )
  .join(', ');

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** An http(s) URL, made absolute against the page's own: anything else (javascript:, data:) is dropped. */
function absoluteHttpUrl(value: string | null, base: string | null): string | null {
  if (!value) return null;
  try {
    const u = base ? new URL(value, base) : new URL(value);
    return /^https?:$/.test(u.protocol) && u.href.length <= 2000 ? u.href : null;
  } catch {
    return null; // not a URL at all
  }
}

/** Kinds of schema.org item a news story is published as. */
const STORY_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

/** The story a page carries in its schema.org data (the texts of its `application/ld+json` scripts): its body and
 * headline, for a page whose visible text is only a script's placeholder ("Loading…"). Malformed data is ignored. */
function storyData(scripts: readonly string[]): { body: string; headline: string | null } | null {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue; // not JSON: some pages ship broken data
    }
    const items = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown })?.['@graph'] as unknown[]) ?? [])];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const { '@type': type, articleBody, headline } = item as Record<string, unknown>;
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && STORY_TYPES.test(t)) || typeof articleBody !== 'string' || !articleBody.trim()) continue;
      return { body: articleBody, headline: typeof headline === 'string' ? headline.trim() : null };
    }
  }
  return null;
}

/** Below this many characters, what Readability found is a placeholder, not the story. */
const TOO_SHORT = 200;

/** A government page's "Published" term and its date in a definition list: `<dt>Published</dt><dd>18 March 2026</dd>`. */
function listedDate(document: ReturnType<typeof parseHTML>['document']): string | null {
  for (const dt of document.querySelectorAll('dt')) {
    if (!/^(?:published|first published|date|updated|last updated)\s*:?$/i.test(dt.textContent?.trim() ?? '')) continue;
    const dd = dt.nextElementSibling;
    const date = dd?.tagName === 'DD' ? dateLineOf(dd.textContent?.replace(/\s+/g, ' ').trim() ?? '') : null;
    if (date) return date;
  }
  return null;
}

export function parseHtml(page: string, url: string | null = null): Article {
  // A hostile page (thousands of nested elements, megabytes of "<") is bounded before parsing.
  const limited = limitHtml(page);
  if (limited.flattened) return parsePlainText(limited.html, url);
  const { document } = parseHTML(limited.html);
  const siteName = meta(document, 'og:site_name', 'application-name');
  const published =
    meta(document, 'article:published_time', 'date', 'pubdate', 'dc.date') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    listedDate(document) ??
    null;
  const docTitle = document.querySelector('title')?.textContent?.trim() ?? null;
  const pageTitle = meta(document, 'og:title') ?? docTitle;
  // The headline the article itself shows: one <h1> inside the article, which a live page's <title> may not be.
  const headings = document.querySelectorAll('article h1, main h1');
  const shownHeadline = headings.length === 1 ? (headings[0].textContent?.replace(/\s+/g, ' ').trim() ?? '') : '';
  // A byline line ("Press Office · 22 April 2026") is metadata, not a paragraph: read it, then set it aside.
  const bylineEl = document.querySelector('[class~="byline"], [rel="author"], [itemprop="author"]');
  const bylineWords = bylineEl?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const bylineText = bylineWords && bylineWords.length <= 120 ? bylineWords : null;
  if (bylineText) bylineEl?.remove();
  for (const box of document.querySelectorAll(FURNITURE_BOX)) box.remove();
  // "By Ana Roy | 14 May 2027": the byline line's name and date, when it gives both.
  const bylineParts = bylineText ? bylineAndDate(bylineText) : null;
  const image = absoluteHttpUrl(meta(document, 'og:image', 'og:image:url', 'twitter:image'), url);

  // (Read only if the page shows no story: most pages do.)
  const dataScripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? '');

  // Readability mutates the document it reads; metadata is read above, before it runs.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  // A page that renders its story with a script ("Loading…"): the story its data carries.
  const placeholder = dataScripts.length > 0 && (parsed?.textContent ?? document.body?.textContent ?? '').trim().length < TOO_SHORT;
  const story = placeholder ? storyData(dataScripts) : null;
  if (story) {
    const article = parsePlainText(story.body, url);
    const headline = story.headline ?? pageTitle;
    if (article.title && headline && article.title !== headline) article.paragraphs.unshift(article.title);
    return {
      ...article,
      title: headline ? splitSiteSuffix(headline).title : article.title,
      source: siteName ?? parsed?.siteName ?? article.source,
      byline: parsed?.byline?.trim() || article.byline,
      published: published ?? parsed?.publishedTime ?? article.published ?? null,
      image,
    };
  }
  if (!parsed?.content) return parsePlainText(document.body?.textContent ?? '', url);

  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  // A line break inside a block ("By Ana Roy<br>12 May 2026") is kept as one, for the lines' reader to weigh.
  for (const br of body.querySelectorAll('br')) br.replaceWith(body.createTextNode('\n'));
  const blocks = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => {
      const text =
        el.textContent
          ?.split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join('\n') ?? '';
      // A list item keeps its bullet, so a list reads as a list ("The plan commits them to:" and its items).
      return text && el.tagName === 'LI' ? `• ${text}` : text;
    })
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (parsed.textContent ?? '');
  const article = parsePlainText(text, url);

  let title = (shownHeadline.split(' ').length >= 5 ? shownHeadline : null) ?? (parsed.title?.trim() || pageTitle);
  // "Headline | Africa Daily": the suffix names the site when no metadata does.
  // (the <title>'s: og:title is often the bare headline).
  const titleSite = (docTitle ? splitSiteSuffix(docTitle).site : null) ?? (pageTitle ? splitSiteSuffix(pageTitle).site : null);
  if (title) title = splitSiteSuffix(title).title;
  // parsePlainText may have taken the first paragraph as a headline; the page's own title wins.
  if (article.title && title && article.title !== title) article.paragraphs.unshift(article.title);
  // A page whose headline is its whole lede (a sentence of prose) keeps that sentence as the first paragraph too.
  const lede = title ?? article.title;
  if (lede && /[.!]["'”’)]*$/.test(lede) && lede.split(/\s+/).length >= 12 && !article.paragraphs.some((p) => p.includes(lede)))
    article.paragraphs.unshift(lede);
  return {
    ...article,
    title: title ?? article.title,
    source: siteName ?? parsed.siteName ?? titleSite ?? article.source,
    byline: parsed.byline?.trim() || article.byline || bylineParts?.byline || bylineText,
    published: published ?? parsed.publishedTime ?? article.published ?? bylineParts?.date ?? null,
    image,
  };
}
