import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/commands/parse.js';
import { CommandRouter, parseTime, type Reply } from '../../src/commands/router.js';
import { parsePlainText } from '../../src/core/article/plain-text.js';
import { Library } from '../../src/library/library.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

async function setup() {
  const store = new SqliteStore(':memory:');
  const library = new Library(store, { allowPrivateUrls: false, clock: () => 1000 });
  const router = new CommandRouter(library, store, { defaultTimeZone: 'Europe/Paris', clock: () => 1000 });
  const { briefing } = await library.save(
    parsePlainText(
      'Talks open in Lima\n\nForeign Minister Ana Lima of Peru opened the Pacific talks in Lima on Monday with her counterparts from Chile and Japan.',
    ),
    'lima-talks',
  );
  return { store, library, router, briefing };
}
const ctx = (articleId: number | null = null) => ({ platform: 'shell' as const, channel: 'terminal', user: 'me', articleId });
const textOf = (r: Reply) => (r.kind === 'text' ? r.text : '');

describe('parseCommandLine', () => {
  it('reads slash commands, bare command words, and plain questions as /ask', () => {
    expect(parseCommandLine('/briefing list')).toEqual({ name: 'briefing', text: 'list' });
    expect(parseCommandLine('  HELP ')).toEqual({ name: 'help', text: '' });
    expect(parseCommandLine('who attended?')).toEqual({ name: 'ask', text: 'who attended?' });
    expect(parseCommandLine('   ')).toBeNull();
    expect(parseCommandLine('/ask \u0007who\u001b[31m?')?.text).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('CommandRouter', () => {
  it('/briefing gives the latest card, one by name, and the list', async () => {
    const { router, briefing } = await setup();
    const latest = await router.handle({ name: 'briefing', text: '' }, ctx());
    expect(latest.kind === 'card' && latest.briefing.record.id).toBe(briefing.record.id);
    const named = await router.handle({ name: 'briefing', text: 'Lima Talks' }, ctx());
    expect(named.kind).toBe('card');
    expect(textOf(await router.handle({ name: 'briefing', text: 'list' }, ctx()))).toMatch(/lima-talks — Talks open in Lima/);
    expect(textOf(await router.handle({ name: 'briefing', text: 'nothing-like-this' }, ctx()))).toMatch(/no article called/);
  });

  it("/ask answers about the conversation's article and asks which one when there is none", async () => {
    const { router, briefing } = await setup();
    const answer = await router.handle({ name: 'ask', text: 'who is ana lima?' }, ctx(briefing.record.id));
    expect(answer.kind === 'answer' && answer.answer.answer).toMatch(/Foreign Minister, Peru/);
    expect(textOf(await router.handle({ name: 'ask', text: 'who?' }, ctx()))).toMatch(/Which article\?/);
    expect(textOf(await router.handle({ name: 'ask', text: '' }, ctx(briefing.record.id)))).toMatch(/Ask a question after \/ask/);
  });

  it('/subscribe validates time and zone, defaults the zone, and /unsubscribe undoes it', async () => {
    const { router, store } = await setup();
    expect(textOf(await router.handle({ name: 'subscribe', text: '9:05' }, ctx()))).toMatch(/daily at 09:05 \(Europe\/Paris\)/);
    expect(await store.listSubscriptions()).toMatchObject([{ time: '09:05', timeZone: 'Europe/Paris', createdBy: 'me' }]);
    expect(textOf(await router.handle({ name: 'subscribe', text: '24:00' }, ctx()))).toMatch(/Usage/);
    expect(textOf(await router.handle({ name: 'subscribe', text: '08:00 Mars/Base' }, ctx()))).toMatch(/not an IANA time zone/);
    expect(textOf(await router.handle({ name: 'unsubscribe', text: '' }, ctx()))).toMatch(/Unsubscribed/);
    expect(textOf(await router.handle({ name: 'unsubscribe', text: '' }, ctx()))).toMatch(/no daily digest/);
  });

  it('answers unknown commands with help, and turns unexpected failures into an apology', async () => {
    const { router, library } = await setup();
    expect(textOf(await router.handle({ name: 'launch', text: '' }, ctx()))).toMatch(/Unknown command "\/launch"[\s\S]*\/briefing/);
    const errors: unknown[] = [];
    const broken = new CommandRouter(
      {
        ...library,
        latest: () => {
          throw new Error('disk on fire');
        },
      } as unknown as Library,
      new SqliteStore(':memory:'),
      { defaultTimeZone: 'UTC', onError: (e) => errors.push(e) },
    );
    expect(textOf(await broken.handle({ name: 'briefing', text: '' }, ctx()))).toMatch(/Something went wrong/);
    expect(errors).toHaveLength(1);
  });

  it('parseTime accepts H:MM and HH:MM on the 24-hour clock only', () => {
    expect(['0:00', '09:30', '23:59'].map(parseTime)).toEqual(['00:00', '09:30', '23:59']);
    expect(['24:00', '9:5', '9', 'noon', '12:60'].map(parseTime)).toEqual([null, null, null, null, null]);
  });
});

describe('/feed', () => {
  it('answers usage mistakes with the usage, lists and removes by number or URL, and says when nothing is followed', async () => {
    const { router, store } = await setup();
    const followed: string[] = [];
    const withFeeds = new CommandRouter(new Library(store, { allowPrivateUrls: false }), store, {
      defaultTimeZone: 'UTC',
      feeds: {
        follow: async (url, who) => {
          followed.push(`${url} ${who.mode}`);
          const feed = await store.addFeed(url, 900_000, 1000);
          return { feed, created: (await store.followFeed({ feedId: feed.id, ...who }, 1000)).created, discoveredFrom: null, queued: 2 };
        },
      },
    });
    for (const bad of ['', 'add', 'add not-a-url', 'add https://x.example/rss sometimes', 'remove', 'frobnicate'])
      expect(textOf(await withFeeds.handle({ name: 'feed', text: bad }, ctx()))).toMatch(/^Usage: \/feed add <url>/);
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'list' }, ctx()))).toMatch(/follows no feeds/);
    const added = textOf(await withFeeds.handle({ name: 'feed', text: 'add https://a.example/rss.xml INSTANT' }, ctx()));
    expect(added).toMatch(/^Following https:\/\/a\.example\/rss\.xml in instant mode: each new story is posted here .* 2 newest stories are queued now\./);
    // Digest mode in a channel without a digest says how to start one; with one, it does not.
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'add https://b.example/atom.xml' }, ctx()))).toMatch(
      /no daily digest yet: start one with \/subscribe/,
    );
    await withFeeds.handle({ name: 'subscribe', text: '09:00' }, ctx());
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'add https://b.example/atom.xml' }, ctx()))).not.toMatch(/no daily digest/);
    expect(followed).toEqual(['https://a.example/rss.xml instant', 'https://b.example/atom.xml digest', 'https://b.example/atom.xml digest']);
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'list' }, ctx()))).toMatch(
      /1\. https:\/\/a\.example\/rss\.xml \(instant\)\n\s+2\. https:\/\/b\.example\/atom\.xml \(digest\)/,
    );
    // Another channel's list is its own.
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'list' }, { ...ctx(), channel: 'elsewhere' }))).toMatch(/follows no feeds/);
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'remove 3' }, ctx()))).toMatch(/does not follow 3/);
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'remove 1' }, ctx()))).toBe('Stopped following https://a.example/rss.xml here.');
    expect(textOf(await withFeeds.handle({ name: 'feed', text: 'remove https://b.example/atom.xml' }, ctx()))).toMatch(/Stopped following/);
    // A feed nobody follows any more is gone.
    expect(await store.listFeeds()).toEqual([]);
    // Without a poller (a process that only answers commands), adding says so plainly.
    expect(textOf(await router.handle({ name: 'feed', text: 'add https://a.example/rss.xml' }, ctx()))).toMatch(/no feed poller/);
  });
});
