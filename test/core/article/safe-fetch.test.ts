import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress, safeFetch } from '../../../src/core/article/safe-fetch.js';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<p>hello</p>');
      return;
    }
    if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end('png');
      return;
    }
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(5000));
      return;
    }
    if (req.url === '/bomb') {
      // 20 MB of spaces, gzipped to a few kilobytes.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)));
      return;
    }
    if (req.url === '/etag') {
      if (req.headers['if-none-match'] === '"abc"') {
        res.writeHead(304, { etag: '"abc"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', etag: '"abc"', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.from('compressed words')));
      return;
    }
    if (req.url === '/busy') {
      res.writeHead(503, { 'retry-after': '90' });
      res.end();
      return;
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
      return;
    }
    if (req.url === '/moved') {
      res.writeHead(301, { location: '/article' });
      res.end();
      return;
    }
    if (req.url === '/trickle') {
      // A byte every 100 ms, forever: the socket is never idle long enough for an idle timeout.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const t = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(t));
      return;
    }
    res.writeHead(404);
    res.end('missing');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('isPrivateAddress', () => {
  it('flags loopback, private, link-local and mapped addresses, not public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '0.0.0.0'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('safeFetch', () => {
  it('refuses loopback addresses unless allowed', async () => {
    await expect(safeFetch(`${base}/article`)).rejects.toThrow(/private or local/);
    await expect(safeFetch('http://localhost:9/article')).rejects.toThrow(/private or local/);
  });

  it('fetches an allowed page and follows a redirect', async () => {
    const page = await safeFetch(`${base}/moved`, { allowPrivate: true });
    expect(page.body).toBe('<p>hello</p>');
    expect(page.url).toBe(`${base}/article`);
  });

  it('rejects non-text content, oversize bodies, redirect loops, 404s and other schemes', async () => {
    await expect(safeFetch(`${base}/image`, { allowPrivate: true })).rejects.toThrow(/not an article/);
    await expect(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toThrow(/larger than/);
    await expect(safeFetch(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(/too many redirects/);
    await expect(safeFetch(`${base}/nope`, { allowPrivate: true })).rejects.toThrow(/404/);
    await expect(safeFetch('file:///etc/passwd')).rejects.toThrow(/only http and https/);
  });

  it('gives the whole fetch one deadline: a server trickling a byte at a time is cut off', async () => {
    // The trickle never ends: without one deadline this fetch would never settle.
    await expect(safeFetch(`${base}/trickle`, { allowPrivate: true, timeoutMs: 600 })).rejects.toThrow(/timed out/);
  });

  it('inflates gzip within the size cap (a small bomb is refused), answers 304 to a matching ETag, and reads Retry-After', async () => {
    await expect(safeFetch(`${base}/bomb`, { allowPrivate: true, maxBytes: 1_000_000 })).rejects.toThrow(/larger than 1000000 bytes/);
    const page = await safeFetch(`${base}/etag`, { allowPrivate: true });
    expect(page).toMatchObject({ status: 200, body: 'compressed words' });
    const again = await safeFetch(`${base}/etag`, { allowPrivate: true, headers: { 'if-none-match': String(page.headers.etag) } });
    expect(again).toMatchObject({ status: 304, body: '' });
    await expect(safeFetch(`${base}/busy`, { allowPrivate: true })).rejects.toMatchObject({ status: 503, retryAfterMs: 90_000 });
    expect((await safeFetch(`${base}/moved`, { allowPrivate: true })).movedTo).toBe(`${base}/article`);
  });
});
