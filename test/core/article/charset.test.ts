// Pages and files come out in the character set they declare (inputs generated here).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/article/charset.js';
import { safeFetch } from '../../../src/core/article/safe-fetch.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeText', () => {
  it("honours the HTTP charset, the page's <meta charset>, a BOM, and reads undeclared non-UTF-8 bytes as Windows-1252", () => {
    expect(decodeText(latin1('José Müller spoke.'), 'text/plain; charset=ISO-8859-1')).toBe('José Müller spoke.');
    expect(decodeText(latin1('<html><head><meta charset="iso-8859-1"></head><body>José Müller</body></html>'))).toContain('José Müller');
    expect(
      decodeText(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>“Müller”</p>'.replace('“', '\x93').replace('”', '\x94'))),
    ).toContain('“Müller”');
    expect(decodeText(Buffer.from('\ufeffJosé', 'utf8'))).toBe('José');
    expect(decodeText(latin1('Undeclared: José Müller.'))).toBe('Undeclared: José Müller.');
    expect(decodeText(Buffer.from('Plain UTF-8: José Müller.', 'utf8'))).toBe('Plain UTF-8: José Müller.');
  });

  it("honours a feed's XML declaration when the server names no charset", () => {
    // "Москва" in KOI8-R, which is not valid UTF-8 and would otherwise be read as Windows-1252.
    const koi8 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="KOI8-R"?><rss version="2.0"><channel><title>'),
      Buffer.from([0xed, 0xcf, 0xd3, 0xcb, 0xd7, 0xc1]),
      Buffer.from('</title></channel></rss>'),
    ]);
    expect(decodeText(koi8, 'application/rss+xml')).toContain('<title>Москва</title>');
  });

  it('refuses binary input, with or without NUL bytes', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toThrow(/binary/);
    const noNul = Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7) % 30)));
    expect(() => decodeText(noNul)).toThrow(/binary/);
  });

  it('a Latin-1 page fetched over HTTP keeps its accents', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(latin1('<html><body><p>José Müller opened the talks.</p></body></html>'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const page = await safeFetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { allowPrivate: true });
      expect(page.body).toContain('José Müller');
    } finally {
      server.close();
    }
  });
});
