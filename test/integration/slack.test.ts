// The Slack adapter end to end: the real Bolt app and Web API client against a local fake Slack,
// with correctly signed (and forged, and stale) requests over real HTTP on loopback.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { DEFAULT_DELIVERY, deliverDigest } from '../../src/schedule/deliver.js';
import { FakeSlack, mentionEvent, sendSigned, slashCommand } from './fake-slack.js';
import { FeedServer, story } from './feed-server.js';
import { HOSTILE_ARTICLE, freePort, startTestApp, tempWorkspace } from './harness.js';

const SECRET = 'test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let slack: FakeSlack;
let app: App;
let appUrl = '';

/** A bot with Slack credentials against the fake Slack, on `port`, in workspace `ws`. */
function slackEnv(port: number | string, ws: { db: string; briefings: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    BRIEFBOT_DB: ws.db,
    BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
    ...extra,
  };
}

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  const ws = tempWorkspace({ 'hostile.txt': HOSTILE_ARTICLE });
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  app = await startTestApp(slackEnv(port, ws));
});

afterAll(async () => {
  await app?.shutdown();
  await slack?.stop();
});

async function postCard(text = 'brics-nsa-cyber-2023'): Promise<{ ts: string; blocks: unknown[] }> {
  const before = slack.posts().length;
  const res = await sendSigned(appUrl, slashCommand('/briefing', text, `${slack.url}/respond/${Date.now()}`), FORM, SECRET);
  expect(res.status).toBe(200);
  const post = await slack.waitFor(() => slack.posts()[before]);
  return { ts: String(post.reply!.ts), blocks: post.args.blocks as unknown[] };
}

