// The bot's articles: ingests files, URLs and text into the store (deduplicated), names them, and
// serves each one's briefing (card and answers) from a small in-memory cache.

import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Article } from '../core/article/article.js';
import { isUrl } from '../core/article/ingest.js';
import { safeFetch } from '../core/article/safe-fetch.js';
import type { Analysis } from '../core/analysis.js';
import { readOffThread } from './off-thread.js';
import { readFolderFile, SETTLE_MS } from './folder-file.js';
import { briefAnalysis, briefArticle, type Briefing } from '../core/briefing.js';
import { CARD_SCHEMA_VERSION, type Card } from '../core/card.js';
import { UserError } from '../core/errors.js';
import type { ArticleRecord, Store } from '../store/store.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

export interface LibraryOptions {
  allowPrivateUrls: boolean;
  /** Article texts older than this many days are pruned (see pruneOldArticles). */
  keepArticleDays?: number;
  clock?: () => number;
}

export interface StoredBriefing extends Briefing {
  record: ArticleRecord;
}

const CACHE_SIZE = 64;

/** The most article text kept in the database per article: enough for any news report. */
export const MAX_STORED_ARTICLE_CHARS = 200_000;

/** The article as stored: its paragraphs up to the storage cap (its card was made from all of them). */
export function capForStorage(article: Article): Article {
  let total = 0;
  const kept: string[] = [];
  for (const p of article.paragraphs) {
    if (total + p.length > MAX_STORED_ARTICLE_CHARS) break;
    kept.push(p);
    total += p.length;
  }
  return kept.length === article.paragraphs.length ? article : { ...article, paragraphs: kept, stored: 'truncated' };
}

/** "North American summit!" → "north-american-summit". */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'article'
  );
}

export class Library {
  private readonly cache = new Map<number, StoredBriefing>();
  private readonly clock: () => number;

