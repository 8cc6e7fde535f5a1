// `briefbot feeds`: list the followed feeds, follow one (or an OPML file of them) in a channel, and
// poll every feed once now, printing what each poll found (the exit code says whether any failed).

import { lstatSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SHELL_CHANNEL } from '../adapters/shell.js';
import { createFeedPoller } from '../app.js';
import { openForCli, postersFor } from '../cli-context.js';
import { UsageError } from '../usage-error.js';
import { UserError } from '../core/errors.js';
import { feedsFromOpml } from '../core/feed/opml.js';
import { createLogger } from '../logger.js';
import type { FeedMode, Platform } from '../store/store.js';
import type { FeedPollOutcome } from './poller.js';

/** The most an OPML file may weigh (thousands of feeds fit in far less). */
const MAX_OPML_BYTES = 5 * 1024 * 1024;

/** Which platform a channel id belongs to, when --platform is not given. */
function platformOf(channel: string, given: string | undefined): Platform {
  if (given) {
    if (given !== 'shell' && given !== 'slack' && given !== 'discord') throw new UsageError('--platform must be shell, slack or discord');
    return given;
  }
  if (channel === SHELL_CHANNEL) return 'shell';
  if (/^[CGD][A-Z0-9]{6,}$/.test(channel)) return 'slack';
  if (/^\d{5,25}$/.test(channel)) return 'discord';
  throw new UsageError(`cannot tell which platform channel "${channel.slice(0, 40)}" is on; add --platform shell|slack|discord`);
}

function modeOf(value: string | undefined): FeedMode {
  const mode = value ?? 'digest';
  if (mode !== 'digest' && mode !== 'instant') throw new UsageError('--mode must be digest or instant');
  return mode;
}

function describeOutcome(o: FeedPollOutcome): string {
  switch (o.status) {
    case 'new':
      return `${o.newStories} new stor${o.newStories === 1 ? 'y' : 'ies'}`;
    case 'unchanged':
      return '0 new stories';
    case 'not-modified':
      return '0 new stories (not modified)';
    case 'failed':
      return `failed: ${o.error}`;
    case 'paused':
      return `failed and paused: ${o.error}`;
  }
}

export async function runFeedsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { channel: { type: 'string' }, mode: { type: 'string' }, platform: { type: 'string' } },
  });
  const [action, target, ...extra] = positionals;
  if (extra.length) throw new UsageError('unexpected argument');
  switch (action) {
    case 'list':
      return list();
    case 'add':
    case 'import': {
      if (!target) throw new UsageError(action === 'add' ? 'feeds add takes a feed URL' : 'feeds import takes an OPML file');
      if (!values.channel) throw new UsageError('say which channel follows it: --channel ID (the shell is "terminal")');
      const who = { platform: platformOf(values.channel, values.platform), channel: values.channel, mode: modeOf(values.mode), createdBy: 'briefbot feeds' };
      return action === 'add' ? follow([target], who) : follow(readOpml(target), who);
    }
    case 'poll':
      return poll();
    default:
      throw new UsageError(action ? `unknown feeds action "${action.slice(0, 40)}"` : 'say what to do: list, add, import or poll');
  }
}

function readOpml(path: string): string[] {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!stat.isFile()) throw new UserError(`${path} is not a regular file`);
  if (stat.size > MAX_OPML_BYTES) throw new UserError(`${path} is larger than ${MAX_OPML_BYTES} bytes`);
  const urls = feedsFromOpml(readFileSync(path, 'utf8')).map((f) => f.url);
  if (!urls.length) throw new UserError(`${path} lists no feeds (no outline with an xmlUrl)`);
  return urls;
}

async function list(): Promise<void> {
  const { store } = await openForCli();
  try {
    const feeds = await store.listFeeds();
    if (!feeds.length) {
      process.stdout.write('No feeds are followed. Follow one with /feed add <url> in a channel, or briefbot feeds add <url> --channel ID.\n');
      return;
    }
    for (const f of feeds) {
      const follows = (await store.followsOf(f.id)).map((w) => `${w.platform} ${w.channel} (${w.mode})`);
      const state = f.paused ? `paused after ${f.failures} failed polls: ${f.lastError}` : f.failures ? `last poll failed: ${f.lastError}` : 'ok';
      process.stdout.write(
        `#${f.id} ${f.url}${f.title ? ` — ${f.title}` : ''}\n    every ${Math.round(f.intervalMs / 60_000)} min, next poll ${new Date(f.nextPollAt).toISOString()}, ${state}\n    followed by ${follows.join(', ') || 'nobody'}\n`,
      );
    }
  } finally {
    await store.close();
  }
}

async function follow(urls: string[], who: { platform: Platform; channel: string; mode: FeedMode; createdBy: string }): Promise<void> {
  const { config, store, library } = await openForCli();
  const poller = createFeedPoller(config, store, library, createLogger(config.logLevel, []));
  let failed = 0;
  try {
    for (const url of urls) {
      try {
        const r = await poller.follow(url, who);
        process.stdout.write(
          `${r.created ? 'following' : 'already following'} ${r.feed.url}${r.discoveredFrom ? ` (found on ${r.discoveredFrom})` : ''} in ${who.platform} ${who.channel} (${who.mode}); ${r.queued} stories queued\n`,
        );
      } catch (err) {
        failed++;
        process.stdout.write(`could not follow ${url}: ${(err as Error).message}\n`);
      }
    }
  } finally {
    await poller.close();
    await store.close();
  }
  if (failed) throw new UserError(`${failed} of ${urls.length} feed${urls.length === 1 ? '' : 's'} not followed`);
}

async function poll(): Promise<void> {
  const { config, store, library } = await openForCli();
  const poller = createFeedPoller(config, store, library, createLogger(config.logLevel, []));
  try {
    const outcomes = await poller.poll({ force: true });
    if (!outcomes.length) process.stdout.write('No feeds are followed (or all are being polled by another process).\n');
    for (const o of outcomes) process.stdout.write(`${o.feed.url}: ${describeOutcome(o)}\n`);
    // Instant-mode stories go out now to the platforms this process can post to.
    const posted = await poller.deliverInstant(await postersFor(config, library, store));
    if (posted) process.stdout.write(`${posted} instant stor${posted === 1 ? 'y' : 'ies'} posted\n`);
    const failed = outcomes.filter((o) => o.status === 'failed' || o.status === 'paused').length;
    if (failed) throw new UserError(`${failed} of ${outcomes.length} feed${outcomes.length === 1 ? '' : 's'} could not be polled`);
  } finally {
    await poller.close();
    await store.close();
  }
}
