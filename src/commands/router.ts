// The command router: one platform-neutral place that decides what each command does. Adapters
// hand it a command and the conversation's context and render the Reply it returns.

import type { Answer } from '../core/ask/answer.js';
import { isUserError } from '../core/errors.js';
import { isTimeZone } from '../schedule/local-time.js';
import type { Library, StoredBriefing } from '../library/library.js';
import type { FeedMode, Platform, Store } from '../store/store.js';
import type { FollowResult } from '../feeds/poller.js';
import { isUrl } from '../core/article/ingest.js';
import { COMMAND_NAMES, helpText } from './definitions.js';
import type { CommandInput } from './parse.js';

export type Reply =
  | { kind: 'card'; briefing: StoredBriefing; note?: string }
  | { kind: 'answer'; answer: Answer; briefing: StoredBriefing }
  | { kind: 'text'; text: string; ephemeral: boolean };

export interface CommandContext {
  platform: Platform;
  channel: string;
  user: string | null;
  /** The article the conversation is about: the card's thread, or the last card shown. */
  articleId: number | null;
}

/** What the router needs of the feed poller: following a feed (fetching it) in a channel. */
export interface FeedFollower {
  follow(url: string, who: { platform: Platform; channel: string; mode: FeedMode; createdBy: string | null }): Promise<FollowResult>;
}

export interface RouterOptions {
  defaultTimeZone: string;
  /** Feeds can be followed only where a poller runs (npm start and the CLI make one). */
  feeds?: FeedFollower;
  clock?: () => number;
  /** Where unexpected errors go; the user sees a short apology instead. */
  onError?: (err: unknown, input: CommandInput, ctx: CommandContext) => void;
}

const text = (t: string, ephemeral = true): Reply => ({ kind: 'text', text: t, ephemeral });

/** "9:5" is wrong, "9:05" and "09:05" are right: returns "HH:MM" or null. */
export function parseTime(input: string): string | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

export class CommandRouter {
  private readonly clock: () => number;

