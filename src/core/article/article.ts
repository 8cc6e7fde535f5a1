// The article as every extractor sees it: cleaned paragraphs plus the metadata found around them.

export interface Article {
  title: string | null;
  /** The publisher: a site name, a wire service from a dateline, a "(Global Times)" source line. */
  source: string | null;
  byline: string | null;
  /** Publication date as the page or dateline gives it. */
  published: string | null;
  /** The dateline's place ("HEFEI", "Washington"), which is where the report was filed. */
  datelinePlace: string | null;
  url: string | null;
  /** The page's lead image (og:image), an absolute http(s) URL. */
  image?: string | null;
  /** Body paragraphs, boilerplate removed, in reading order. */
  paragraphs: string[];
  /** Set on a stored copy whose text was cut to the storage cap, or pruned for age (its card is kept). */
  stored?: 'truncated' | 'pruned';
}

/** Size cap for any article body, applied before parsing so hostile input stays cheap. */
export const MAX_ARTICLE_CHARS = 2_000_000;
