// The command router: one platform-neutral place that decides what each command does. Adapters
// hand it a command and the conversation's context and render the Reply it returns.

import type { Answer } from '../core/ask/answer.js';
import { isUserError } from '../core/errors.js';
import { isTimeZone } from '../schedule/local-time.js';
import type { Library, StoredBriefing } from '../library/library.js';
import type { Platform, Store } from '../store/store.js';
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

export interface RouterOptions {
  defaultTimeZone: string;
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
          return this.ask(input.text, ctx);
        case 'subscribe':
          return this.subscribe(input.text, ctx);
        case 'unsubscribe':
          return this.unsubscribe(ctx);
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
      const articles = this.library.list(25);
      if (!articles.length) return text('No articles yet. Add files to the briefings folder, or use /briefing <url>.');
      return text(['Articles (newest first):', ...articles.map((a) => `  • ${a.name} — ${a.title}`), '', 'Show one with /briefing <name>.'].join('\n'), false);
    }
    const briefing = arg ? await this.library.resolve(arg) : this.library.latest();
    if (!briefing) return text('No articles yet. Add files to the briefings folder, or use /briefing <url>.');
    return { kind: 'card', briefing };
  }

  private ask(question: string, ctx: CommandContext): Reply {
    if (!question) return text('Ask a question after /ask, for example: /ask who attended?');
    const briefing = ctx.articleId !== null ? this.library.get(ctx.articleId) : null;
    if (!briefing) return text('Which article? Ask in the thread of a briefing card, or show one first with /briefing.');
    return { kind: 'answer', answer: briefing.ask(question), briefing };
  }

  private subscribe(arg: string, ctx: CommandContext): Reply {
    const [timeArg = '', zoneArg, ...extra] = arg.split(/\s+/).filter(Boolean);
    const time = parseTime(timeArg);
    if (!time || extra.length) return text('Usage: /subscribe HH:MM [IANA time zone], for example /subscribe 09:00 Europe/Berlin');
    const zone = zoneArg ?? this.options.defaultTimeZone;
    if (!isTimeZone(zone)) return text(`"${zone.slice(0, 60)}" is not an IANA time zone; try one like Europe/Berlin or America/New_York.`);
    const sub = this.store.subscribe({ platform: ctx.platform, channel: ctx.channel, time, timeZone: zone, createdBy: ctx.user }, this.clock());
    return text(`Subscribed: a digest of new briefings will be posted here daily at ${sub.time} (${sub.timeZone}).`, false);
  }

  private unsubscribe(ctx: CommandContext): Reply {
    return this.store.unsubscribe(ctx.platform, ctx.channel)
      ? text('Unsubscribed: no more daily digests in this channel.', false)
      : text('This channel has no daily digest to stop.');
  }
}