describe('Slack adapter', () => {
  it('acks /briefing and posts the card publicly as Block Kit with a text fallback', async () => {
    const { blocks } = await postCard();
    const post = slack.posts().at(-1)!;
    expect(post.args.channel).toBe('C1');
    expect(String(post.args.text)).toContain('Networks should not be a new battlefield');
    const json = JSON.stringify(blocks);
    expect((blocks as Array<{ type: string }>)[0].type).toBe('header');
    expect(json).toContain('Ajit Doval');
    expect(json).toContain('National Security Adviser');
    expect(json).toMatch(/Proposals \(4\)/);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('answers an @mention in the card thread, in that thread, with evidence', async () => {
    const { ts: threadTs } = await postCard();
    const before = slack.posts().length;
    const res = await sendSigned(appUrl, mentionEvent('Ev-answer', '<@UBOT> who is Ajit Doval?', '1800000000.000001', threadTs), JSON_TYPE, SECRET);
    expect(res.status).toBe(200);
    const answer = await slack.waitFor(() => slack.posts()[before]);
    expect(answer.args.thread_ts).toBe(threadTs);
    expect(String(answer.args.text)).toContain('National Security Adviser');
    expect(JSON.stringify(answer.args.blocks)).toContain('Evidence');
  });

  it('replies with short help to a mention outside a card thread', async () => {
    const before = slack.posts().length;
    await sendSigned(appUrl, mentionEvent('Ev-help', '<@UBOT> hello', '1800000000.000002'), JSON_TYPE, SECRET);
    const reply = await slack.waitFor(() => slack.posts()[before]);
    expect(reply.args.thread_ts).toBe('1800000000.000002');
    expect(String(reply.args.text)).toMatch(/thread of a briefing card/);
  });

  it('refuses a body over 1 MB with 413 before reading it, declared or streamed, and answers a signed `null` body with 400', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    expect((await sendSigned(appUrl, big, FORM, SECRET)).status).toBe(413);
    // Streamed without a Content-Length: refused as soon as it passes the cap.
    const { request } = await import('node:http');
    const streamed = await new Promise<number>((resolve) => {
      const req = request(`${appUrl}/slack/events`, { method: 'POST', headers: { 'content-type': FORM, 'transfer-encoding': 'chunked' } }, (res) => {
        resolve(res.statusCode ?? 0);
        res.resume();
      });
      req.on('error', () => resolve(-1));
      const chunk = Buffer.alloc(64 * 1024, 120);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && req.write(chunk)) sent++;
        if (sent < 40)
          req.once('drain', () => {
            sent++;
            pump();
          });
        else req.end();
      };
      pump();
    });
    expect([413, -1]).toContain(streamed);
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      expect((await sendSigned(appUrl, 'null', JSON_TYPE, SECRET)).status).toBe(400);
      expect((await sendSigned(appUrl, 'payload=null', FORM, SECRET)).status).toBe(400);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    // Still serving.
    expect((await sendSigned(appUrl, slashCommand('/help', '', `${slack.url}/respond/h`), FORM, SECRET)).status).toBe(200);
  });

  it('rejects a forged signature and a six-minute-old timestamp with 401 and posts nothing', async () => {
    const before = slack.calls.length;
    const forged = await sendSigned(appUrl, slashCommand('/briefing', '', `${slack.url}/respond/x`), FORM, SECRET, { forge: true });
    const stale = await sendSigned(appUrl, slashCommand('/briefing', '', `${slack.url}/respond/y`), FORM, SECRET, {
      timestamp: Math.floor(Date.now() / 1000) - 360,
    });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.calls.length).toBe(before);
  });

  it('posts once for an event that Slack retries', async () => {
    const { ts: threadTs } = await postCard();
    const before = slack.posts().length;
    const body = mentionEvent('Ev-retried', '<@UBOT> which countries attended?', '1800000000.000003', threadTs);
    await sendSigned(appUrl, body, JSON_TYPE, SECRET);
    await sendSigned(appUrl, body, JSON_TYPE, SECRET, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await slack.waitFor(() => slack.posts()[before]);
    await new Promise((r) => setTimeout(r, 500));
    expect(slack.posts().length).toBe(before + 1);
  });

  it('honours a 429 Retry-After and posts exactly once', async () => {
    slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const before = slack.posts().length;
    const started = Date.now();
    await sendSigned(appUrl, slashCommand('/briefing', '', `${slack.url}/respond/rl`), FORM, SECRET);
    await slack.waitFor(() => slack.posts()[before], 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.posts().length).toBe(before + 1);
    expect(slack.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });

  it('turns not_in_channel into a helpful ephemeral reply instead of a crash', async () => {
    slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const id = `nic-${Date.now()}`;
    await sendSigned(appUrl, slashCommand('/briefing', '', `${slack.url}/respond/${id}`), FORM, SECRET);
    const r = await slack.waitFor(() => slack.responses.find((x) => x.path.endsWith(id)));
    expect(r.body.response_type).toBe('ephemeral');
    expect(String(r.body.text)).toMatch(/invite me/);
  });

  it('never lets article text mention anyone', async () => {
    await postCard('hostile');
    const payload = JSON.stringify(slack.posts().at(-1)!.args);
    expect(payload).toContain('Ana Lima');
    for (const live of ['<!channel>', '<!here>', '<!everyone>', '<@U999>', '<#C999>', '<!subteam', '@everyone', '@here']) expect(payload).not.toContain(live);
  });

  it('posts a digest through the Web API, each card ready for questions in its thread', async () => {
    const adapter = app.adapters.find((a) => a.platform === 'slack')!.poster;
    const briefing = (await app.library.latest())!;
    const before = slack.posts().length;
    const ids = await adapter.postDigest('C9', { localDate: '2026-03-01', late: true, briefings: [briefing] });
    const posts = slack.posts().slice(before);
    expect(posts.map((p) => p.args.channel)).toEqual(['C9', 'C9']);
    expect(String(posts[0].args.text)).toMatch(/Daily digest for 2026-03-01 \(late/);
    expect(ids).toEqual(posts.map((p) => String(p.reply!.ts)));
    expect(await app.store.articleForMessage('slack', 'C9', ids[1])).toBe(briefing.record.id);
  });

  it('after a crash between posting the digest heading and recording it, finds the heading and posts only the rest', async () => {
    const adapter = app.adapters.find((a) => a.platform === 'slack')!.poster;
    const sub = await app.store.subscribe({ platform: 'slack', channel: 'C7', time: '00:00', timeZone: 'UTC', createdBy: null }, Date.now() - 2 * 86_400_000);
    const date = '2026-04-01';
    expect(
      await app.store.claimDelivery(sub.id, date, 'process-that-died', Date.now() - 20 * 60_000, {
        late: false,
        leaseMs: DEFAULT_DELIVERY.leaseMs,
        maxAttempts: 5,
      }),
    ).not.toBeNull();
    // The dead process got the heading out, and nothing else, before it could record it.
    await adapter.postDigest('C7', { localDate: date, late: false, briefings: [] });
    const before = slack.posts().length;
    const outcome = await deliverDigest(app.store, app.library, new Map([['slack', adapter]]), sub, date, false, Date.now(), {
      ...DEFAULT_DELIVERY,
      owner: 'restarted',
    });
    expect(outcome.status).toBe('delivered');
    const added = slack.posts().slice(before);
    expect(added.some((p) => /Daily digest/.test(String(p.args.text)))).toBe(false);
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBe((await app.store.getDelivery(sub.id, date))!.messageIds!.split(',').length - 1);
    expect(await app.store.getDelivery(sub.id, date)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('after a crash between posting a card of the digest and recording it, posts neither that card nor the heading again', async () => {
    const adapter = app.adapters.find((a) => a.platform === 'slack')!.poster;
    const sub = await app.store.subscribe({ platform: 'slack', channel: 'C8', time: '00:00', timeZone: 'UTC', createdBy: null }, Date.now() - 2 * 86_400_000);
    const date = '2026-04-03';
    const records = (await app.store.articlesIngestedAfter(sub.createdAt - 86_400_000)).map((r) => app.library.get(r.id));
    const briefings = (await Promise.all(records)).map((b) => b!);
    expect(briefings.length).toBeGreaterThanOrEqual(2);
    expect(
      await app.store.claimDelivery(sub.id, date, 'process-that-died', Date.now() - 20 * 60_000, {
        late: false,
        leaseMs: DEFAULT_DELIVERY.leaseMs,
        maxAttempts: 5,
      }),
    ).not.toBeNull();
    // The dead process got the heading and the first card out, and died before recording either.
    await expect(
      adapter.postDigest('C8', {
        localDate: date,
        late: false,
        briefings,
        onPosted: (ids) => {
          if (ids.length === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const before = slack.posts().length;
    const outcome = await deliverDigest(app.store, app.library, new Map([['slack', adapter]]), sub, date, false, Date.now(), {
      ...DEFAULT_DELIVERY,
      owner: 'restarted',
    });
    expect(outcome.status).toBe('delivered');
    const added = slack
      .posts()
      .slice(before)
      .map((p) => String(p.args.text));
    expect(added).toHaveLength(briefings.length - 1);
    expect(added.some((t) => /Daily digest/.test(t))).toBe(false);
    expect(added.map((t) => /· (\d+)\/\d+/.exec(t)?.[1])).toEqual(briefings.slice(1).map((_, i) => String(i + 2)));
    expect((await app.store.getDelivery(sub.id, date))!.messageIds!.split(',')).toHaveLength(briefings.length + 1);
  });

  it('acknowledges /briefing <url> at once ("Fetching …", privately), then posts the card', async () => {
    const http = await import('node:http');
    const page = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><head><title>Envoys meet in Oslo</title></head><body><article><h1>Envoys meet in Oslo</h1><p>Special Envoy Kari Nordmann of Norway hosted the Arctic talks in Oslo on Friday with delegates from Iceland and Finland, who agreed to share ice data.</p></article></body></html>',
      );
    });
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    const ws = tempWorkspace({}, false);
    const port = await freePort();
    const local = await startTestApp(slackEnv(port, ws, { BRIEFBOT_ALLOW_PRIVATE_URLS: '1' }));
    try {
      const url = `http://127.0.0.1:${(page.address() as import('node:net').AddressInfo).port}/oslo`;
      const before = slack.posts().length;
      const ack = await sendSigned(`http://127.0.0.1:${port}`, slashCommand('/briefing', url, `${slack.url}/respond/fetch`), FORM, SECRET);
      expect(ack.status).toBe(200);
      expect(JSON.parse(ack.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Fetching http:\/\/127\.0\.0\.1:\d+\/oslo/) });
      const card = await slack.waitFor(() =>
        slack
          .posts()
          .slice(before)
          .find((p) => String(p.args.text).includes('Envoys meet in Oslo')),
      );
      expect(JSON.stringify(card.args.blocks)).toContain('Kari Nordmann');
    } finally {
      await local.shutdown();
      page.close();
    }
  });

  it('/feed add … instant: acks at once, then posts each new story a poll finds as a card, once', async () => {
    const feeds = new FeedServer();
    await feeds.start();
    feeds.stories = [1, 2, 3].map((n) => story(`story-${n}`, n, `2026-11-0${n}T08:00:00Z`));
    const ws = tempWorkspace({}, false);
    const port = await freePort();
    const local = await startTestApp(slackEnv(port, ws, { BRIEFBOT_ALLOW_PRIVATE_URLS: '1', BRIEFBOT_FEED_BACKFILL: '1' }));
    const inFeedChannel = () => slack.posts().filter((p) => p.args.channel === 'CFEEDS7');
    try {
      const ack = await sendSigned(
        `http://127.0.0.1:${port}`,
        slashCommand('/feed', `add ${feeds.base}/rss.xml instant`, `${slack.url}/respond/feed-add`, 'CFEEDS7'),
        FORM,
        SECRET,
      );
      expect(JSON.parse(ack.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Checking the feed at http/) });
      const reply = await slack.waitFor(() => slack.responses.find((x) => x.path.endsWith('feed-add')));
      expect(String(reply.body.text)).toMatch(/Following Port Ellis Gazette .* in instant mode/);
      // Listing needs no network: it is answered inside the ack.
      const list = await sendSigned(`http://127.0.0.1:${port}`, slashCommand('/feed', 'list', `${slack.url}/respond/feed-list`, 'CFEEDS7'), FORM, SECRET);
      expect(JSON.parse(list.body)).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringMatching(/1\. Port Ellis Gazette — .*rss\.xml \(instant\)/),
      });
      // The clock's tick posts what the first poll queued: the newest story (backfill 1).
      await local.feedClock.tick();
      expect(inFeedChannel().map((p) => p.args.text)).toEqual([expect.stringContaining('Harbour council story 3 vote 3')]);
      expect(JSON.stringify(inFeedChannel()[0].args.blocks)).toContain('Tessa Brandvold');
      feeds.stories.push(story('story-4', 4, '2026-11-04T08:00:00Z'), story('story-5', 5, '2026-11-05T08:00:00Z'));
      await local.feeds.poll({ force: true });
      await local.feedClock.tick();
      await local.feedClock.tick();
      const texts = inFeedChannel().map((p) => String(p.args.text));
      expect(texts).toHaveLength(3);
      expect(texts[1]).toContain('story 4 vote 4');
      expect(texts[2]).toContain('story 5 vote 5');
      // Each card's thread answers questions about its story.
      expect(await local.store.articleForMessage('slack', 'CFEEDS7', String(inFeedChannel()[2].reply?.ts))).not.toBeNull();
      // A story with neither a page nor enough text is listed without a card, and its hostile title pings nobody.
      feeds.stories.push({ slug: 'story-6', title: 'Alert <!channel> @here <@U999> now', date: '2026-11-06T08:00:00Z', body: [], summary: 'Short.' });
      await local.feeds.poll({ force: true });
      await local.feedClock.tick();
      const notice = String(inFeedChannel().at(-1)!.args.text);
      expect(notice).toContain('(no card)');
      expect(notice).toContain(`${feeds.base}/stories/story-6.html`);
      expect(notice).not.toMatch(/<!channel>|<@U999>/);
    } finally {
      await local.shutdown();
      await feeds.stop();
    }
  });

  it('answers /healthz and /readyz on the receiver port, unsigned, with the database and Slack checks', async () => {
    expect(await (await fetch(`${appUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${appUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', slack: 'ok' } });
  });

  it('names PORT when the port is already in use', async () => {
    const ws = tempWorkspace({}, false);
    const busy = new URL(appUrl).port;
    await expect(startTestApp(slackEnv(busy, ws))).rejects.toThrow(new RegExp(`PORT ${busy} is already in use`));
  });

  it("lets only workspace admins change a channel's digest; others get a polite private refusal", async () => {
    const refused = await sendSigned(appUrl, slashCommand('/subscribe', '08:00 UTC', `${slack.url}/respond/p`, 'C5', 'U2'), FORM, SECRET);
    expect(JSON.parse(refused.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/only workspace admins/) });
    expect((await app.store.listSubscriptions()).filter((s) => s.channel === 'C5')).toEqual([]);
    const allowed = await sendSigned(appUrl, slashCommand('/subscribe', '08:00 UTC', `${slack.url}/respond/q`, 'C5', 'U3'), FORM, SECRET);
    expect(JSON.parse(allowed.body)).toMatchObject({ text: expect.stringMatching(/daily at 08:00 \(UTC\)/) });
    expect(slack.calls.filter((c) => c.method === 'users.info').map((c) => c.args.user)).toEqual(expect.arrayContaining(['U2', 'U3']));
  });

  it('answers help and usage errors privately inside the ack, with no extra call', async () => {
    // Only the admin check (users.info, a read) may reach Slack; no message is posted.
    const calls = () => slack.calls.filter((c) => c.method !== 'users.info').length + slack.responses.length;
    const before = calls();
    const bad = await sendSigned(appUrl, slashCommand('/subscribe', '25:99', `${slack.url}/respond/u`), FORM, SECRET);
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/Usage: \/subscribe HH:MM/) });
    const help = JSON.parse((await sendSigned(appUrl, slashCommand('/help', '', `${slack.url}/respond/h`), FORM, SECRET)).body);
    expect(help.text).toContain('/briefing');
    const ok = JSON.parse((await sendSigned(appUrl, slashCommand('/subscribe', '09:00 Europe/Berlin', `${slack.url}/respond/s`), FORM, SECRET)).body);
    expect(ok).toMatchObject({ response_type: 'in_channel', text: expect.stringMatching(/daily at 09:00 \(Europe\/Berlin\)/) });
    expect((await app.store.listSubscriptions()).filter((s) => s.channel === 'C1')).toMatchObject([
      { platform: 'slack', channel: 'C1', time: '09:00', timeZone: 'Europe/Berlin', createdBy: 'U1' },
    ]);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls()).toBe(before);
  });
});

describe('Slack adapter in Socket Mode (SLACK_APP_TOKEN)', () => {
  let fake: FakeSlack;
  let bot: App;

  beforeAll(async () => {
    fake = new FakeSlack();
    await fake.start();
    const space = tempWorkspace();
    bot = await startTestApp({
      SLACK_BOT_TOKEN: 'xoxb-socket',
      SLACK_APP_TOKEN: 'xapp-socket',
      SLACK_API_URL: fake.apiUrl,
      BRIEFBOT_DB: space.db,
      BRIEFBOT_BRIEFINGS_DIR: space.briefings,
    });
  });

  afterAll(async () => {
    await bot?.shutdown();
    await fake?.stop();
  });

  it('connects through apps.connections.open, acks envelopes, and answers in the card thread', async () => {
    expect(fake.socketConnections).toBe(1);
    expect(fake.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
    const command = Object.fromEntries(new URLSearchParams(slashCommand('/briefing', '', `${fake.url}/respond/sock`)));
    fake.sendEnvelope({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload: command });
    const card = await fake.waitFor(() => fake.posts()[0]);
    expect(fake.socketAcks.has('env-1')).toBe(true);
    expect(JSON.stringify(card.args.blocks)).toContain('Ajit Doval');
    const threadTs = String(card.reply!.ts);
    fake.sendEnvelope({
      envelope_id: 'env-2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: JSON.parse(mentionEvent('Ev-sock', '<@UBOT> who is Naledi Pandor?', '1800000000.000009', threadTs)),
    });
    const answer = await fake.waitFor(() => fake.posts()[1]);
    expect(answer.args.thread_ts).toBe(threadTs);
    expect(String(answer.args.text)).toContain('Foreign Minister');
  });
});
