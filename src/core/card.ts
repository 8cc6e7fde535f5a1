// The briefing card: a versioned schema that every renderer consumes, and cardFromAnalysis(),
// which fills it from one reading of an article (see briefing.ts for the front door).

import { z } from 'zod';
import type { Analysis } from './analysis.js';

/** 2: participants carry how they took part (`participation`); the card carries the page's `image`. */
export const CARD_SCHEMA_VERSION = 2;

export const ParticipantSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  /** At the event, by video link or phone, or there in someone else's place. */
  participation: z.enum(['present', 'remote', 'stand-in']),
});

export const CardSchema = z.object({
  title: z.string(),
  source: z.string().nullable(),
  event: z.object({ name: z.string().nullable(), location: z.string().nullable(), date: z.string().nullable() }),
  keyPoints: z.array(z.string()),
  participants: z.array(ParticipantSchema),
  countries: z.array(z.string()),
  proposals: z.object({ stated: z.number().int().nonnegative().nullable(), items: z.array(z.string()) }),
  schemaVersion: z.literal(CARD_SCHEMA_VERSION),
  url: z.string().nullable(),
  published: z.string().nullable(),
  /** The page's lead image (og:image), when it has one. */
  image: z.string().nullable(),
});

export type Card = z.infer<typeof CardSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;

const MAX_TITLE = 200;

/** The headline, or the first sentence when the page gave none. */
function headline(analysis: Analysis): string {
  const title = analysis.article.title ?? analysis.sentences[0]?.text ?? 'Untitled article';
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
}

export function cardFromAnalysis(analysis: Analysis): Card {
  const { article } = analysis;
  return CardSchema.parse({
    title: headline(analysis),
    source: article.source,
    event: { name: analysis.event.name, location: analysis.event.location, date: analysis.event.date },
    keyPoints: analysis.keyPoints.map((k) => k.text),
    participants: analysis.participants.map((p) => ({
      name: p.name,
      role: p.roles.join('; ') || null,
      affiliation: p.affiliation,
      participation: p.participation === 'remote' || p.participation === 'stand-in' ? p.participation : 'present',
    })),
    countries: analysis.countries,
    proposals: { stated: analysis.proposals.stated, items: analysis.proposals.items },
    schemaVersion: CARD_SCHEMA_VERSION,
    url: article.url,
    published: article.published,
    image: article.image ?? null,
  });
}
