// A local feed server on 127.0.0.1 for the feed tests: the same stories served as RSS 2.0, RSS 0.91,
// RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1, with ETags (304 on a match), a feed that moved for good
// (301), one that is rate-limited (429 + Retry-After), a malformed one, a page that links its feed,
// a page that links none, and a page per story. Tests add stories and read what was requested.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface FixtureStory {
  slug: string;
  title: string;
  /** ISO date. */
  date: string;
  /** Paragraphs of the story's page; none: its page answers 404 (the item's text is all there is). */
  body: string[];
  /** The item's own text in the feed. */
  summary?: string;
  /** Extra query string on the item's link (tracking parameters). */
  linkQuery?: string;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An invented story with enough text for a card: people with titles, a place, a decision. */
export function story(slug: string, n: number, date: string): FixtureStory {
  return {
    slug,
    title: `Harbour council ${slug.replace(/-/g, ' ')} vote ${n}`,
    date,
    body: [
      `Harbour council ${slug.replace(/-/g, ' ')} vote ${n}`,
      `PORT ELLIS, ${date.slice(0, 10)} — Mayor Tessa Brandvold of Port Ellis said on Tuesday the harbour council had approved plan number ${n} to dredge the northern channel, after a debate that ran past midnight.`,
      `Councillor Imre Vasko, who chairs the works committee, said the dredging would cost $${n + 2} million and begin in the spring.`,
      `Harbourmaster Delia Okafor told the council the channel had silted up by ${n + 1} metres since the last survey, and that ships were waiting offshore.`,
      'The council will review the contractor bids at its next meeting in March.',
    ],
    summary: `<p>Mayor Tessa Brandvold said the harbour council approved plan ${n} to dredge the northern channel at a cost of $${n + 2} million, with work beginning in the spring after the contractor bids are reviewed in March by the council.</p>`,
  };
}

export class FeedServer {
  private server: Server | null = null;
  base = '';
  stories: FixtureStory[] = [];
  /** Every request: path and headers, in order. */
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }> = [];
  /** Seconds the rate-limited feed asks to wait. */
  retryAfter = 120;
  version = 1;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      this.requests.push({ path, headers: req.headers });
      const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
        const etag = `"v${this.version}-${this.stories.length}"`;
        if (status === 200 && headers.etag === undefined && /\/(rss|atom|rdf|feed|rss09|other)\b/.test(path)) {
          if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, { etag });
            res.end();
            return;
          }
          headers.etag = etag;
        }
        // Compressed when the client asks, as real servers do.
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 200;
        const payload = gzip ? gzipSync(body) : Buffer.from(body);
        res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...headers });
        res.end(payload);
      };
      const m = /^\/stories\/([\w-]+)\.html$/.exec(path);
      if (m) {
        const s = this.stories.find((x) => x.slug === m[1]);
        if (!s?.body.length) return send(404, 'text/plain', 'not found');
        return send(200, 'text/html; charset=utf-8', this.page(s));
      }
      switch (path) {
        case '/rss.xml':
        case '/other.xml':
          return send(200, 'application/rss+xml; charset=utf-8', this.rss());
        case '/rss09.xml':
          return send(200, 'text/xml', this.rss09());
        case '/rdf.xml':
          return send(200, 'application/rdf+xml', this.rdf());
        case '/atom.xml':
          return send(200, 'application/atom+xml', this.atom());
        case '/feed.json':
          return send(200, 'application/feed+json', this.json());
        case '/malformed.xml':
          return send(200, 'application/rss+xml', '<rss version="2.0"><channel><title>Broken</title><item><title>Unclosed');
        case '/moved.xml':
          res.writeHead(301, { location: '/rss.xml' });
          return res.end();
        case '/limited.xml':
          res.writeHead(429, { 'retry-after': String(this.retryAfter) });
          return res.end();
        case '/news':
          return send(
            200,
            'text/html',
            '<!doctype html><html><head><title>Port Ellis news</title><link rel="alternate" type="application/atom+xml" title="News" href="/atom.xml"></head><body><p>News</p></body></html>',
          );
        case '/about':
          return send(200, 'text/html', '<!doctype html><html><head><title>About</title></head><body><p>No feed here.</p></body></html>');
        default:
          return send(404, 'text/plain', 'not found');
      }
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  link(s: FixtureStory): string {
    return `${this.base}/stories/${s.slug}.html${s.linkQuery ? `?${s.linkQuery}` : ''}`;
  }

  /** Requests for one path. */
  hits(path: string): Array<{ path: string; headers: IncomingHttpHeaders }> {
    return this.requests.filter((r) => r.path === path);
  }

  private page(s: FixtureStory): string {
    const [title, ...paras] = s.body;
    return `<!doctype html><html><head><title>${esc(title)} | Port Ellis Gazette</title><meta property="og:site_name" content="Port Ellis Gazette"></head><body><nav><a href="/">Home</a></nav><article><h1>${esc(title)}</h1>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</article><footer>© Port Ellis Gazette</footer></body></html>`;
  }

  /** Newest first, as feeds list them. */
  private newest(): FixtureStory[] {
    return [...this.stories].sort((a, b) => b.date.localeCompare(a.date));
  }

  private rss(): string {
    const items = this.newest()
      .map(
        (s) =>
          `<item><title>${esc(s.title)}</title><link>${esc(this.link(s))}</link><guid isPermaLink="false">urn:port-ellis:${s.slug}</guid><pubDate>${new Date(s.date).toUTCString()}</pubDate><description>${esc(s.summary ?? '')}</description></item>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Port Ellis Gazette</title><link>${this.base}/</link><description>News</description><ttl>20</ttl>${items}</channel></rss>`;
  }

  private rss09(): string {
    const items = this.newest()
      .map((s) => `<item><title>${esc(s.title)}</title><link>${esc(this.link(s))}</link><description>${esc(s.summary ?? '')}</description></item>`)
      .join('');
    return `<?xml version="1.0"?><rss version="0.91"><channel><title>Port Ellis Gazette (0.91)</title><link>${this.base}/</link><description>News</description><language>en</language>${items}</channel></rss>`;
  }

  private rdf(): string {
    const items = this.newest()
      .map(
        (s) =>
          `<item rdf:about="${esc(this.link(s))}"><title>${esc(s.title)}</title><link>${esc(this.link(s))}</link><dc:date>${s.date}</dc:date><description>${esc(s.summary ?? '')}</description></item>`,
      )
      .join('');
    return `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${this.base}/"><title>Port Ellis Gazette (RDF)</title><link>${this.base}/</link><description>News</description></channel>${items}</rdf:RDF>`;
  }

  private atom(): string {
    const entries = this.newest()
      .map(
        (s) =>
          `<entry><title>${esc(s.title)}</title><id>tag:port-ellis,2026:${s.slug}</id><link rel="alternate" href="/stories/${s.slug}.html${s.linkQuery ? `?${esc(s.linkQuery)}` : ''}"/><updated>${s.date}</updated><content type="html">${esc(s.summary ?? '')}</content></entry>`,
      )
      .join('');
    return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${this.base}/"><title>Port Ellis Gazette (Atom)</title><id>tag:port-ellis,2026:feed</id><updated>2026-11-01T00:00:00Z</updated>${entries}</feed>`;
  }

  private json(): string {
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Port Ellis Gazette (JSON)',
      items: this.newest().map((s) => ({ id: `json-${s.slug}`, url: this.link(s), title: s.title, content_html: s.summary ?? '', date_published: s.date })),
    });
  }
}
