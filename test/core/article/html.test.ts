import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/core/article/html.js';

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: Foreign Minister Ana Lima met her counterparts for talks on trade and security, and the ministers agreed to meet again next spring in the capital.</p>`;

const page = `<!doctype html><html><head><title>Ministers agree to meet again | The Courier</title>
<meta property="og:site_name" content="The Courier"><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>
<body><div class="cookie">We use cookies. <button>I agree to the use of cookies</button></div>
<nav><a href="/">Home</a><a href="/login">Log in</a></nav>
<article><h1>Ministers agree to meet again</h1>${paragraph(1)}${paragraph(2)}${paragraph(3)}</article>
<aside class="related"><h2>More from this section</h2><ul><li><a href="/x">Envoy Tomas Berg resigns over expenses</a></li></ul></aside>
<section class="comments"><div class="comment"><span class="author">Pia Moss</span> says: Finally!</div></section>
<footer>&copy; 2024 The Courier. Reproduction prohibited.</footer></body></html>`;

describe('parseHtml', () => {
  it('takes the site name from the page title when no metadata names it', () => {
    const bare = page.replace('<meta property="og:site_name" content="The Courier">', '');
    expect(parseHtml(bare).source).toBe('The Courier');
  });

  it('keeps the article body and metadata and drops the page furniture', () => {
    const a = parseHtml(page);
    expect(a.title).toBe('Ministers agree to meet again');
    expect(a.source).toBe('The Courier');
    expect(a.published).toBe('2024-03-01T10:00:00Z');
    expect(a.paragraphs).toHaveLength(3);
    const all = a.paragraphs.join(' ');
    for (const junk of ['cookies', 'Log in', 'Tomas Berg', 'Pia Moss', 'Reproduction']) expect(all).not.toContain(junk);
  });
});
