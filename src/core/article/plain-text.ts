// Turns text as people paste it from a web page into an Article: headline, publisher and clean
// paragraphs, with comment areas, banners, captions and trailing related-story links removed.

import type { Article } from './article.js';
import {
  bylineOf,
  endsLikeProse,
  isCommentsStart,
  isEndMatter,
  isForeignScriptLine,
  isFurniture,
  isSmallPrint,
  isLinkHeading,
  isLinkLine,
  stripForeignTag,
  stripSectionLabel,
  stripTrailingLink,
} from './boilerplate.js';
import { agencyHeaderOf, bylineAndDate, dateLineOf, givesNoDay, readDateline, sourceLineOf } from './dateline.js';

/** Separators between a headline and the site name in a page title. */
const SITE_SUFFIX = /^(.{15,}?)\s+(?:\||—|–|-|::)\s+([^|—–]{2,40})$/;

export function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      // Control characters other than newline and tab have no place in an article.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  );
}

/** A headline-like line: short, no sentence-ending full stop. */
function isHeadlineLike(line: string): boolean {
  return line.length <= 200 && !endsLikeProse(line);
}

/** Splits "Headline | Site" into its parts; the site part must be short and come last. */
export function splitSiteSuffix(title: string): { title: string; site: string | null } {
  const m = SITE_SUFFIX.exec(title.trim());
  // A site's name is capitalised ("BBC News", "the Daily Planet" is rare); "here's what developers get first" is the headline's own clause.
  if (!m || m[2].split(/\s+/).length > 5 || !/^[\p{Lu}\d]/u.test(m[2].trim())) return { title: title.trim(), site: null };
  return { title: m[1].trim(), site: m[2].trim() };
}

const sameText = (a: string, b: string) => a.replace(/\W+/g, '').toLowerCase() === b.replace(/\W+/g, '').toLowerCase();

/** Two to four capitalised words and nothing else: a name standing alone on a line. */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** Text written in Markdown, as plain text reads it: "# Headline" is the headline, "**Lima, 2 March** —" the dateline,
 * "[the report](https://…)" the words linked, "> …" a quotation set off, "*For immediate release*" the words stressed. */
function plainOfMarkdown(line: string): string {
  if (!/[#*_[>]/.test(line)) return line;
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:>\s?)+(?=\S)/, '')
    .replace(/\*\*(?=\S)([^*]{1,300}?)\*\*|__(?=\S)([^_]{1,300}?)__/g, (_, a?: string, b?: string) => a ?? b ?? '')
    .replace(
      /(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*]{1,300}?)(?<=\S)\*(?![*\p{L}\p{N}])|(?<![_\p{L}\p{N}])_(?=[^\s_])([^_]{1,300}?)(?<=\S)_(?![_\p{L}\p{N}])/gu,
      (_, a?: string, b?: string) => a ?? b ?? '',
    )
    .replace(/\[([^\]]{1,300})\]\((?:https?:\/\/|\/)[^)\s]{0,500}\)/g, '$1');
}

/** A list item's mark at the start of a line. */
const LIST_MARK = /^\s*(?:[•·*▪–-]|\d{1,2}[.)]|\([a-z\d]{1,3}\))\s/;
/** A line that stops where no headline or paragraph stops: at a comma or a small word ("… said talks with"). */
const ENDS_MIDWAY = /(?:,|\b(?:a|an|the|of|to|in|on|at|for|with|by|from|and|or|but|that|which|who|whose|as|is|are|was|were|has|have|had|said|says|told))\s*$/;
/** A line that ends a sentence or a clause that may end a paragraph. */
const ENDS_STOP = /[.!?:;"”’)]\s*$/;

/** "… European Union leaders agreed on Thursday\nto open accession negotiations …": a paragraph wrapped at a fixed width
 * (an email, a wire's plain text) is one paragraph again. A block between blank lines is wrapped when its lines, but
 * the last, are of a width and most stop mid-sentence (or, of two, the first stops mid-clause); a list stays as it is. */
function unwrapped(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    const body = lines.slice(0, -1);
    const wrapped =
      lines.length >= 2 &&
      lines.length <= 60 &&
      !lines.some((l) => LIST_MARK.test(l)) &&
      body.every((l) => l.trim().length >= 40 && l.trim().length <= 100) &&
      (lines.length === 2
        ? !ENDS_STOP.test(body[0]) && (/^\s*\p{Ll}/u.test(lines[1]) || ENDS_MIDWAY.test(body[0]))
        : body.filter((l) => !ENDS_STOP.test(l)).length * 2 >= body.length);
    if (!wrapped) {
      // (One by one: a block of a hundred thousand lines is too many arguments for one call.)
      for (const line of lines) out.push(line);
      continue;
    }
    // A word broken at the line's end ("well-\nknown") joins without a space.
    out.push(lines.map((l) => l.trim()).reduce((joined, l) => (/\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(l) ? `${joined}${l}` : `${joined} ${l}`)));
  }
  return out;
}

