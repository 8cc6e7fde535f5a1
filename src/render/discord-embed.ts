// Renders cards and answers as Discord embeds within Discord's limits (title 256, description
// 4096, 25 fields of 1024, 6000 characters in all), with mentions and markdown neutralised.

import type { Answer } from '../core/ask/answer.js';
import type { Card } from '../core/card.js';
import type { Digest } from '../adapters/adapter.js';
import { eventLine, participantLine, proposalsHeading, sourceLine } from './card-text.js';
import { compactCardText, digestHeading } from './digest-text.js';
import { neutraliseMentions, stripControl, truncate } from './mentions.js';

export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  content: 2000,
} as const;

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}
export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  thumbnail?: { url: string };
}

/** Escapes Discord markdown and breaks mentions, so article text shows as plain text. */
export function escapeDiscord(text: string): string {
  return neutraliseMentions(stripControl(text)).replace(/([\\*_~`|>#[\]()-])/g, '\\$1');
}

/** Fields for a list, continued over several fields when one would pass 1024 characters. */
function listFields(name: string, lines: string[]): EmbedField[] {
  const fields: EmbedField[] = [];
  let value = '';
  for (const raw of lines) {
    const line = truncate(raw, DISCORD_LIMITS.fieldValue);
    if (value && value.length + line.length + 1 > DISCORD_LIMITS.fieldValue) {
      fields.push({ name: fields.length ? `${name} (cont.)` : name, value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length ? `${name} (cont.)` : name, value });
  return fields;
}

const size = (e: Embed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

export function cardEmbed(card: Card, footer = 'Ask about this article in its thread: /ask <question>'): Embed {
  const e = escapeDiscord;
  const context = [sourceLine(card), eventLine(card)].filter((x): x is string => !!x).map(e);
  const points = card.keyPoints.map((k) => `• ${e(k)}`).join('\n');
  const fields: EmbedField[] = [];
  if (card.participants.length)
    fields.push(
      ...listFields(
        `Participants (${card.participants.length})`,
        card.participants.map((p) => {
          const [name, ...rest] = participantLine(p).split(' — ');
          return `**${e(name)}**${rest.length ? ` — ${e(rest.join(' — '))}` : ''}`;
        }),
      ),
    );
  if (card.proposals.items.length || card.proposals.stated) {
    fields.push(
      ...listFields(
        proposalsHeading(card),
        card.proposals.items.length ? card.proposals.items.map((it, i) => `${i + 1}. ${e(it)}`) : ['(not listed in the text)'],
      ),
    );
  }
  if (card.countries.length) fields.push({ name: 'Countries', value: truncate(e(card.countries.join(', ')), DISCORD_LIMITS.fieldValue) });
  const embed: Embed = {
    title: truncate(neutraliseMentions(stripControl(card.title)), DISCORD_LIMITS.title),
    description: truncate([context.join('\n'), points].filter(Boolean).join('\n\n'), DISCORD_LIMITS.description),
    color: 0x2b6cb0,
    fields: fields.slice(0, DISCORD_LIMITS.fields),
    footer: { text: footer },
  };
  if (card.url && /^https?:\/\//.test(card.url)) embed.url = card.url;
  if (card.image && /^https?:\/\//.test(card.image)) embed.thumbnail = { url: card.image };
  // The 6000-character budget: shorten the description, then drop trailing fields.
  while (size(embed) > DISCORD_LIMITS.total && embed.description && embed.description.length > 200) {
    embed.description = truncate(embed.description, Math.max(200, embed.description.length - (size(embed) - DISCORD_LIMITS.total) - 1));
  }
  while (size(embed) > DISCORD_LIMITS.total && embed.fields?.length) embed.fields.pop();
  return embed;
}

export function answerEmbed(answer: Answer): Embed {
  const embed: Embed = { description: truncate(escapeDiscord(answer.answer), DISCORD_LIMITS.description), color: answer.answered ? 0x2f855a : 0x718096 };
  if (answer.evidence.length)
    embed.fields = listFields(
      'Evidence',
      answer.evidence.map((s) => `> ${escapeDiscord(s)}`),
    ).slice(0, 5);
  return embed;
}

/** A "Read the article" link button under a card, when it has an http(s) link. */
export function articleLinkComponents(card: Card): Array<{ type: 1; components: Array<{ type: 2; style: 5; label: string; url: string }> }> {
  if (!card.url || !/^https?:\/\//.test(card.url) || card.url.length > 512) return [];
  return [{ type: 1, components: [{ type: 2, style: 5, label: 'Read the article', url: card.url }] }];
}

export function digestContent(digest: Digest): string {
  return truncate(escapeDiscord(digestHeading(digest)), DISCORD_LIMITS.content);
}

/** A card inside a digest; `part` ("🗞️ 2026-05-01 · 2/5") lets a retry find it in the channel. */
export function compactCardEmbed(card: Card, part?: string): Embed {
  return {
    description: truncate(escapeDiscord(compactCardText(card)), DISCORD_LIMITS.description),
    color: 0x2b6cb0,
    footer: { text: `${part ? `${part} · ` : ''}Ask about this article in its thread: /ask <question>` },
  };
}

/** A plain-text reply: mentions neutralised and Markdown escaped, so "[text](https://…)" in an
 * article's title is never a live masked link and "**" never formats. Bare URLs still link. */
export function discordText(text: string): string {
  return truncate(neutraliseMentions(stripControl(text)).replace(/([\\*_~`|>#[\]])/g, '\\$1'), DISCORD_LIMITS.content);
}
