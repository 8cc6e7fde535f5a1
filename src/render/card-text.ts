// Renders a card and an answer as plain text (the shell and the CLI) or as Markdown.

import type { Card } from '../core/card.js';
import type { Answer } from '../core/ask/answer.js';
import { readableDate } from '../core/extract/lexicon/calendar.js';
import { neutraliseMentions, stripControl } from './mentions.js';

const safe = (s: string) => neutraliseMentions(stripControl(s));

const HOW: Record<Card['participants'][number]['participation'], string> = { present: '', remote: ' (remotely)', 'stand-in': ' (in place of another)' };

export function participantLine(p: Card['participants'][number]): string {
  const detail = [p.role, p.affiliation].filter(Boolean).join(', ');
  return `${detail ? `${p.name} — ${detail}` : p.name}${HOW[p.participation] ?? ''}`;
}

export function proposalsHeading(card: Card): string {
  const { stated, items } = card.proposals;
  if (stated !== null && stated !== items.length) return `Proposals (${stated} stated, ${items.length} listed)`;
  return `Proposals (${items.length})`;
}

export function eventLine(card: Card): string | null {
  const { name, location, date } = card.event;
  const parts = [name, location, date].filter(Boolean);
  // The line starts with a capital, whichever part comes first ("the Hotel Park · Sunday" → "The Hotel Park · Sunday").
  return parts.length ? parts.join(' · ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : null;
}

export function sourceLine(card: Card): string | null {
  const parts = [card.source, card.published && readableDate(card.published), card.url].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

export function renderCardText(card: Card, markdown = false): string {
  const h = (s: string) => (markdown ? `**${s}**` : s);
  const bullet = markdown ? '-' : '  •';
  const lines: string[] = [markdown ? `## ${safe(card.title)}` : `📰 ${safe(card.title)}`];
  const source = sourceLine(card);
  if (source) lines.push(markdown ? `_${safe(source)}_` : safe(source));
  const event = eventLine(card);
  if (event) lines.push('', `${h('Event:')} ${safe(event)}`);
  if (card.keyPoints.length) lines.push('', h('Key points'), ...card.keyPoints.map((k) => `${bullet} ${safe(k)}`));
  if (card.participants.length)
    lines.push('', h(`Participants (${card.participants.length})`), ...card.participants.map((p) => `${bullet} ${safe(participantLine(p))}`));
  if (card.countries.length) lines.push('', `${h('Countries:')} ${safe(card.countries.join(', '))}`);
  if (card.proposals.items.length || card.proposals.stated) {
    lines.push('', h(proposalsHeading(card)), ...card.proposals.items.map((it, i) => `${markdown ? '' : '  '}${i + 1}. ${safe(it)}`));
  }
  return lines.join('\n');
}

export function renderAnswerText(answer: Answer): string {
  const lines = [safe(answer.answer)];
  if (answer.evidence.length) lines.push('', 'Evidence:', ...answer.evidence.map((e) => `  > ${safe(e)}`));
  return lines.join('\n');
}
