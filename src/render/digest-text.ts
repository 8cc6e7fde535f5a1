// Renders a digest as plain text: a heading, then each new card in compact form.

import type { Digest } from '../adapters/adapter.js';
import type { Card } from '../core/card.js';
import { eventLine } from './card-text.js';
import { neutraliseMentions, stripControl, truncate } from './mentions.js';

/** How every digest heading starts: also how a digest already in a channel is recognised. */
export function digestMarker(localDate: string): string {
  return `🗞️ Daily digest for ${localDate}`;
}

/** The mark on card `part` of `total` in a digest: "🗞️ 2026-05-01 · 2/5". */
export function digestPartMarker(localDate: string, part: number, total: number): string {
  return `🗞️ ${localDate} · ${part}/${total}`;
}

/** Which part of the digest for `localDate` a message's text marks, if any. */
export function digestPartOf(text: string, localDate: string): number | null {
  const m = new RegExp(`🗞️ ${localDate.replace(/-/g, '\\\\?-')} · (\\d+)/\\d+`).exec(text);
  return m ? Number(m[1]) : null;
}

export function digestHeading(digest: Digest): string {
  const n = digest.briefings.length;
  const count = n ? `${n} new briefing${n === 1 ? '' : 's'}` : 'no new briefings';
  const heading = `${digestMarker(digest.localDate)}${digest.late ? ' (late: the bot was offline at the scheduled time)' : ''} — ${count}`;
  const bare = digest.withoutCard ?? [];
  if (!bare.length) return heading;
  // Stories whose page and text could not be read: listed, so nothing a feed brought is lost.
  const shown = bare.slice(0, 20).map((s) => `• ${neutraliseMentions(stripControl(s.title)).slice(0, 200)}${s.link ? ` — ${s.link}` : ''} (no card)`);
  if (bare.length > shown.length) shown.push(`• …and ${bare.length - shown.length} more`);
  return [heading, `Also new, without a card (${bare.length}):`, ...shown].join('\n');
}

/** One card in a few lines: headline, event, participants and proposals counts. */
export function compactCardText(card: Card): string {
  const safe = (s: string) => neutraliseMentions(stripControl(s));
  const lines = [`📰 ${safe(card.title)}`];
  const event = eventLine(card);
  if (event) lines.push(`   ${safe(event)}`);
  if (card.keyPoints[0]) lines.push(`   ${safe(truncate(card.keyPoints[0], 240))}`);
  const facts = [`${card.participants.length} participants`, `${card.countries.length} countries`];
  if (card.proposals.items.length || card.proposals.stated) facts.push(`${card.proposals.stated ?? card.proposals.items.length} proposals`);
  lines.push(`   ${facts.join(' · ')}`);
  return lines.join('\n');
}
