// One poll of 1,000 feeds × 20 items from a local server, all new and then all answered 304: time
// and peak memory. The server runs here; the poller runs in a child process, so its peak RSS is
// its own.

import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const FEEDS = 1000;
export const ITEMS = 20;

function feedXml(feed: number, base: string): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const id = `${feed}-${i}`;
    return `<item><title>Story ${id} about the harbour council</title><link>${base}/stories/${id}.html</link><guid isPermaLink="false">urn:bench:${id}</guid><pubDate>${new Date(Date.UTC(2026, 10, 1, 0, i)).toUTCString()}</pubDate><description>Councillors voted on plan ${id} to dredge the northern channel.</description></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed ${feed}</title><link>${base}/</link><description>bench</description>${items}</channel></rss>`;
}

export async function benchFeeds(root: string): Promise<void> {
  let requests = 0,
    notModified = 0;
  const server = createServer((req, res) => {
    requests++;
    const m = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const etag = `"bench-${m[1]}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedXml(Number(m[1]), `http://${req.headers.host}`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const child = join(root, '.bench-dist', 'bench', 'feeds-poll.js');
    const { stdout } = await promisify(execFile)(process.execPath, [child, base], { maxBuffer: 1 << 20 });
    process.stdout.write(stdout);
    console.log(`feeds: the server answered ${requests} requests, ${notModified} of them 304 Not Modified`);
  } finally {
    server.close();
  }
}