export function parsePlainText(raw: string, url: string | null = null): Article {
  const lines = unwrapped(normaliseText(raw)).map((l) => stripSectionLabel(stripForeignTag(stripTrailingLink(plainOfMarkdown(l.replace(/\s+/g, ' ').trim())))));
  const article: Article = { title: null, source: null, byline: null, published: null, datelinePlace: null, url, paragraphs: [] };
  const kept: string[] = [];
  // Under a "Related" or "Read more" heading, the short lines that follow are links to other stories.
  let inLinks = false;
  for (const line of lines) {
    if (!line) continue;
    // Furniture, bylines and source lines are short; long lines are prose and skip the checks.
    if (line.length > 300) {
      if (!isSmallPrint(line)) kept.push(line);
      inLinks = false;
      continue;
    }
    if ((isCommentsStart(line) || isEndMatter(line)) && kept.some(endsLikeProse)) break;
    if (isLinkHeading(line) || isLinkLine(line)) {
      inLinks = true;
      continue;
    }
    if (inLinks && !(endsLikeProse(line) && line.length > 60)) continue;
    inLinks = false;
    if (isForeignScriptLine(line)) continue;
    // Metadata lines first (a "Source: …" line is also furniture), then the furniture itself.
    const source = sourceLineOf(line);
    if (source) {
      article.source ??= source;
      continue;
    }
    // "By Jane Doe | 14 May 2027" (before the furniture check, which reads "A | B" as section labels).
    const both = bylineAndDate(line);
    if (both) {
      article.byline ??= both.byline;
      article.published ??= both.date;
      continue;
    }
    const date = dateLineOf(line);
    if (date) {
      // "Updated 3 hours ago" is furniture, but the dateline's day is the date.
      if (!givesNoDay(date)) article.published ??= date;
      // "Maren Holt" on its own line right above the date line is the byline without its "By".
      if (kept.length >= 2 && BARE_NAME.test(kept.at(-1)!)) article.byline ??= kept.pop()!;
      continue;
    }
    if (isFurniture(line)) continue;
    const byline = bylineOf(line);
    if (byline) {
      article.byline ??= byline;
      continue;
    }
    const header = agencyHeaderOf(line);
    if (header) {
      article.source ??= header.source;
      article.published ??= header.date;
      continue;
    }
    kept.push(line);
  }

  dropLeadingMenu(kept);
  takeHeadline(kept, article);
  dropTrailingLinks(kept);

  // The dateline opens the first paragraph of prose, whatever stands above it (a page's own "Key points" list).
  const firstProse = kept.findIndex((l) => endsLikeProse(l) && l.length > 60);
  // (Paragraphs that open with a speaker's label in capitals: "PRIME MINISTER ROY: …", "QUESTION: …".)
  const capsLabels = kept.filter((l) => CAPS_LABEL.test(l)).length;
  for (const [i, line] of kept.entries()) {
    const read = i < 2 || i === firstProse ? readDateline(line) : null;
    // "Ana Roy: Good afternoon." opening two or more paragraphs is a speaker in a transcript, not a dateline; as is
    // "PRESIDENT VALE: Thank you." once, among other speakers' labels in capitals.
    const label = read && line.startsWith(`${read.place}:`) ? `${read.place}:` : null;
    const speaker = label && (kept.filter((l) => l.startsWith(label)).length >= 2 || (CAPS_LABEL.test(line) && capsLabels >= 2));
    const dateline = read && !speaker ? read : null;
    if (dateline) {
      article.datelinePlace ??= dateline.place;
      article.source ??= dateline.source;
      article.published ??= dateline.date;
      if (dateline.rest.trim()) article.paragraphs.push(dateline.rest.trim());
      continue;
    }
    article.paragraphs.push(line);
  }
  return article;
}

/** A speaker's label in capitals opening a paragraph: "PRIME MINISTER ROY: ", "QUESTION: " (not an interview's "Q: "). */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,4}:\s/u;

/** A site's menu above the headline: a run of three or more short bulleted lines ("• Home", "• News",
 * "• Sport"), and the section labels of a word or two right under it ("World"). */
function dropLeadingMenu(lines: string[]): void {
  const item = (l: string) => /^[•·*▪–-]\s*\S/.test(l) && l.replace(/^[•·*▪–-]\s*/, '').split(/\s+/).length <= 3;
  let n = 0;
  while (n < lines.length && item(lines[n])) n++;
  if (n < 3) return;
  while (n < lines.length && lines[n].split(/\s+/).length <= 2 && !/[.!?:]$/.test(lines[n])) n++;
  lines.splice(0, n);
}

/** Takes the headline off the top: a site name above it, the headline repeated, a site suffix. */
function takeHeadline(lines: string[], article: Article): void {
  if (!lines.length || !isHeadlineLike(lines[0])) return;
  // A very short line above a longer headline is the site's name: capitalised words or an address, no
  // sentence's lower-case words ("Minister says talks close" is a headline above a long first line).
  if (
    lines.length > 2 &&
    isHeadlineLike(lines[1]) &&
    lines[0].split(' ').length <= 4 &&
    lines[0].split(' ').every((w) => !/^\p{Ll}/u.test(w) || /\.\p{L}{2,}$/u.test(w)) &&
    lines[1].split(' ').length > lines[0].split(' ').length + 2 &&
    !endsLikeProse(lines[1])
  ) {
    // (Shift first: `??=` would skip the shift when a source is already known.)
    const siteName = lines.shift()!;
    article.source ??= siteName;
  }
  const { title, site } = splitSiteSuffix(lines.shift()!);
  article.title = title;
  if (site) article.source ??= site;
  while (lines.length && (sameText(lines[0], title) || sameText(splitSiteSuffix(lines[0]).title, title))) lines.shift();
}

/** Related-story headlines trail the article: short lines that are not prose, after the last prose. */
function dropTrailingLinks(lines: string[]): void {
  const lastProse = lines.findLastIndex((l) => endsLikeProse(l) && l.length > 80);
  if (lastProse < 0) return;
  const trailing = lines.slice(lastProse + 1);
  if (trailing.every((l) => isHeadlineLike(l) && l.length <= 160)) lines.length = lastProse + 1;
}
