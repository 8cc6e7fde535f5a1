// Digest scheduling with a controllable clock, on both stores (a real SQLite file, a real PostgreSQL
// database): daylight-saving days, crashes between claim and post, downtime over the digest time, and
// several processes at once.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { postDigestParts, type Digest, type DigestPoster } from '../../src/adapters/adapter.js';
import { parsePlainText } from '../../src/core/article/plain-text.js';
import { Library } from '../../src/library/library.js';
import { deliverDigest, DEFAULT_DELIVERY } from '../../src/schedule/deliver.js';
import { DigestScheduler } from '../../src/schedule/scheduler.js';
import type { Store } from '../../src/store/store.js';
import { type Backend, BACKENDS } from '../helpers/stores.js';
import { waitFor } from '../integration/wait.js';

const MINUTE = 60_000;

class RecordingPoster implements DigestPoster {
  readonly platform = 'shell' as const;
  readonly posts: Array<{ channel: string; digest: Digest }> = [];
  /** Every message that went out: the heading ("h:<date>") or a card ("c:<name>"). */
  readonly messages: string[] = [];
  failures = 0;
  /** Fail after this many messages of the next digest (a network drop midway). */
  failAfter: number | null = null;
  async postDigest(channel: string, digest: Digest): Promise<string[]> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('network down');
    }
    let sent = 0;
    const send = (id: string) => {
      if (this.failAfter !== null && sent++ >= this.failAfter) {
        this.failAfter = null;
        throw new Error('network dropped');
      }
      this.messages.push(id);
      return Promise.resolve(id);
    };
    const ids = await postDigestParts(
      digest,
      () => send(`h:${digest.localDate}`),
      (b) => send(`c:${b.record.name}`),
    );
    this.posts.push({ channel, digest });
    return ids;
  }
}

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function setup(backend: Backend, start: string) {
  const db = await backend.database();
  let now = Date.parse(start);
  const clock = () => now;
  const open = async () => {
    const s = await db.open();
    stores.push(s);
    return s;
  };
  const store = await open();
  const library = new Library(store, { allowPrivateUrls: false, clock });
  const addArticle = (n: number) =>
    library.save(
      parsePlainText(`Story ${n}\n\nForeign Minister Ana Lima of Peru opened talks number ${n} in Lima on Monday with her counterparts.`),
      `story-${n}`,
    );
  return {
    env: db.env,
    store,
    library,
    clock,
    open,
    addArticle,
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function scheduler(store: Store, library: Library, clock: () => number, poster: DigestPoster, owner = 'proc-a') {
  const s = new DigestScheduler(store, library, { catchUpHours: 12, postWhenEmpty: false, clock, owner });
  s.addPoster(poster);
  return s;
}

/** `briefbot digest …` as a separate process on a database, with the example briefings. */
function digestCli(dbEnv: Record<string, string>, env: Record<string, string>, ...args: string[]) {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'briefbot.js');
  return promisify(execFile)(process.execPath, [bin, 'digest', ...args], {
    env: {
      ...process.env,
      ...dbEnv,
      BRIEFBOT_BRIEFINGS_DIR: join(import.meta.dirname, '..', '..', 'briefings'),
      BRIEFBOT_DIGEST_WHEN_EMPTY: '1',
      ...env,
    },
    encoding: 'utf8',
  });
}

for (const backend of BACKENDS)
  describe.skipIf(!backend.available)(`daily digests (${backend.name})`, () => {
    it('runs once on a spring-forward day whose local time does not exist, and once on a fall-back day', async () => {
      const t = await setup(backend, '2026-03-28T12:00:00Z');
      await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '02:30', timeZone: 'Europe/Berlin', createdBy: null }, t.clock());
      const poster = new RecordingPoster();
      const s = scheduler(t.store, t.library, t.clock, poster);
      // Minute by minute through both nights, with a new article before each.
      for (const [from, to] of [
        ['2026-03-28T23:00:00Z', '2026-03-29T03:00:00Z'],
        ['2026-10-24T22:00:00Z', '2026-10-25T03:00:00Z'],
      ] as const) {
        t.set(from);
        await t.addArticle(Date.parse(from));
        for (t.set(from); t.clock() <= Date.parse(to); t.advance(MINUTE)) await s.tick();
      }
      expect(poster.posts.map((p) => p.digest.localDate)).toEqual(['2026-03-29', '2026-10-25']);
      expect(poster.posts.every((p) => !p.digest.late)).toBe(true);
    });

    it('delivers a digest missed while the bot was down once, marked late, and not again', async () => {
      const t = await setup(backend, '2026-05-01T06:00:00Z');
      await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'Europe/Berlin', createdBy: null }, t.clock());
      await t.addArticle(1);
      // The bot comes back at 10:30 Berlin time, 90 minutes after the digest was due.
      t.set('2026-05-01T08:30:00Z');
      const poster = new RecordingPoster();
      const s = scheduler(t.store, t.library, t.clock, poster);
      await s.tick();
      await s.tick();
      t.advance(MINUTE);
      await s.tick();
      expect(poster.posts).toHaveLength(1);
      expect(poster.posts[0].digest).toMatchObject({ localDate: '2026-05-01', late: true });
      expect(poster.posts[0].digest.briefings.map((b) => b.record.name)).toEqual(['story-1']);
    });

    it('does not catch up beyond the window, nor before the subscription existed', async () => {
      const t = await setup(backend, '2026-05-01T20:00:00Z');
      await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '07:00', timeZone: 'UTC', createdBy: null }, t.clock());
      await t.addArticle(1);
      const poster = new RecordingPoster();
      await scheduler(t.store, t.library, t.clock, poster).tick();
      expect(poster.posts).toHaveLength(0);
      t.set('2026-05-02T20:00:00Z');
      await scheduler(t.store, t.library, t.clock, poster).tick();
      expect(poster.posts).toHaveLength(0);
    });

    it('after a crash between claim and post, posts exactly once after the restart', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      const sub = await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, t.clock());
      await t.addArticle(1);
      t.set('2026-05-01T09:00:10Z');
      // The first process claims the digest and dies before posting.
      expect(
        await t.store.claimDelivery(sub.id, '2026-05-01', 'crashed-process', t.clock(), { late: false, leaseMs: DEFAULT_DELIVERY.leaseMs, maxAttempts: 5 }),
      ).not.toBeNull();
      // The restarted process shares the database file and ticks every minute.
      const store2 = await t.open();
      const library2 = new Library(store2, { allowPrivateUrls: false, clock: t.clock });
      const poster = new RecordingPoster();
      const s = scheduler(store2, library2, t.clock, poster, 'restarted-process');
      for (let i = 0; i < 15; i++) {
        t.advance(MINUTE);
        await s.tick();
      }
      expect(poster.posts).toHaveLength(1);
      expect(await store2.getDelivery(sub.id, '2026-05-01')).toMatchObject({ status: 'delivered', attempts: 2, claimedBy: 'restarted-process' });
    });

    it('a running scheduler takes over a digest held by a process that died as soon as its lease runs out, not at the next minute', async () => {
      const t = await setup(backend, new Date().toISOString());
      const now = Date.now();
      const at = new Date(now - 60_000);
      const sub = await t.store.subscribe(
        { platform: 'shell', channel: 'terminal', time: at.toISOString().slice(11, 16), timeZone: 'UTC', createdBy: null },
        now - 2 * 86_400_000,
      );
      await t.addArticle(1);
      const localDate = at.toISOString().slice(0, 10);
      expect(await t.store.claimDelivery(sub.id, localDate, 'died', now, { late: false, leaseMs: 1_500, maxAttempts: 5 })).not.toBeNull();
      const poster = new RecordingPoster();
      const s = new DigestScheduler(t.store, t.library, { catchUpHours: 12, postWhenEmpty: false, owner: 'alive', leaseMs: 1_500 });
      s.addPoster(poster);
      s.start();
      try {
        await waitFor(() => poster.posts.length > 0, 'the digest taken over', 5_000);
      } finally {
        await s.stop();
      }
      expect(await t.store.getDelivery(sub.id, localDate)).toMatchObject({ status: 'delivered', claimedBy: 'alive', attempts: 2 });
    });

    it('a tick leaves out the digests already done with one query, not one per subscription', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      for (const channel of ['a', 'b', 'c'])
        await t.store.subscribe({ platform: 'shell', channel, time: '09:00', timeZone: 'UTC', createdBy: null }, t.clock());
      await t.addArticle(1);
      t.set('2026-05-01T09:00:00Z');
      const poster = new RecordingPoster();
      const s = scheduler(t.store, t.library, t.clock, poster);
      await s.tick();
      expect(poster.posts).toHaveLength(3);
      // The next minutes: nothing is looked up digest by digest.
      const lookups: string[] = [];
      const { getDelivery, claimDelivery } = t.store;
      t.store.getDelivery = (...args) => {
        lookups.push('get');
        return getDelivery.apply(t.store, args);
      };
      t.store.claimDelivery = (...args) => {
        lookups.push('claim');
        return claimDelivery.apply(t.store, args);
      };
      t.advance(MINUTE);
      await s.tick();
      t.advance(MINUTE);
      await s.tick();
      expect(lookups).toEqual([]);
      expect(poster.posts).toHaveLength(3);
    });

    it('retries a failed post at the next tick, and records the outcome', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      const sub = await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, t.clock());
      await t.addArticle(1);
      t.set('2026-05-01T09:00:00Z');
      const poster = new RecordingPoster();
      poster.failures = 1;
      const s = scheduler(t.store, t.library, t.clock, poster);
      await s.tick();
      expect(await t.store.getDelivery(sub.id, '2026-05-01')).toMatchObject({ status: 'failed', error: 'network down' });
      t.advance(MINUTE);
      await s.tick();
      t.advance(MINUTE);
      await s.tick();
      expect(poster.posts).toHaveLength(1);
      expect((await t.store.getDelivery(sub.id, '2026-05-01'))?.status).toBe('delivered');
    });

    it('after a drop midway through a digest, the retry posts only what had not gone out', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, t.clock());
      for (const n of [1, 2, 3]) await t.addArticle(n);
      t.set('2026-05-01T09:00:00Z');
      const poster = new RecordingPoster();
      poster.failAfter = 2;
      const s = scheduler(t.store, t.library, t.clock, poster);
      await s.tick();
      expect(poster.messages).toEqual(['h:2026-05-01', 'c:story-1']);
      t.advance(MINUTE);
      await s.tick();
      t.advance(MINUTE);
      await s.tick();
      expect(poster.messages).toEqual(['h:2026-05-01', 'c:story-1', 'c:story-2', 'c:story-3']);
    });

    it('posts nothing when nothing is new, unless asked to', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      const sub = await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, t.clock());
      const poster = new RecordingPoster();
      const posters = new Map([['shell', poster]]);
      t.set('2026-05-01T09:00:00Z');
      const quiet = await deliverDigest(t.store, t.library, posters, sub, '2026-05-01', false, t.clock(), { ...DEFAULT_DELIVERY, owner: 'a' });
      expect(quiet).toEqual({ status: 'empty' });
      const loud = await deliverDigest(t.store, t.library, posters, sub, '2026-05-02', false, t.clock(), {
        ...DEFAULT_DELIVERY,
        owner: 'a',
        postWhenEmpty: true,
      });
      expect(loud.status).toBe('delivered');
      expect(poster.posts).toHaveLength(1);
    });

    it('two processes sharing one database deliver one digest between them', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      await t.store.subscribe({ platform: 'shell', channel: 'terminal', time: '09:00', timeZone: 'UTC', createdBy: null }, Date.now() - 3_600_000);
      const run = () => digestCli(t.env, {}, '--all');
      const results = await Promise.all([run(), run(), run()]);
      const printed = results.filter((r) => r.stdout.includes('Daily digest'));
      expect(printed).toHaveLength(1);
      const notes = results.map((r) => r.stderr).join('');
      expect(notes.match(/delivered \d+ briefing/g)).toHaveLength(1);
      const again = await run();
      expect(again.stderr).toMatch(/already delivered/);
      expect(again.stdout).not.toContain('Daily digest');
    });

    it('digest --all exits non-zero when a digest is not delivered (cron must see it), and refuses an impossible --date', async () => {
      const t = await setup(backend, '2026-05-01T08:00:00Z');
      await t.store.subscribe({ platform: 'slack', channel: 'C9', time: '09:00', timeZone: 'UTC', createdBy: null }, Date.now() - 3_600_000);
      const run = (...extra: string[]) =>
        digestCli(t.env, { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' }, '--all', ...extra).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code: number; stderr: string }) => e,
        );
      const failed = await run();
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/not delivered/);
      const bad = await run('--date', '2025-13-45');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/real date/);
    });
  });
