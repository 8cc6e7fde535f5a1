// The Discord adapter end to end: the real discord.js client (REST and WebSocket gateway) against
// a local fake Discord on loopback, and the real `briefbot discord register` command.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { DEFAULT_DELIVERY, deliverDigest } from '../../src/schedule/deliver.js';
import { FakeDiscord, IDS } from './fake-discord.js';
import { FeedServer, story } from './feed-server.js';
import { HOSTILE_ARTICLE, freePort, startTestApp, tempWorkspace } from './harness.js';

let discord: FakeDiscord;
let app: App;
let ws: ReturnType<typeof tempWorkspace>;
let healthPort = 0;

const env = () => ({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: IDS.app, DISCORD_API_URL: discord.apiUrl });

beforeAll(async () => {
  discord = new FakeDiscord();
  await discord.start();
  ws = tempWorkspace({ 'hostile.txt': HOSTILE_ARTICLE });
  // Private URLs are allowed for the local feed server of the /feed test.
  healthPort = await freePort();
  app = await startTestApp({
    ...env(),
    BRIEFBOT_HEALTH_PORT: String(healthPort),
    DISCORD_GUILD_ID: IDS.guild,
    BRIEFBOT_DB: ws.db,
    BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
    BRIEFBOT_ALLOW_PRIVATE_URLS: '1',
  });
});

afterAll(async () => {
  await app?.shutdown();
  await discord?.stop();
});

/** Runs a slash command and waits for its final message (the edited original or a follow-up). */
async function command(name: string, options: Record<string, string>, channel = IDS.channel) {
  const { id, token } = discord.interact(name, options, channel);
  const callback = await discord.waitFor(() => discord.ok('POST', new RegExp(`^/interactions/${id}/`))[0]);
  const final = await discord.waitFor(() =>
    discord.calls.find((c) => c.path.includes(token) && (c.method === 'PATCH' || (c.method === 'POST' && c.path.endsWith(token)))),
  );
  return { callback, final };
}

