// Two replicas of one Discord bot, each with one of its two shards, against the local Discord fake
// with two guilds: each replica identifies with its shard and answers the commands of its own guild.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { FakeDiscord, IDS, shardOf } from './fake-discord.js';
import { startTestApp, tempWorkspace } from './harness.js';

let discord: FakeDiscord;
const replicas: App[] = [];

beforeAll(async () => {
  discord = new FakeDiscord({ guilds: 2 });
  await discord.start();
  for (const shard of ['0', '1']) {
    const ws = tempWorkspace();
    replicas.push(
      await startTestApp({
        DISCORD_TOKEN: 'fake-bot-token',
        DISCORD_APPLICATION_ID: IDS.app,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_SHARD_IDS: shard,
        DISCORD_SHARD_COUNT: '2',
        BRIEFBOT_DB: ws.db,
        BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
      }),
    );
  }
});

afterAll(async () => {
  for (const app of replicas) await app.shutdown();
  await discord?.stop();
});

/** Runs /briefing in a channel and returns the thread opened on its card. */
async function briefingIn(channel: string): Promise<string> {
  const before = discord.ok('POST', /\/threads$/).length;
  discord.interact('briefing', { article: 'brics-nsa-cyber-2023' }, channel);
  const thread = await discord.waitFor(
    () => discord.ok('POST', new RegExp(`^/channels/${channel}/messages/\\d+/threads$`))[0] && discord.ok('POST', /\/threads$/)[before],
  );
  return thread.path.split('/')[4];
}

describe('Discord shards across replicas', () => {
  it('each replica identifies with its own shard of two', () => {
    expect(discord.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // The fixture's guilds fall on different shards.
    expect([shardOf(IDS.guild, 2), shardOf(IDS.guild2, 2)]).toEqual([0, 1]);
  });

  it("answers a guild's commands on the replica holding its shard (and only there)", async () => {
    const [a, b] = replicas;
    const first = await briefingIn(IDS.channel);
    const second = await briefingIn(IDS.channel2);
    // The card's thread is remembered by the replica that answered.
    await discord.waitFor(async () => (await a.store.articleForMessage('discord', first, first)) !== null);
    await discord.waitFor(async () => (await b.store.articleForMessage('discord', second, second)) !== null);
    expect(await b.store.articleForMessage('discord', first, first)).toBeNull();
    expect(await a.store.articleForMessage('discord', second, second)).toBeNull();
    // Each interaction was answered once.
    expect(discord.ok('POST', /^\/interactions\/\d+\/[^/]+\/callback/).length).toBe(2);
  });

  it('with DISCORD_SHARD_COUNT=auto, one process runs every shard Discord recommends and answers every guild', async () => {
    const fake = new FakeDiscord({ guilds: 2, recommendedShards: 2 });
    await fake.start();
    const ws = tempWorkspace();
    const app = await startTestApp({
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_APPLICATION_ID: IDS.app,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARD_COUNT: 'auto',
      BRIEFBOT_DB: ws.db,
      BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
    });
    try {
      await fake.waitFor(() => fake.identifies.length === 2);
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const channel of [IDS.channel, IDS.channel2]) fake.interact('briefing', { article: 'brics-nsa-cyber-2023' }, channel);
      await fake.waitFor(() => fake.ok('POST', /\/threads$/).length === 2);
      expect(fake.ok('POST', /^\/interactions\/\d+\/[^/]+\/callback/).length).toBe(2);
    } finally {
      await app.shutdown();
      await fake.stop();
    }
  });

  it('refuses shard settings that do not add up, naming them', () => {
    const base = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: IDS.app };
    expect(() => parseConfig({ ...base, DISCORD_SHARD_IDS: '0,1' })).toThrow(/DISCORD_SHARD_COUNT: required/);
    expect(() => parseConfig({ ...base, DISCORD_SHARD_COUNT: '2' })).toThrow(/DISCORD_SHARD_IDS: required/);
    expect(() => parseConfig({ ...base, DISCORD_SHARD_IDS: '1,2', DISCORD_SHARD_COUNT: '2' })).toThrow(/DISCORD_SHARD_IDS: 2 not below DISCORD_SHARD_COUNT 2/);
    expect(parseConfig({ ...base, DISCORD_SHARD_IDS: '1, 0', DISCORD_SHARD_COUNT: '2' }).discord?.shards).toEqual({ ids: [0, 1], count: 2 });
    expect(parseConfig({ ...base, DISCORD_SHARD_COUNT: 'auto' }).discord?.shards).toBe('auto');
    expect(() => parseConfig({ ...base, DISCORD_SHARD_IDS: '0', DISCORD_SHARD_COUNT: 'auto' })).toThrow(/DISCORD_SHARD_IDS: leave it unset/);
    expect(() => parseConfig({ ...base, DISCORD_SHARD_COUNT: 'many' })).toThrow(/DISCORD_SHARD_COUNT/);
  });
});
