// Feeds end to end in the shell, through real processes: `npm start` takes /subscribe and /feed add
// from its stdin, `briefbot feeds poll` polls the local feed server, and `briefbot digest` prints
// the stories' cards, each once.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedsFile } from '../../src/feeds/feeds-file.js';
import { FeedServer, story } from '../integration/feed-server.js';
import { botEnv, runNode, tempWorkspace } from '../integration/harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'main.js');
const BIN = join(ROOT, 'bin', 'briefbot.js');

let server: FeedServer;
beforeAll(async () => {
  server = new FeedServer();
  await server.start();
  server.stories = [1, 2, 3, 4, 5].map((n) => story(`story-${n}`, n, `2026-11-0${n}T08:00:00Z`));
});
afterAll(() => server.stop());

function env(ws: ReturnType<typeof tempWorkspace>): Record<string, string> {
  return botEnv(ws, { BRIEFBOT_ALLOW_PRIVATE_URLS: '1', BRIEFBOT_ENV_FILE: join(ws.dir, 'no.env') });
}

function shell(ws: ReturnType<typeof tempWorkspace>, input: string): Promise<{ code: number | null; out: string; err: string }> {
  return runNode(MAIN, input, { cwd: ws.dir, env: env(ws) });
}

async function cli(ws: ReturnType<typeof tempWorkspace>, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ws.dir, env: env(ws) });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout, err: err.stderr };
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('feeds in the shell, end to end', () => {
  it('/subscribe and /feed add, then briefbot feeds poll and briefbot digest print each new story once', async () => {
    const ws = tempWorkspace({}, false);
    const started = await shell(ws, `/subscribe 09:00 UTC\n/feed add ${server.base}/rss.xml\n/feed add ${server.base}/news\n/feed list\n`);
    expect(started.code).toBe(0);
    expect(started.out).toContain(`Following Port Ellis Gazette (${server.base}/rss.xml) in digest mode`);
    // A page that names its feed: the Atom feed it links to is followed.
    expect(started.out).toContain(`found on ${server.base}/news`);
    expect(started.out).toMatch(/Feeds followed here:\s+1\. Port Ellis Gazette — .*rss\.xml \(digest\)\s+2\. Port Ellis Gazette \(Atom\)/);

    server.stories.push(story('story-6', 6, '2026-11-09T08:00:00Z'));
    const first = await cli(ws, 'feeds', 'poll');
    expect(first.code).toBe(0);
    expect(first.out).toContain(`${server.base}/rss.xml: 1 new story`);
    expect(first.out).toContain(`${server.base}/atom.xml: 1 new story`);

    // Nothing new: a conditional request, answered 304, adds nothing.
    const before = server.hits('/rss.xml').length;
    const second = await cli(ws, 'feeds', 'poll');
    expect(second.out).toContain(`${server.base}/rss.xml: 0 new stories (not modified)`);
    expect(server.hits('/rss.xml')[before].headers['if-none-match']).toBeTruthy();

    const digest = await cli(ws, 'digest', '--all', '--date', '2026-11-30');
    expect(digest.code).toBe(0);
    expect(digest.out).toContain('Daily digest for 2026-11-30 — 4 new briefings');
    // Stories 3–5 came from both feeds (the backfill of each), 6 from both polls: one card each.
    for (const n of [3, 4, 5, 6]) expect(count(digest.out, `Harbour council story ${n} vote ${n}`)).toBe(1);
    expect(digest.out).not.toContain('story 2 vote 2');

    const list = await cli(ws, 'feeds', 'list');
    expect(list.out).toMatch(/#1 .*rss\.xml — Port Ellis Gazette\n\s+every 20 min, next poll .*, ok\n\s+followed by shell terminal \(digest\)/);
  });

  it('feeds add and import from the CLI; a feed that fails is reported and the exit code says so', async () => {
    const ws = tempWorkspace({}, false);
    const added = await cli(ws, 'feeds', 'add', `${server.base}/feed.json`, '--channel', 'C0NEWS123', '--mode', 'instant');
    expect(added.code).toBe(0);
    expect(added.out).toContain(`following ${server.base}/feed.json in slack C0NEWS123 (instant); 3 stories queued`);
    const opml = join(ws.dir, 'feeds.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline text="News"><outline type="rss" text="RDF" xmlUrl="${server.base}/rdf.xml"/><outline type="rss" text="Broken" xmlUrl="${server.base}/malformed.xml"/></outline></body></opml>`,
    );
    const imported = await cli(ws, 'feeds', 'import', opml, '--channel', 'terminal');
    expect(imported.code).toBe(1);
    expect(imported.out).toContain(`following ${server.base}/rdf.xml in shell terminal (digest)`);
    expect(imported.out).toContain(`could not follow ${server.base}/malformed.xml`);
    expect(imported.err).toContain('1 of 2 feeds not followed');
    const usage = await cli(ws, 'feeds', 'add', `${server.base}/rss.xml`);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--channel');
  });
});

describe('config/feeds.json', () => {
  it('is validated at start-up (a bad entry stops the bot, naming it), and its feeds are followed', async () => {
    const ws = tempWorkspace({}, false);
    mkdirSync(join(ws.dir, 'config'));
    const file = join(ws.dir, 'config', 'feeds.json');
    writeFileSync(file, JSON.stringify({ feeds: [{ url: 'ftp://x.example/rss', platform: 'shell', channel: 'terminal', mode: 'weekly' }] }));
    const bad = await shell(ws, '');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/feeds\.json: feeds\.0\.url: .*\n?.*feeds\.json: feeds\.0\.mode/);
    writeFileSync(file, JSON.stringify({ feeds: [{ url: `${server.base}/rdf.xml`, platform: 'shell', channel: 'terminal' }] }));
    const good = await shell(ws, '');
    expect(good.code).toBe(0);
    const list = await cli(ws, 'feeds', 'list');
    expect(list.out).toMatch(/rdf\.xml — Port Ellis Gazette \(RDF\)[\s\S]*followed by shell terminal \(digest\)/);
  });

  it('the example file in config/ is valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-example-'));
    copyFileSync(join(ROOT, 'config', 'feeds.example.json'), join(dir, 'feeds.json'));
    expect(readFeedsFile(dir).map((f) => f.mode)).toEqual(['digest', 'instant']);
  });
});
