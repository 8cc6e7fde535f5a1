import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { watchBriefings } from '../../src/library/watch.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { tempWorkspace } from '../integration/harness.js';

const ARTICLE =
  'Envoys meet in Oslo\n\nSpecial Envoy Kari Nordmann of Norway hosted the Arctic talks in Oslo on Friday with delegates from Iceland and Finland.';

describe('Library', () => {
  it('ingests a folder, names articles by file, skips unreadable files, and deduplicates', async () => {
    const ws = tempWorkspace({ 'oslo.txt': ARTICLE, 'copy-of-oslo.md': ARTICLE, 'empty.txt': '', 'notes.csv': 'a,b' });
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
    const { added, errors } = await library.ingestDirectory(ws.briefings);
    // oslo.txt has the same text as copy-of-oslo.md, which sorts first: it is stored once.
    expect(added.map((b) => b.record.name)).toEqual(['brics-nsa-cyber-2023', 'copy-of-oslo']);
    expect((await library.list(10)).map((a) => a.name).sort()).toEqual(['brics-nsa-cyber-2023', 'copy-of-oslo']);
    expect(errors.map((e) => e.file)).toEqual(['empty.txt']);
    expect((await library.ingestDirectory(ws.briefings)).added).toEqual([]);
  });

  it('fetches /briefing <url> once (private addresses only when allowed) and finds it again by URL', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<html><head><title>Envoys meet in Oslo | Polar Post</title></head><body><article><h1>Envoys meet in Oslo</h1><p>${ARTICLE.split('\n\n')[1]} The talks covered shipping, fishing and search-and-rescue cooperation across the region for the coming decade.</p></article></body></html>`,
      );
    });
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
    const watcher = watchBriefings(
      ws.briefings,
      library,
      (b) => seen.push(b.record.name),
      () => undefined,
    );
    try {
      writeFileSync(join(ws.briefings, 'late-news.txt'), ARTICLE);
      for (let i = 0; i < 100 && !seen.length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(seen).toEqual(['late-news']);
    } finally {
      watcher.close();
    }
  });
});

describe('the briefings folder is read safely', () => {
  it("skips symbolic links (to the bot's .env or out of the folder) and FIFOs, and reads regular files", async () => {
    const { symlinkSync, mkdirSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const ws = tempWorkspace({ 'oslo.txt': ARTICLE }, false);
    const secret = join(ws.dir, '.env');
    writeFileSync(secret, `SLACK_BOT_TOKEN=xoxb-secret-token\n\n${ARTICLE.replace('Oslo', 'Bergen')} The secret is here.`);
    symlinkSync(secret, join(ws.briefings, 'env.txt'));
    symlinkSync('/etc/hostname', join(ws.briefings, 'host.txt'));
    mkdirSync(join(ws.briefings, 'dir.txt'));
    execFileSync('mkfifo', [join(ws.briefings, 'pipe.txt')]);
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
    const { added, errors } = await library.ingestDirectory(ws.briefings);
    expect(added.map((b) => b.record.name)).toEqual(['oslo']);
    expect(errors.map((e) => e.file).sort()).toEqual(['dir.txt', 'env.txt', 'host.txt', 'pipe.txt']);
    expect(errors.find((e) => e.file === 'env.txt')?.message).toMatch(/symbolic link/);
    for (const b of await library.list(10)) expect(b.title).not.toMatch(/Bergen|secret/);
  });

  it('waits for a file being written to settle, and a file that changes replaces its earlier version', async () => {
    const { appendFileSync } = await import('node:fs');
    const ws = tempWorkspace({}, false);
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false });
    const path = join(ws.briefings, 'talks.txt');
    const [head, body] = ARTICLE.split('\n\n');
    writeFileSync(path, `${head}\n\n${body.slice(0, 60)}`);
    // The writer finishes 100 ms into the wait: the half-written version is never read.
    const finishing = new Promise<void>((r) =>
      setTimeout(() => {
        appendFileSync(path, body.slice(60));
        r();
      }, 100),
    );
    const first = await library.ingestFolderFile(ws.briefings, 'talks.txt', 150);
    await finishing;
    expect(first.briefing.card.participants.map((p) => p.name)).toEqual(['Kari Nordmann']);
    expect(first.briefing.record.name).toBe('talks');
    writeFileSync(path, `${head}\n\n${body} A second day of talks is planned for Tromso in June with the same delegations.`);
    const second = await library.ingestFolderFile(ws.briefings, 'talks.txt', 20);
    expect(second.created).toBe(false);
    expect(second.briefing.record.id).toBe(first.briefing.record.id);
    expect((await library.list(10)).map((a) => a.name)).toEqual(['talks']);
    expect((await library.get(first.briefing.record.id))!.analysis.article.paragraphs.join(' ')).toContain('Tromso');
  });
});

describe('storage stays bounded', () => {
  it("keeps at most the storage cap of each article's text, while its card is made from all of it", async () => {
    const { MAX_STORED_ARTICLE_CHARS } = await import('../../src/library/library.js');
    const { parsePlainText } = await import('../../src/core/article/plain-text.js');
    const ws = tempWorkspace({}, false);
    const store = new SqliteStore(ws.db);
    const library = new Library(store, { allowPrivateUrls: false });
    for (let n = 0; n < 5; n++) {
      const filler = Array.from(
        { length: 4000 },
        (_, i) => `Paragraph ${i} of report ${n} describes the harbour, the weather and the fishing fleet at some length.`,
      ).join('\n\n');
      await library.save(
        parsePlainText(`Report ${n}\n\n${ARTICLE.split('\n\n')[1]}\n\n${filler}\n\nThe closing paragraph says the talks will resume in Tromso in June.`),
        `report-${n}`,
      );
    }
    for (const record of await library.list(10)) {
      expect(record.articleJson.length).toBeLessThan(MAX_STORED_ARTICLE_CHARS * 1.2);
      expect(JSON.parse(record.articleJson).stored).toBe('truncated');
      expect(JSON.parse(record.cardJson).participants.map((p: { name: string }) => p.name)).toEqual(['Kari Nordmann']);
    }
  });

  it('prunes article texts older than the keep period; the card stays and questions say the text is gone', async () => {
    const ws = tempWorkspace({ 'oslo.txt': ARTICLE }, false);
    let now = Date.UTC(2026, 0, 1);
    const library = new Library(new SqliteStore(ws.db), { allowPrivateUrls: false, keepArticleDays: 30, clock: () => now });
    return library.ingestDirectory(ws.briefings).then(async () => {
      const id = (await library.list(1))[0].id;
      expect(await library.pruneOldArticles()).toBe(0);
      now += 31 * 86_400_000;
      expect(await library.pruneOldArticles()).toBe(1);
      expect(await library.pruneOldArticles()).toBe(0);
      const b = (await library.get(id))!;
      expect(JSON.parse(b.record.articleJson).paragraphs).toEqual([]);
      expect(b.card.participants.map((p) => p.name)).toEqual(['Kari Nordmann']);
      expect(b.ask('Who is Kari Nordmann?')).toMatchObject({ answered: false, answer: expect.stringMatching(/no longer kept/) });
    });
  });
});
