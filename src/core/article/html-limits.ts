// Bounds what a hostile page can make the HTML parser and Readability do. One linear pass before
// parsing drops tags nested deeper than a real article ever is and turns a "<" that opens no tag
// into text; a page with more elements (or stray "<") than any article needs is read as text.

/** Deeper than this, a page is built to hurt: real article pages nest a few dozen levels. */
export const MAX_HTML_DEPTH = 64;
/** More elements than this and the page is read as text (an article page has a few thousand). */
export const MAX_HTML_ELEMENTS = 40_000;
/** More "<" that open no tag than this and the page is read as text. */
const MAX_STRAY_LT = 5_000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup: their insides are copied, not parsed. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript']);
const NAME = /^<(\/?)([a-zA-Z][\w:-]*)/;
/** Text blocks the extraction reads; they cannot nest (the parser closes one before the next), so they are kept at any depth. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export interface LimitedHtml {
  html: string;
  /** True when the page had to be read as text. */
  flattened: boolean;
}

export function limitHtml(html: string): LimitedHtml {
  const out: string[] = [];
  const open: string[] = [];
  let copied = 0,
    elements = 0,
    stray = 0;
  let gt = -1,
    lt = -1; // the next ">" and the next "<" after the current one, found once each
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (gt < i) gt = html.indexOf('>', i);
    if (lt <= i) lt = html.indexOf('<', i + 1);
    const m = gt > i && (lt < 0 || lt > gt) ? NAME.exec(html.slice(i, Math.min(gt + 1, i + 80))) : null;
    // Comments and declarations are left to the parser; any other "<" that opens no tag is text.
    if (!m) {
      if (!/[!?]/.test(html[i + 1] ?? '')) {
        if (++stray > MAX_STRAY_LT) return { html: asText(html), flattened: true };
        out.push(html.slice(copied, i), '&lt;');
        copied = i + 1;
      }
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) return { html: asText(html), flattened: true };
    const [, closing, rawName] = m;
    const name = rawName.toLowerCase();
    const end = gt + 1;
    if (!closing && RAW.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, end);
      i = close < 0 ? html.length : close - 1;
      gt = -1;
      lt = -1;
      continue;
    }
    if (VOID.has(name) || html[gt - 1] === '/' || TEXT_BLOCKS.has(name)) continue;
    if (!closing) {
      open.push(name);
      if (open.length > MAX_HTML_DEPTH) {
        out.push(html.slice(copied, i));
        copied = end;
      }
      continue;
    }
    // A closing tag: dropped when its opening tag was dropped for depth.
    const depth = open.lastIndexOf(name);
    if (depth < 0) continue;
    const dropped = depth >= MAX_HTML_DEPTH;
    open.length = depth;
    if (dropped) {
      out.push(html.slice(copied, i));
      copied = end;
    }
  }
  out.push(html.slice(copied));
  return { html: out.join(''), flattened: false };
}

/** The page as text: block ends become paragraph breaks, every tag goes. */
function asText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[^>]{0,200}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|li|h[1-6]|br|tr|section|article|blockquote)\b[^<>]{0,200}>/gi, '\n\n')
    .replace(/<[a-zA-Z/!][^<>]{0,500}>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ');
}