describe('Discord adapter', () => {
  it('answers /readyz on BRIEFBOT_HEALTH_PORT once the gateway session is up', async () => {
    const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', discord: 'ok' } });
  });

  it('identifies with only the Guilds intent and registers the guild commands at start-up', () => {
    expect(discord.identifies[0].intents).toBe(1);
    expect(discord.identifies[0].token).toBe('fake-bot-token');
    const put = discord.ok('PUT', new RegExp(`^/applications/${IDS.app}/guilds/${IDS.guild}/commands$`));
    expect(put.length).toBeGreaterThanOrEqual(1);
    // Commands that change a channel's digest need Manage Channels by default; the others need nothing.
    const commands = put[0].body as unknown as Array<{ name: string; default_member_permissions?: string }>;
    expect(Object.fromEntries(commands.map((c) => [c.name, c.default_member_permissions ?? null]))).toEqual({
      briefing: null,
      ask: null,
      subscribe: '16',
      unsubscribe: '16',
      feed: '16',
      help: null,
    });
  });

  it('defers /briefing, edits in the embed card, and opens a thread on it', async () => {
    const { callback, final } = await command('briefing', { article: 'brics-nsa-cyber-2023' });
    expect(callback.body).toMatchObject({ type: 5 });
    const embed = (final.body!.embeds as Array<Record<string, unknown>>)[0];
    expect(String(embed.title)).toContain('Networks should not be a new battlefield');
    const fields = JSON.stringify(embed.fields);
    expect(fields).toContain('Ajit Doval');
    expect(fields).toContain('Proposals (4)');
    expect((embed.fields as unknown[]).length).toBeLessThanOrEqual(25);
    expect(final.body!.allowed_mentions).toEqual({ parse: [] });
    await discord.waitFor(() => discord.ok('POST', /^\/channels\/\d+\/messages\/\d+\/threads$/).length > 0);
  });

  it('answers /ask inside the card thread about that card', async () => {
    const threads = discord.ok('POST', /\/threads$/);
    const threadId = threads.at(-1)!.path.split('/')[4];
    await discord.waitFor(async () => (await app.store.articleForMessage('discord', threadId, threadId)) !== null);
    const { final } = await command('ask', { question: 'who is Ajit Doval?' }, threadId);
    const embed = (final.body!.embeds as Array<Record<string, unknown>>)[0];
    expect(String(embed.description)).toContain('National Security Adviser');
    expect(JSON.stringify(embed.fields)).toContain('Evidence');
  });

  it('asks which article when /ask is used outside a card thread, privately', async () => {
    const { final } = await command('ask', { question: 'who attended?' });
    expect(final.method).toBe('POST');
    expect(final.body!.flags).toBe(64);
    expect(String(final.body!.content)).toMatch(/Which article\?/);
  });

  it('lets article text ping nobody', async () => {
    const { final } = await command('briefing', { article: 'hostile' });
    expect(final.body!.allowed_mentions).toEqual({ parse: [] });
    const payload = JSON.stringify(final.body);
    expect(payload).toContain('Ana Lima');
    expect(payload).not.toMatch(/@everyone|@here|<@U999>|<#C999>/);
  });

  it('autocompletes /briefing article names and /subscribe time zones', async () => {
    const { id } = discord.interact('briefing', { article: 'host' }, IDS.channel, 4, 'article');
    const articles = await discord.waitFor(() => discord.ok('POST', new RegExp(`^/interactions/${id}/`))[0]);
    expect(articles.body).toMatchObject({ type: 8, data: { choices: [{ value: 'hostile' }] } });
    const zones = discord.interact('subscribe', { time: '09:00', timezone: 'berl' }, IDS.channel, 4, 'timezone');
    const zoneReply = await discord.waitFor(() => discord.ok('POST', new RegExp(`^/interactions/${zones.id}/`))[0]);
    expect(zoneReply.body).toMatchObject({ type: 8, data: { choices: [{ name: 'Europe/Berlin', value: 'Europe/Berlin' }] } });
  });

  it('after a crash between posting the digest heading and recording it, finds the heading and posts only the rest', async () => {
    const adapter = app.adapters.find((a) => a.platform === 'discord')!.poster;
    const sub = await app.store.subscribe(
      { platform: 'discord', channel: IDS.channel, time: '00:00', timeZone: 'UTC', createdBy: null },
      Date.now() - 2 * 86_400_000,
    );
    const date = '2026-04-02';
    expect(
      await app.store.claimDelivery(sub.id, date, 'process-that-died', Date.now() - 20 * 60_000, {
        late: false,
        leaseMs: DEFAULT_DELIVERY.leaseMs,
        maxAttempts: 5,
      }),
    ).not.toBeNull();
    // The dead process got the heading out, and nothing else, before it could record it.
    await adapter.postDigest(IDS.channel, { localDate: date, late: false, briefings: [] });
    const before = discord.ok('POST', /^\/channels\/\d+\/messages$/);
    const outcome = await deliverDigest(app.store, app.library, new Map([['discord', adapter]]), sub, date, false, Date.now(), {
      ...DEFAULT_DELIVERY,
      owner: 'restarted',
    });
    expect(outcome.status).toBe('delivered');
    const added = discord.ok('POST', /^\/channels\/\d+\/messages$/).slice(before.length);
    expect(added.some((c) => String(c.body?.content ?? '').includes('Daily digest'))).toBe(false);
    expect(added).toHaveLength((await app.library.list(100)).length);
    expect((await app.store.getDelivery(sub.id, date))?.status).toBe('delivered');
  });

  it('after a crash between posting a card of the digest and recording it, posts neither that card nor the heading again', async () => {
    const adapter = app.adapters.find((a) => a.platform === 'discord')!.poster;
    const sub = await app.store.subscribe(
      { platform: 'discord', channel: '990000000000000001', time: '00:00', timeZone: 'UTC', createdBy: null },
      Date.now() - 2 * 86_400_000,
    );
    const date = '2026-04-04';
    const records = (await app.store.articlesIngestedAfter(sub.createdAt - 86_400_000)).map((r) => app.library.get(r.id));
    const briefings = (await Promise.all(records)).map((b) => b!);
    expect(
      await app.store.claimDelivery(sub.id, date, 'process-that-died', Date.now() - 20 * 60_000, {
        late: false,
        leaseMs: DEFAULT_DELIVERY.leaseMs,
        maxAttempts: 5,
      }),
    ).not.toBeNull();
    await expect(
      adapter.postDigest('990000000000000001', {
        localDate: date,
        late: false,
        briefings,
        onPosted: (ids) => {
          if (ids.length === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const before = discord.ok('POST', /^\/channels\/\d+\/messages$/).length;
    const outcome = await deliverDigest(app.store, app.library, new Map([['discord', adapter]]), sub, date, false, Date.now(), {
      ...DEFAULT_DELIVERY,
      owner: 'restarted',
    });
    expect(outcome.status).toBe('delivered');
    const added = discord.ok('POST', /^\/channels\/\d+\/messages$/).slice(before);
    expect(added).toHaveLength(briefings.length - 1);
    const footers = added.map((c) => String((c.body as { embeds?: Array<{ footer?: { text?: string } }> })?.embeds?.[0]?.footer?.text ?? ''));
    expect(footers.map((t) => /· (\d+)\/\d+/.exec(t)?.[1])).toEqual(briefings.slice(1).map((_, i) => String(i + 2)));
  });

  it('waits out a 429 and then posts exactly one message', async () => {
    discord.failNext('POST', /^\/channels\/\d+\/messages$/, {
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const adapter = app.adapters.find((a) => a.platform === 'discord')!.poster;
    const before = discord.ok('POST', /^\/channels\/\d+\/messages$/).length;
    const started = Date.now();
    const ids = await adapter.postDigest(IDS.channel, { localDate: '2026-01-01', late: false, briefings: [] });
    expect(ids).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(discord.ok('POST', /^\/channels\/\d+\/messages$/).length).toBe(before + 1);
    expect(discord.calls.filter((c) => c.status === 429)).toHaveLength(1);
  });
});

describe('briefbot discord register', () => {
  it('registers the commands through the REST API, idempotently', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'briefbot.js');
    const before = discord.ok('PUT', /commands$/).length;
    for (let i = 0; i < 2; i++) {
      // Asynchronously: the fake Discord answers from this process's event loop.
      const r = await promisify(execFile)(process.execPath, [bin, 'discord', 'register', '--guild', IDS.guild], {
        encoding: 'utf8',
        env: { ...process.env, ...env(), BRIEFBOT_DB: ws.db },
      });
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/Registered 6 commands for guild/);
    }
    const puts = discord.ok('PUT', /commands$/).slice(before);
    expect(puts).toHaveLength(2);
    expect(puts[0].body).toEqual(puts[1].body);
    const commands = puts[0].body as unknown as Array<{
      name: string;
      options: Array<{ name: string; required: boolean; autocomplete?: boolean; type: number }>;
    }>;
    expect(commands.map((c) => c.name)).toEqual(['briefing', 'ask', 'subscribe', 'unsubscribe', 'feed', 'help']);
    expect(commands[0].options[0]).toMatchObject({ name: 'article', type: 3, required: false, autocomplete: true });
    expect(commands[1].options[0]).toMatchObject({ name: 'question', type: 3, required: true });
    // Options that take only a few values are pick lists.
    const feed = commands.find((c) => c.name === 'feed')! as unknown as { options: Array<{ name: string; choices?: Array<{ value: string }> }> };
    expect(feed.options.map((o) => [o.name, o.choices?.map((c) => c.value) ?? null])).toEqual([
      ['action', ['add', 'list', 'remove']],
      ['feed', null],
      ['mode', ['digest', 'instant']],
    ]);
    expect(puts[0].auth).toBe('Bot fake-bot-token');
  });
});

describe('Discord adapter with the message-content intent', () => {
  let fake: FakeDiscord;
  let bot: App;

  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
    const space = tempWorkspace();
    bot = await startTestApp({
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_MESSAGE_CONTENT: '1',
      BRIEFBOT_DB: space.db,
      BRIEFBOT_BRIEFINGS_DIR: space.briefings,
    });
  });

  afterAll(async () => {
    await bot?.shutdown();
    await fake?.stop();
  });

  it('asks for the message-content intent and answers an @mention in a card thread', async () => {
    expect(fake.identifies[0].intents).toBe(1 | 512 | 32768);
    fake.interact('briefing', {});
    const thread = await fake.waitFor(() => fake.ok('POST', /\/threads$/)[0]);
    const threadId = thread.path.split('/')[4];
    await fake.waitFor(async () => (await bot.store.articleForMessage('discord', threadId, threadId)) !== null);
    fake.dispatch('MESSAGE_CREATE', {
      id: '300000000000000001',
      channel_id: threadId,
      guild_id: IDS.guild,
      content: `<@${IDS.bot}> which countries attended?`,
      type: 0,
      author: { id: IDS.user, username: 'pat', discriminator: '0', avatar: null },
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      mentions: [{ id: IDS.bot, username: 'briefbot', discriminator: '0', avatar: null, bot: true }],
      mention_roles: [],
      mention_everyone: false,
      attachments: [],
      embeds: [],
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
    });
    const reply = await fake.waitFor(() => fake.ok('POST', new RegExp(`^/channels/${threadId}/messages$`))[0]);
    expect(reply.body!.message_reference).toMatchObject({ message_id: '300000000000000001' });
    expect(JSON.stringify(reply.body!.embeds)).toMatch(/Belarus.*Cuba/);
    expect(reply.body!.allowed_mentions).toMatchObject({ parse: [] });
  });
});

// Last: the feed's cards and threads would otherwise be the channel's newest messages in the tests above.
describe('Discord feeds', () => {
  it('/feed add … instant: a deferred reply, then each new story is posted as an embed card with its thread, once', async () => {
    const feeds = new FeedServer();
    await feeds.start();
    feeds.stories = [1, 2, 3, 4].map((n) => story(`story-${n}`, n, `2026-11-0${n}T08:00:00Z`));
    try {
      const { callback, final } = await command('feed', { action: 'add', feed: `${feeds.base}/atom.xml`, mode: 'instant' });
      expect(callback.body).toMatchObject({ type: 5 });
      expect(String(final.body!.content)).toMatch(/Following Port Ellis Gazette \(Atom\).* in instant mode/);
      const posted = () =>
        discord.ok('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).filter((c) => JSON.stringify(c.body).includes('Harbour council'));
      await app.feedClock.tick();
      // The three newest (the backfill), oldest first, each an embed card nobody is pinged by.
      const cards = posted();
      expect(cards.map((c) => String((c.body!.embeds as Array<{ title: string }>)[0].title))).toEqual([
        expect.stringContaining('story 2 vote 2'),
        expect.stringContaining('story 3 vote 3'),
        expect.stringContaining('story 4 vote 4'),
      ]);
      expect(cards.every((c) => JSON.stringify(c.body!.allowed_mentions) === '{"parse":[]}')).toBe(true);
      await discord.waitFor(() => discord.ok('POST', /^\/channels\/\d+\/messages\/\d+\/threads$/).length >= 3);
      await app.feedClock.tick();
      expect(posted()).toHaveLength(3);
    } finally {
      await feeds.stop();
    }
  });
});
