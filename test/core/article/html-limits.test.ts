// Hostile pages are bounded before the HTML parser sees them (inputs generated here, not committed).
import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, limitHtml } from '../../../src/core/article/html-limits.js';
import { parseArticleText } from '../../../src/core/article/ingest.js';

const para = '<p>The ministers met in Geneva on Monday and agreed to cut tariffs on grain by half within five years.</p>';

/** The deepest nesting of elements in a page. */
function depthOf(html: string): number {
  let depth = 0,
    max = 0;
  for (const m of html.matchAll(/<(\/?)(div|span|section)\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

describe('limitHtml', () => {
  it('drops tags nested deeper than any article page, keeping the text inside', () => {
    const page = `<html><body>${'<div>'.repeat(10_000)}${para}${'</div>'.repeat(10_000)}</body></html>`;
    const { html, flattened } = limitHtml(page);
    expect(flattened).toBe(false);
    expect(depthOf(html)).toBeLessThanOrEqual(MAX_HTML_DEPTH);
    expect(depthOf(html)).toBeGreaterThan(MAX_HTML_DEPTH - 5);
    expect(html).toContain(para);
  });

  it('leaves an ordinary page as it is', () => {
    const page = `<html><head><title>T</title><script>if (a < b) x();</script></head><body><div><article>${para}<img src="x.png"><br/></article></div></body></html>`;
    expect(limitHtml(page)).toEqual({ html: page, flattened: false });
  });

  it('turns a "<" that opens no tag into text, and reads a page of them as text', () => {
    expect(limitHtml('<p>a < b and c <d</p>').html).toBe('<p>a &lt; b and c &lt;d</p>');
    expect(limitHtml(`<html><body>${'<'.repeat(100_000)}</body></html>`).flattened).toBe(true);
    expect(limitHtml(`<html><body>${'<b>w '.repeat(50_000)}</body></html>`).flattened).toBe(true);
  });

  it('briefs hostile pages to a clear refusal or a card, never a stack overflow', async () => {
    const pages = [
      `<html><body>${'<div>'.repeat(10_000)}</body></html>`,
      `<html><body>${'<'.repeat(1_900_000)}</body></html>`,
      `<html><body>${'<a'.repeat(900_000)}</body></html>`,
    ];
    for (const page of pages) await expect(parseArticleText(page, null, true)).rejects.toThrow(/no article text found/);
    const article = await parseArticleText(`<html><body>${'<div>'.repeat(10_000)}${para.repeat(3)}</body></html>`, null, true);
    expect(article.paragraphs.join(' ')).toContain('agreed to cut tariffs');
  });
});
