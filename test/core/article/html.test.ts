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
  it('reads the story a script-rendered page carries in its schema.org data, and skips data that is broken', () => {
    const data = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Lima Wire' },
        {
          '@type': 'NewsArticle',
          headline: 'Andean ministers agree to link power grids by 2030',
          articleBody: `LIMA — Energy ministers from Peru, Chile and Ecuador agreed on Wednesday to build a power link by 2030.\n\nPeru's energy minister, Ana Roy, said the link would end the region's reliance on a single line.`,
        },
      ],
    });
    const spa = `<!doctype html><html><head><title>Lima Wire</title><script type="application/ld+json">{broken</script>
<script type="application/ld+json">${data}</script></head><body><div id="app">Loading…</div><noscript>Please enable JavaScript.</noscript></body></html>`;
    const a = parseHtml(spa);
    expect(a.title).toBe('Andean ministers agree to link power grids by 2030');
    expect(a.datelinePlace).toBe('LIMA');
    expect(a.paragraphs).toEqual([
      'Energy ministers from Peru, Chile and Ecuador agreed on Wednesday to build a power link by 2030.',
      "Peru's energy minister, Ana Roy, said the link would end the region's reliance on a single line.",
    ]);
    // A page that shows its story keeps what it shows.
    expect(parseHtml(page.replace('</head>', `<script type="application/ld+json">${data}</script></head>`)).title).toBe('Ministers agree to meet again');
  });

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

  it('drops a newsletter or subscription box set inside the story, its heading too, but not a story whose page is for subscribers', () => {
    const boxed = `<!doctype html><html><head><title>Ministers agree to meet again | The Courier</title></head>
<body class="is-subscriber"><article><h1>Ministers agree to meet again</h1>${paragraph(1)}${paragraph(2)}
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Never miss a story from our newsroom.</p></div>
<aside id="subscribe-box"><h4>Support our journalism</h4><p>Become a member today for full access to our reporting.</p></aside>
${paragraph(3)}</article></body></html>`;
    const a = parseHtml(boxed);
    expect(a.paragraphs).toHaveLength(3);
    const all = a.paragraphs.join(' ');
    for (const junk of ['morning briefing', 'Never miss', 'Support our journalism', 'Become a member']) expect(all).not.toContain(junk);
  });

  it('reads a list as a list, the headline the article shows, and a byline line as no paragraph', () => {
    const release = `<!doctype html><html><head><title>Live: ministers meet | Lima Press</title><meta name="author" content="Press Office"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>Ministers agree river shipping action plan</h1>
<p class="byline">Press Office · 22 April 2026</p>
<p>Lima, 21 April 2026 – Transport ministers of the ten river countries met on Tuesday and agreed a five-point action plan to keep the river navigable during droughts, the ministry said.</p>
<p>The action plan commits the countries to:</p>
<ul><li>dredge bottlenecks to a depth of 2.5 metres by 2028;</li><li>share water-level forecasts in real time;</li><li>fund a joint fleet of icebreakers;</li></ul>
<p>The next ministerial meeting will be held in Quito in 2027, the ministers said in a joint statement after the talks.</p>
</article></main></body></html>`;
    const a = parseHtml(release);
    expect(a.title).toBe('Ministers agree river shipping action plan');
    expect(a.paragraphs.join(' ')).not.toContain('Press Office');
    expect(a.paragraphs).toContain('• share water-level forecasts in real time;');
    expect(a.datelinePlace).toBe('Lima');
    expect(a.paragraphs.some((p) => p.startsWith('Transport ministers'))).toBe(true);
    // The dateline's date is the page's date when no metadata gives one.
    expect(a.published).toBe('21 April 2026');
    // … and the byline line's date when nothing else does.
    const undated = release.replace('Lima, 21 April 2026 – ', '');
    expect(parseHtml(undated).published).toBe('22 April 2026');
  });

  it('reads a government page\'s date from its "Published" term in a definition list', () => {
    const page = `<!doctype html><html><head><title>Minister announces school repairs</title></head><body><main>
<h1>Minister announces school repairs</h1>
<dl><dt>From:</dt><dd>Department for Education</dd><dt>Published</dt><dd>18 March 2026</dd></dl>
<p>Education Minister Ana Roy today announced 200 million soles to repair crumbling school buildings across the country.</p>
<p>Schools will be able to apply for funding from 1 April, and the money will fund repairs to roofs, windows and heating.</p>
</main></body></html>`;
    expect(parseHtml(page).published).toBe('18 March 2026');
  });

  it('keeps a line break inside a block: a byline and its date set apart by <br> are read as such, the prose as one paragraph', () => {
    const page = `<!doctype html><html><head><title>Port workers end strike - Coastal Times</title></head><body><div class="story">
<b>Port workers end strike</b><br><br>By Lee Kim<br>12 May 2026<br><br>
LIMA — Dock workers at the port of Callao ended a nine-day strike on Monday after their union accepted a 7.5% pay rise over two years.<br><br>
The union said 86% of members who voted backed the deal, and the port's employers said ships would move again by Friday.<br><br>
</div></body></html>`;
    const a = parseHtml(page);
    expect([a.byline, a.published, a.datelinePlace]).toEqual(['Lee Kim', '12 May 2026', 'LIMA']);
    expect(a.paragraphs[0]).toBe(
      'Dock workers at the port of Callao ended a nine-day strike on Monday after their union accepted a 7.5% pay rise over two years.',
    );
  });

  it("takes the site from the <title>'s suffix when og:title is the bare headline", () => {
    const bare = page
      .replace('<meta property="og:site_name" content="The Courier">', '')
      .replace('</title>', '</title><meta property="og:title" content="Ministers agree to meet again">');
    expect(parseHtml(bare).source).toBe('The Courier');
  });
});
