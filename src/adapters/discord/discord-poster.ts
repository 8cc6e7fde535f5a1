// Posts to Discord through the REST API (no gateway needed): digests with one thread per card,
// and the thread↔article mapping that /ask relies on. Rate limits (429, buckets) are honoured
// by discord.js's REST queue.

import { REST, Routes } from 'discord.js';
import type { StoredBriefing } from '../../library/library.js';
import { articleLinkComponents, cardEmbed, compactCardEmbed, digestContent, discordText } from '../../render/discord-embed.js';
import type { Store } from '../../store/store.js';
import { digestPartsIn, postDigestParts, type Digest, type DigestPoster } from '../adapter.js';

export interface DiscordSettings {
  token: string;
  applicationId: string;
  apiUrl?: string;
}

/** Every message briefbot sends carries this: nobody is ever pinged. */
export const NO_MENTIONS = { parse: [] as never[] };

export function discordRest(settings: DiscordSettings): REST {
  return new REST({ version: '10', ...(settings.apiUrl ? { api: settings.apiUrl } : {}) }).setToken(settings.token);
}

interface ApiMessage {
  id: string;
  channel_id: string;
}
interface ApiChannel {
  id: string;
}

export function threadName(title: string): string {
  return (title.replace(/[\r\n]+/g, ' ').trim() || 'Briefing').slice(0, 90);
}

export class DiscordPoster implements DigestPoster {
  readonly platform = 'discord' as const;
  onWarning?: (message: string, err: unknown) => void;
  readonly rest: REST;

  constructor(
    settings: DiscordSettings | REST,
    private readonly store: Store,
    private readonly clock: () => number,
  ) {
    this.rest = settings instanceof REST ? settings : discordRest(settings);
  }

  /** Starts the Q&A thread on a card message and remembers which article both belong to. */
  async openThread(channelId: string, messageId: string, briefing: StoredBriefing): Promise<string> {
    await this.store.rememberCardMessage('discord', channelId, messageId, briefing.record.id, this.clock());
    const thread = (await this.rest.post(Routes.threads(channelId, messageId), {
      body: { name: threadName(briefing.card.title), auto_archive_duration: 1440 },
    })) as ApiChannel;
    await this.store.rememberCardMessage('discord', thread.id, thread.id, briefing.record.id, this.clock());
    return thread.id;
  }

  /** A card on its own (a followed feed's story), with its Q&A thread; a thread that cannot be
   * opened is reported and the card stays. */
  async postCard(channel: string, briefing: StoredBriefing): Promise<string> {
    const msg = (await this.rest.post(Routes.channelMessages(channel), {
      body: { embeds: [cardEmbed(briefing.card)], components: articleLinkComponents(briefing.card), allowed_mentions: NO_MENTIONS },
    })) as ApiMessage;
    await this.openThread(channel, msg.id, briefing).catch((err) => this.onWarning?.('could not start a thread on a feed card', err));
    return msg.id;
  }

  async postNotice(channel: string, text: string): Promise<string> {
    return ((await this.rest.post(Routes.channelMessages(channel), { body: { content: discordText(text), allowed_mentions: NO_MENTIONS } })) as ApiMessage).id;
  }

  /** Needs the Read Message History permission; without it, nothing is found. */
  async findPostedParts(channel: string, localDate: string): Promise<string[]> {
    const recent = (await this.rest.get(Routes.channelMessages(channel), { query: new URLSearchParams({ limit: '100' }) }).catch((err) => {
      this.onWarning?.('could not read the channel back (Read Message History permission?); parts posted before a crash may repeat', err);
      return null;
    })) as Array<ApiMessage & { content?: string; author?: { bot?: boolean }; embeds?: Array<{ footer?: { text?: string } }> }> | null;
    const ours = (recent ?? []).filter((m) => m.author?.bot);
    // Our content is markdown-escaped ("2026\\-03\\-01"): compare it unescaped. A card's part mark is in its embed's footer.
    return digestPartsIn(
      ours.map((m) => ({ id: m.id, text: String(m.content ?? '').replace(/\\(.)/g, '$1'), partText: String(m.embeds?.[0]?.footer?.text ?? '') })),
      localDate,
    );
  }

  postDigest(channel: string, digest: Digest): Promise<string[]> {
    return postDigestParts(
      digest,
      async () =>
        ((await this.rest.post(Routes.channelMessages(channel), { body: { content: digestContent(digest), allowed_mentions: NO_MENTIONS } })) as ApiMessage).id,
      async (b, part) => {
        const msg = (await this.rest.post(Routes.channelMessages(channel), {
          body: { embeds: [compactCardEmbed(b.card, part)], allowed_mentions: NO_MENTIONS },
        })) as ApiMessage;
        await this.openThread(channel, msg.id, b);
        return msg.id;
      },
    );
  }
}