  constructor(
    private readonly library: Library,
    private readonly store: Store,
    private readonly options: RouterOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  async handle(input: CommandInput, ctx: CommandContext): Promise<Reply> {
    try {
      switch (input.name) {
        case 'briefing':
          return await this.briefing(input.text);
        case 'ask':
          return await this.ask(input.text, ctx);
        case 'subscribe':
          return await this.subscribe(input.text, ctx);
        case 'unsubscribe':
          return await this.unsubscribe(ctx);
        case 'feed':
          return await this.feed(input.text, ctx);
        case 'help':
          return text(helpText());
        default:
          return text(`Unknown command "/${input.name.slice(0, 40)}". ${COMMAND_NAMES.size} commands are available:\n${helpText()}`);
      }
    } catch (err) {
      if (isUserError(err)) return text(`⚠️ ${err.message}`);
      this.options.onError?.(err, input, ctx);
      return text('⚠️ Something went wrong handling that command; it has been logged.');
    }
  }

  private async briefing(arg: string): Promise<Reply> {
    if (arg.toLowerCase() === 'list') {
      const articles = await this.library.list(25);
      if (!articles.length) return text('No articles yet. Add files to the briefings folder, or use /briefing <url>.');
      return text(['Articles (newest first):', ...articles.map((a) => `  • ${a.name} — ${a.title}`), '', 'Show one with /briefing <name>.'].join('\n'), false);
    }
    const briefing = arg ? await this.library.resolve(arg) : await this.library.latest();
    if (!briefing) return text('No articles yet. Add files to the briefings folder, or use /briefing <url>.');
    return { kind: 'card', briefing };
  }

  private async ask(question: string, ctx: CommandContext): Promise<Reply> {
    if (!question) return text('Ask a question after /ask, for example: /ask who attended?');
    const briefing = ctx.articleId !== null ? await this.library.get(ctx.articleId) : null;
    if (!briefing) return text('Which article? Ask in the thread of a briefing card, or show one first with /briefing.');
    return { kind: 'answer', answer: briefing.ask(question), briefing };
  }

  private async subscribe(arg: string, ctx: CommandContext): Promise<Reply> {
    const [timeArg = '', zoneArg, ...extra] = arg.split(/\s+/).filter(Boolean);
    const time = parseTime(timeArg);
    if (!time || extra.length) return text('Usage: /subscribe HH:MM [IANA time zone], for example /subscribe 09:00 Europe/Berlin');
    const zone = zoneArg ?? this.options.defaultTimeZone;
    if (!isTimeZone(zone)) return text(`"${zone.slice(0, 60)}" is not an IANA time zone; try one like Europe/Berlin or America/New_York.`);
    const sub = await this.store.subscribe({ platform: ctx.platform, channel: ctx.channel, time, timeZone: zone, createdBy: ctx.user }, this.clock());
    return text(`Subscribed: a digest of new briefings will be posted here daily at ${sub.time} (${sub.timeZone}).`, false);
  }

  private async feed(arg: string, ctx: CommandContext): Promise<Reply> {
    const usage = 'Usage: /feed add <url> [digest|instant] · /feed list · /feed remove <url|number>';
    const [action = '', target = '', modeArg, ...extra] = arg.split(/\s+/).filter(Boolean);
    switch (action.toLowerCase()) {
      case 'add': {
        const mode = (modeArg ?? 'digest').toLowerCase();
        if (!isUrl(target) || extra.length || (mode !== 'digest' && mode !== 'instant')) return text(usage);
        if (!this.options.feeds) return text('Feeds are followed by the running bot; this process has no feed poller.');
        const result = await this.options.feeds.follow(target, { platform: ctx.platform, channel: ctx.channel, mode, createdBy: ctx.user });
        // Digest mode needs a digest: say so when the channel has none yet.
        const digest = (await this.store.listSubscriptions()).some((sub) => sub.platform === ctx.platform && sub.channel === ctx.channel);
        const hint = mode === 'digest' && !digest ? ' This channel has no daily digest yet: start one with /subscribe HH:MM [time zone].' : '';
        return text(`${describeFollow(result, mode)}${hint}`, false);
      }
      case 'list': {
        const follows = await this.store.followsIn(ctx.platform, ctx.channel);
        if (!follows.length) return text('This channel follows no feeds. Follow one with /feed add <url> [digest|instant].');
        return text(
          [
            'Feeds followed here:',
            ...follows.map((f, i) => {
              const state = f.feed.paused
                ? ` — paused after ${f.feed.failures} failed polls`
                : f.feed.failures
                  ? ` — last poll failed (${f.feed.failures} in a row)`
                  : '';
              return `  ${i + 1}. ${f.feed.title ? `${f.feed.title} — ` : ''}${f.feed.url} (${f.mode})${state}`;
            }),
            '',
            'Stop one with /feed remove <number or url>.',
          ].join('\n'),
        );
      }
      case 'remove': {
        if (!target || modeArg) return text(usage);
        const follows = await this.store.followsIn(ctx.platform, ctx.channel);
        const chosen = /^\d+$/.test(target) ? follows[Number(target) - 1] : follows.find((f) => f.feed.url === target);
        if (!chosen) return text(`This channel does not follow ${target.slice(0, 200)}; see /feed list.`);
        await this.store.unfollowFeed(chosen.feedId, ctx.platform, ctx.channel);
        return text(`Stopped following ${chosen.feed.title ?? chosen.feed.url} here.`, false);
      }
      default:
        return text(usage);
    }
  }

  private async unsubscribe(ctx: CommandContext): Promise<Reply> {
    return (await this.store.unsubscribe(ctx.platform, ctx.channel))
      ? text('Unsubscribed: no more daily digests in this channel.', false)
      : text('This channel has no daily digest to stop.');
  }
}

function describeFollow(r: FollowResult, mode: FeedMode): string {
  const name = r.feed.title ? `${r.feed.title} (${r.feed.url})` : r.feed.url;
  const found = r.discoveredFrom ? ` — found on ${r.discoveredFrom}` : '';
  const when =
    mode === 'instant' ? 'each new story is posted here as a card when it is found' : "new stories join this channel's daily digest (/subscribe sets its time)";
  const first = r.queued ? ` Its ${r.queued} newest stor${r.queued === 1 ? 'y is' : 'ies are'} queued now.` : '';
  return `${r.created ? 'Following' : 'Already following'} ${name}${found} in ${mode} mode: ${when}.${first}`;
}
