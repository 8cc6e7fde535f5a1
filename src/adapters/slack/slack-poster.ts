// Posts to Slack through the Web API: cards (remembered, so their threads can hold Q&A), answers
// in a card's thread, and digests. The Web API client honours 429 Retry-After by itself.

import { WebClient } from '@slack/web-api';
import type { Answer } from '../../core/ask/answer.js';
import type { StoredBriefing } from '../../library/library.js';
import { answerBlocks, cardBlocks, compactCardBlocks, digestHeaderBlocks, escapeSlack } from '../../render/slack-blocks.js';
import type { Store } from '../../store/store.js';
import { digestPartsIn, postDigestParts, type Digest, type DigestPoster } from '../adapter.js';

export interface SlackSettings {
  /** Absent when each workspace's token comes from its installation (`tokens`). */
  botToken?: string;
  apiUrl?: string;
}

/** Web API client settings: a few quick retries, and 429s waited out (Retry-After), not rejected. */
export function slackClientOptions(apiUrl?: string) {
  return {
    slackApiUrl: apiUrl ?? 'https://slack.com/api/',
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 5000 },
    rejectRateLimitedCalls: false,
    timeout: 15_000,
  };
}

export function slackClient(settings: SlackSettings): WebClient {
  return new WebClient(settings.botToken, slackClientOptions(settings.apiUrl));
}

/** A user-facing explanation for the Web API errors people can fix themselves. */
export function slackErrorMessage(err: unknown): string {
  const code = (err as { data?: { error?: string } }).data?.error ?? (err as { code?: string }).code ?? '';
  switch (code) {
    case 'not_in_channel':
      return "I'm not in this channel yet: invite me with /invite @briefbot, then try again.";
    case 'channel_not_found':
      return "I can't see this channel. If it is private, invite me with /invite @briefbot.";
    case 'invalid_auth':
    case 'not_authed':
    case 'token_revoked':
    case 'account_inactive':
      return 'My Slack token is not valid any more; ask an admin to check SLACK_BOT_TOKEN.';
    case 'ratelimited':
      return 'Slack is rate-limiting me; please try again in a minute.';
    default:
      return 'Slack refused the message; the error has been logged.';
  }
}

export class SlackPoster implements DigestPoster {
  readonly platform = 'slack' as const;
  onWarning?: (message: string, err: unknown) => void;
  readonly client: WebClient;

  constructor(
    settings: SlackSettings | WebClient,
    private readonly store: Store,
    private readonly clock: () => number,
    /** Many workspaces: the token of the workspace a channel is in (else the client's own token). */
    private readonly tokens?: { forChannel(channel: string): Promise<string> },
  ) {
    this.client = settings instanceof WebClient ? settings : slackClient(settings);
  }

  /** The token argument for a call in a channel: its workspace's, or none (the client's own). */
  private async as(channel: string): Promise<{ token?: string }> {
    return this.tokens ? { token: await this.tokens.forChannel(channel) } : {};
  }

  async postCard(channel: string, briefing: StoredBriefing): Promise<string> {
    const { text, blocks } = cardBlocks(briefing.card);
    const res = await this.client.chat.postMessage({ ...(await this.as(channel)), channel, text, blocks, unfurl_links: false, unfurl_media: false });
    const ts = String(res.ts);
    await this.store.rememberCardMessage('slack', channel, ts, briefing.record.id, this.clock());
    return ts;
  }

  async postAnswer(channel: string, threadTs: string, answer: Answer): Promise<string> {
    const { text, blocks } = answerBlocks(answer);
    const res = await this.client.chat.postMessage({
      ...(await this.as(channel)),
      channel,
      thread_ts: threadTs,
      text,
      blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return String(res.ts);
  }

  postNotice(channel: string, text: string): Promise<string> {
    return this.postText(channel, escapeSlack(text));
  }

  async postText(channel: string, text: string, threadTs?: string): Promise<string> {
    const res = await this.client.chat.postMessage({ ...(await this.as(channel)), channel, thread_ts: threadTs, text, mrkdwn: true, unfurl_links: false });
    return String(res.ts);
  }

  /** Needs the channels:history (or groups:history) scope; without it, nothing is found. */
  async findPostedParts(channel: string, localDate: string): Promise<string[]> {
    const history = await this.client.conversations.history({ ...(await this.as(channel)), channel, limit: 200 }).catch((err) => {
      this.onWarning?.('could not read the channel back (channels:history scope?); parts posted before a crash may repeat', err);
      return null;
    });
    const ours = (history?.messages ?? []).filter((m) => (m.bot_id || m.app_id) && m.ts);
    return digestPartsIn(
      ours.map((m) => ({ id: String(m.ts), text: String(m.text ?? ''), partText: String(m.text ?? '') })),
      localDate,
    );
  }

  async postDigest(channel: string, digest: Digest): Promise<string[]> {
    const as = await this.as(channel);
    return postDigestParts(
      digest,
      async () => String((await this.client.chat.postMessage({ ...as, channel, ...digestHeaderBlocks(digest) })).ts),
      async (b, part) => {
        const ts = String((await this.client.chat.postMessage({ ...as, channel, ...compactCardBlocks(b.card, part), unfurl_links: false })).ts);
        await this.store.rememberCardMessage('slack', channel, ts, b.record.id, this.clock());
        return ts;
      },
    );
  }
}
