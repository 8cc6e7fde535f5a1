// Reads an article from where the user points: a text or HTML file, an http(s) URL, or stdin.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { MAX_ARTICLE_CHARS, type Article } from './article.js';
import { parsePlainText } from './plain-text.js';
import { decodeText } from './charset.js';
import { safeFetch, type FetchOptions } from './safe-fetch.js';

export interface IngestOptions {
  fetch?: FetchOptions;
  /** Where "-" reads from; the CLI passes process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input.trim());
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000));
}

/** Parses text that is already in memory, choosing HTML or plain text by its content. */
export async function parseArticleText(text: string, url: string | null = null, html = looksLikeHtml(text)): Promise<Article> {
  if (text.length > MAX_ARTICLE_CHARS) throw new UserError(`the article is larger than ${MAX_ARTICLE_CHARS} characters`);
  if (text.includes('\u0000')) throw new UserError('that is a binary file, not an article');
  // The HTML parser is loaded only for HTML, which keeps the plain-text path's start-up fast.
  const article = html ? (await import('./html.js')).parseHtml(text, url) : parsePlainText(text, url);
  let words = 0;
  for (const p of article.paragraphs) {
    words += p.split(/\s+/, 8).filter(Boolean).length;
    if (words >= 8) break;
  }
  if (words < 8) throw new UserError('no article text found: the input is empty or is not a news article');
  return article;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_ARTICLE_CHARS) throw new UserError(`the article is larger than ${MAX_ARTICLE_CHARS} characters`);
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks));
}

/** Loads and parses an article from a path, a URL or "-" (stdin). */
export async function loadArticle(input: string, options: IngestOptions = {}): Promise<Article> {
  const source = input.trim();
  if (!source) throw new UserError('no article given: pass a file, a URL, or - for stdin');
  if (source === '-') {
    if (!options.stdin) throw new UserError('no standard input to read the article from');
    return parseArticleText(await readStream(options.stdin));
  }
  if (isUrl(source)) {
    const page = await safeFetch(source, options.fetch);
    const html = /html/i.test(page.contentType) || looksLikeHtml(page.body);
    return parseArticleText(page.body, page.url, html);
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(source);
  } catch {
    throw new UserError(`no such file: ${source}`);
  }
  if (!info.isFile()) throw new UserError(`not a file: ${source}`);
  if (info.size > MAX_ARTICLE_CHARS) throw new UserError(`${source} is larger than ${MAX_ARTICLE_CHARS} bytes`);
  const text = decodeText(await readFile(source));
  const ext = extname(source).toLowerCase();
  return parseArticleText(text, null, ext === '.html' || ext === '.htm' || looksLikeHtml(text));
}