  constructor(
    private readonly store: Store,
    private readonly options: LibraryOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** Parses, briefs and stores an article; an article seen before (same URL or text) is returned as it was. */
  async save(article: Article, name: string, options: { replaceSameName?: boolean } = {}): Promise<{ briefing: StoredBriefing; created: boolean }> {
    return this.saveBriefing(briefArticle(article), name, options);
  }

  private async saveBriefing(
    briefing: Briefing,
    name: string,
    options: { replaceSameName?: boolean; viaFeed?: boolean } = {},
  ): Promise<{ briefing: StoredBriefing; created: boolean }> {
    const article = briefing.analysis.article;
    const articleJson = JSON.stringify(capForStorage(article));
    const contentHash = createHash('sha256').update(article.paragraphs.join('\n')).digest('hex');
    const fresh = {
      name,
      url: article.url,
      contentHash,
      title: briefing.card.title,
      articleJson,
      cardJson: JSON.stringify(briefing.card),
      viaFeed: options.viaFeed,
    };
    // A file in the briefings folder that changed replaces its earlier version instead of adding one.
    const earlier = options.replaceSameName ? await this.store.findArticleByName(name) : null;
    if (earlier && !earlier.url && earlier.contentHash !== contentHash) {
      const record = await this.store.replaceArticle(earlier.id, fresh);
      const stored = { ...briefing, record };
      this.remember(stored);
      return { briefing: stored, created: false };
    }
    const { record, created } = await this.store.saveArticle(fresh, this.clock());
    // A duplicate has the same text as the stored article, so this reading serves for it too
    // (re-reading the stored copy would brief every known file twice at each start-up).
    const stored = this.cache.get(record.id) ?? { ...briefing, record };
    this.remember(stored);
    return { briefing: stored, created };
  }

  /** Ingests one file of the briefings folder: a regular file inside it, read once it has settled. */
  async ingestFolderFile(dir: string, file: string, settleMs = SETTLE_MS): Promise<{ briefing: StoredBriefing; created: boolean }> {
    const text = await readFolderFile(dir, file, settleMs);
    const ext = extname(file).toLowerCase();
    const analysis = await readOffThread({ text, url: null, html: ext === '.html' || ext === '.htm' ? true : undefined });
    return this.saveBriefing(briefAnalysis(analysis), slug(basename(file, ext)), { replaceSameName: true });
  }

  /** Fetches, briefs and stores the article at a URL (`viaFeed`: a followed feed's story). */
  async ingestUrl(url: string, options: { viaFeed?: boolean } = {}): Promise<{ briefing: StoredBriefing; created: boolean }> {
    const known = await this.store.findArticleByUrl(url);
    const briefing = known ? await this.get(known.id) : null;
    if (briefing) return { briefing, created: false };
    const page = await safeFetch(url, { allowPrivate: this.options.allowPrivateUrls });
    // Parsing and extraction run in a worker thread: a hostile page cannot hold the event loop.
    const analysis: Analysis = await readOffThread({ text: page.body, url: page.url, html: /html/i.test(page.contentType) ? true : undefined });
    return this.saveBriefing(briefAnalysis(analysis), slug(analysis.article.title ?? new URL(url).pathname), options);
  }

  /** Briefs and stores text that arrived without a page: a feed item's own content. */
  async ingestContent(input: {
    text: string;
    url: string | null;
    html: boolean;
    name: string;
    viaFeed?: boolean;
  }): Promise<{ briefing: StoredBriefing; created: boolean }> {
    const analysis = await readOffThread({ text: input.text, url: input.url, html: input.html ? true : undefined });
    return this.saveBriefing(briefAnalysis(analysis), slug(input.name), { viaFeed: input.viaFeed });
  }

  /** Ingests every article file in a folder; one bad file is reported, not fatal. */
  async ingestDirectory(dir: string): Promise<{ added: StoredBriefing[]; errors: Array<{ file: string; message: string }> }> {
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase())).sort();
    } catch {
      return { added: [], errors: [] };
    }
    const added: StoredBriefing[] = [],
      errors: Array<{ file: string; message: string }> = [];
    for (const file of files) {
      try {
        // Start-up reads files that are already there: no need to wait for them to settle.
        const { briefing, created } = await this.ingestFolderFile(dir, file, 0);
        if (created) added.push(briefing);
      } catch (err) {
        errors.push({ file, message: (err as Error).message });
      }
    }
    return { added, errors };
  }

  /** Finds an article by what a user typed: a URL (fetched when new), a name, or an id. */
  async resolve(ref: string): Promise<StoredBriefing> {
    const wanted = ref.trim();
    if (isUrl(wanted)) return (await this.ingestUrl(wanted)).briefing;
    const record = (await this.store.findArticleByName(slug(wanted))) ?? (/^\d+$/.test(wanted) ? await this.store.getArticle(Number(wanted)) : null);
    const briefing = record ? await this.get(record.id) : null;
    if (!briefing) throw new UserError(`no article called "${wanted.slice(0, 80)}"; try /briefing list`);
    return briefing;
  }

  async latest(): Promise<StoredBriefing | null> {
    const record = await this.store.latestArticle();
    return record ? this.get(record.id) : null;
  }

  list(limit = 20): Promise<ArticleRecord[]> {
    return this.store.listArticles(limit);
  }

  /** The briefing of a stored article, rebuilt from its stored text when not cached. Its card is
   * the one stored at ingestion (the text may since have been cut to the cap or pruned for age). */
  async get(id: number): Promise<StoredBriefing | null> {
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const record = await this.store.getArticle(id);
    if (!record) return null;
    const article = JSON.parse(record.articleJson) as Article;
    const rebuilt = briefArticle(article);
    const stored = JSON.parse(record.cardJson) as Card;
    const card = stored.schemaVersion === CARD_SCHEMA_VERSION ? stored : rebuilt.card;
    const ask =
      article.stored === 'pruned'
        ? (question: string) => ({
            question,
            answered: false,
            answer: `The article's text is no longer kept (articles are kept ${this.options.keepArticleDays ?? 30} days); only its card is.`,
            evidence: [],
          })
        : rebuilt.ask;
    const briefing = { ...rebuilt, card, ask, record };
    this.remember(briefing);
    return briefing;
  }

  /** Drops the text of articles older than the keep period; their cards stay. Returns how many. */
  async pruneOldArticles(now = this.clock()): Promise<number> {
    const days = this.options.keepArticleDays ?? 30;
    const pruned = await this.store.pruneArticleBodies(now - days * 86_400_000, (record) => {
      const article = JSON.parse(record.articleJson) as Article;
      return JSON.stringify({ ...article, paragraphs: [], stored: 'pruned' } satisfies Article);
    });
    if (pruned) this.cache.clear();
    return pruned;
  }

  private remember(b: StoredBriefing): void {
    this.cache.set(b.record.id, b);
    while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
  }
}
