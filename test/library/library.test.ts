import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { watchBriefings } from '../../src/library/watch.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { tempWorkspace } from '../integration/harness.js';

const ARTICLE = 'Envoys meet in Oslo\n\nSpecial Envoy Kari Nordmann of Norway hosted the Arctic talks in Oslo on Friday with delegates from Iceland and Finland.';

describe('Library', () => {
  it('ingests a folder, names articles by file, skips unreadable files, and deduplicates', async () => {
    const ws = tempWorkspace({ 'oslo.txt': ARTICLE, 'copy-of-oslo.md': ARTICLE, 'empty.txt': '', 'notes.csv': 'a,b' });
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
    const { added, errors } = await library.ingestDirectory(ws.briefings);
    // oslo.txt has the same text as copy-of-oslo.md, which sorts first: it is stored once.
    expect(added.map((b) => b.record.name)).toEqual(['brics-nsa-cyber-2023', 'copy-of-oslo']);
    expect(library.list(10).map((a) => a.name).sort()).toEqual(['brics-nsa-cyber-2023', 'copy-of-oslo']);
    expect(errors.map((e) => e.file)).toEqual(['empty.txt']);
    expect((await library.ingestDirectory(ws.briefings)).added).toEqual([]);
  });

  it('fetches /briefing <url> once (private addresses only when allowed) and finds it again by URL', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => { hits++; res.writeHead(200, { 'content-type': 'text/html' }); res.end(`<html><head><title>Envoys meet in Oslo | Polar Post</title></head><body><article><h1>Envoys meet in Oslo</h1><p>${ARTICLE.split('\n\n')[1]} The talks covered shipping, fishing and search-and-rescue cooperation across the region for the coming decade.</p></article></body></html>`); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oslo`;
    try {
      const ws = tempWorkspace({}, false);
      const strict = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
      await expect(strict.resolve(url)).rejects.toThrow(/private or local/);
      const library = new Library(new SqliteStore(join(ws.dir, 'other.db')), { allowPrivateUrls: true });
      const b = await library.resolve(url);
      expect(b.card.title).toBe('Envoys meet in Oslo');
      expect(b.card.participants.map((p) => p.name)).toEqual(['Kari Nordmann']);
      await library.resolve(url);
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });

  it('ingests an article dropped into the folder while running', async () => {
    const ws = tempWorkspace({}, false);
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
    const seen: string[] = [];
    const watcher = watchBriefings(ws.briefings, library, (b) => seen.push(b.record.name), () => undefined);
    try {
      writeFileSync(join(ws.briefings, 'late-news.txt'), ARTICLE);
      for (let i = 0; i < 100 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(seen).toEqual(['late-news']);
    } finally {
      watcher.close();
    }
  });
});
