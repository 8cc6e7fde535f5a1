// Renders cards and answers as Slack Block Kit, within Slack's limits (50 blocks, 3000 characters
// a section, 150 a header), with every piece of article text escaped so it can never mention.

import type { Answer } from '../core/ask/answer.js';
import type { Card } from '../core/card.js';
import type { Digest } from '../adapters/adapter.js';
import { eventLine, participantLine, proposalsHeading, renderAnswerText, renderCardText, sourceLine } from './card-text.js';
import { compactCardText, digestHeading } from './digest-text.js';
import { neutraliseMentions, stripControl, truncate } from './mentions.js';

export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, header: 150, contextElement: 2000, fallbackText: 3000 } as const;

export type SlackBlock = { type: string; [key: string]: unknown };

/** Escapes Slack's control characters; `<!channel>` and `<@U…>` can only come from "<". */
export function escapeSlack(text: string): string {
  return neutraliseMentions(stripControl(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

/** One or more sections for a heading and lines, split so none passes the section limit. */
function sections(heading: string, lines: string[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = `*${heading}*`;
  for (const raw of lines) {
    const line = truncate(raw, SLACK_LIMITS.sectionText - heading.length - 10);
    if (current.length + line.length + 1 > SLACK_LIMITS.sectionText) {
      blocks.push({ type: 'section', text: mrkdwn(current) });
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push({ type: 'section', text: mrkdwn(current) });
  return blocks;
}

export function cardBlocks(
  card: Card,
  footer = 'Reply in this thread with @briefbot and a question to ask about this article.',
): { text: string; blocks: SlackBlock[] } {
  const e = escapeSlack;
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(neutraliseMentions(stripControl(card.title)), SLACK_LIMITS.header), emoji: true } },
  ];
  const context = [sourceLine(card), eventLine(card)].filter((x): x is string => !!x);
  if (context.length) blocks.push({ type: 'context', elements: context.map((c) => mrkdwn(truncate(e(c), SLACK_LIMITS.contextElement))) });
  const points = sections(
    'Key points',
    card.keyPoints.map((k) => `• ${e(k)}`),
  );
  // The page's image beside the key points, and a button to the article itself.
  if (points.length && card.image && /^https?:\/\//.test(card.image))
    (points[0] as SlackBlock & { accessory?: unknown }).accessory = { type: 'image', image_url: card.image, alt_text: 'Image from the article' };
  if (card.keyPoints.length) blocks.push(...points);
  if (card.url && /^https?:\/\//.test(card.url) && card.url.length <= 3000)
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Read the article' }, url: card.url, action_id: 'open_article' }],
    } as unknown as SlackBlock);
  if (card.participants.length) {
    blocks.push(
      ...sections(
        `Participants (${card.participants.length})`,
        card.participants.map((p) => {
          const [name, ...rest] = participantLine(p).split(' — ');
          return `• *${e(name)}*${rest.length ? ` — ${e(rest.join(' — '))}` : ''}`;
        }),
      ),
    );
  }
  if (card.proposals.items.length || card.proposals.stated) {
    blocks.push(
      ...sections(
        e(proposalsHeading(card)),
        card.proposals.items.map((it, i) => `${i + 1}. ${e(it)}`),
      ),
    );
  }
  if (card.countries.length)
    blocks.push({ type: 'context', elements: [mrkdwn(truncate(`*Countries:* ${e(card.countries.join(', '))}`, SLACK_LIMITS.contextElement))] });
  blocks.push({ type: 'context', elements: [mrkdwn(footer)] });
  return { text: fallback(renderCardText(card)), blocks: fitBlocks(blocks) };
}

export function answerBlocks(answer: Answer): { text: string; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [{ type: 'section', text: mrkdwn(truncate(escapeSlack(answer.answer), SLACK_LIMITS.sectionText)) }];
  if (answer.evidence.length)
    blocks.push(
      ...sections(
        'Evidence',
        answer.evidence.map((s) => `> ${escapeSlack(s)}`),
      ),
    );
  return { text: fallback(renderAnswerText(answer)), blocks: fitBlocks(blocks) };
}

export function digestHeaderBlocks(digest: Digest): { text: string; blocks: SlackBlock[] } {
  const [heading, ...more] = digestHeading(digest).split('\n');
  const blocks: SlackBlock[] = [{ type: 'section', text: mrkdwn(`*${escapeSlack(heading)}*`) }];
  if (more.length) blocks.push({ type: 'section', text: mrkdwn(truncate(escapeSlack(more.join('\n')), SLACK_LIMITS.sectionText)) });
  return { text: fallback([heading, ...more].join('\n')), blocks };
}

/** A card inside a digest; `part` ("🗞️ 2026-05-01 · 2/5") lets a retry find it in the channel. */
export function compactCardBlocks(card: Card, part?: string): { text: string; blocks: SlackBlock[] } {
  const text = compactCardText(card);
  return {
    text: part ? `${fallback(text)}\n${escapeSlack(part)}` : fallback(text),
    blocks: [
      { type: 'section', text: mrkdwn(truncate(escapeSlack(text), SLACK_LIMITS.sectionText)) },
      {
        type: 'context',
        elements: [mrkdwn(`${part ? `${escapeSlack(part)} · ` : ''}Reply in this thread with @briefbot and a question to ask about this article.`)],
      },
    ],
  };
}

/** The notification text: escaped the same way, since Slack parses it too. */
function fallback(text: string): string {
  return truncate(escapeSlack(text), SLACK_LIMITS.fallbackText);
}

/** Keeps at most 50 blocks, saying so in the last one when some were cut. */
function fitBlocks(blocks: SlackBlock[]): SlackBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  return [...blocks.slice(0, SLACK_LIMITS.blocks - 1), { type: 'context', elements: [mrkdwn('_(card shortened to fit Slack)_')] }];
}
