// What every chat adapter offers the rest of the bot: start and stop, and posting a digest to one
// of its channels (the scheduler does not know which platform it talks to).

import { digestMarker, digestPartMarker, digestPartOf } from '../render/digest-text.js';
import type { StoredBriefing } from '../library/library.js';
import type { Platform } from '../store/store.js';

export interface Digest {
  localDate: string;
  late: boolean;
  briefings: StoredBriefing[];
  /** Messages an earlier, interrupted attempt already posted (heading first, then cards in order). */
  alreadyPosted?: string[];
  /** Followed feeds' stories that could not be briefed: listed in the heading with their links. */
  withoutCard?: Array<{ title: string; link: string | null }>;
  /** Told every message id as soon as it is posted, so that progress survives a crash. */
  onPosted?: (ids: string[]) => Promise<void> | void;
}

/** Posts a digest's parts in order — the heading, then each card — skipping those an earlier
 * attempt posted, and reporting progress after each one. Every adapter posts digests through it. */
export async function postDigestParts(
  digest: Digest,
  postHeading: () => Promise<string>,
  postCard: (b: StoredBriefing, part: string) => Promise<string>,
): Promise<string[]> {
  const ids = [...(digest.alreadyPosted ?? [])];
  const total = digest.briefings.length;
  const parts = [postHeading, ...digest.briefings.map((b, i) => () => postCard(b, digestPartMarker(digest.localDate, i + 1, total)))];
  for (const [i, part] of parts.entries()) {
    if (i < ids.length) continue;
    ids.push(await part());
    await digest.onPosted?.([...ids]);
  }
  return ids;
}

export interface DigestPoster {
  readonly platform: Platform;
  /** Posts the digest and returns the ids of the messages posted. */
  postDigest(channel: string, digest: Digest): Promise<string[]>;
  /**
   * Where the platform lets us read the channel back: the ids of the parts of this local date's
   * digest that are already there, in order (heading, card 1, card 2, … up to the first missing
   * one), posted by a process that died before recording them.
   */
  findPostedParts?(channel: string, localDate: string): Promise<string[]>;
  /** Posts one card outside a digest (a followed feed's story in instant mode); returns its message id. */
  postCard?(channel: string, briefing: StoredBriefing): Promise<string>;
  /** Posts a short plain-text notice (escaped for the platform by the poster); returns its message id. */
  postNotice?(channel: string, text: string): Promise<string>;
  /** Where a poster reports what it could not do but carried on without (set by its adapter). */
  onWarning?: (message: string, err: unknown) => void;
}

/** One of the bot's own messages read back from a channel: the text a heading starts with, and the text a card's part mark is in. */
export interface PostedMessage {
  id: string;
  text: string;
  partText: string;
}

/** The parts of this local date's digest found among the bot's messages, in order: the heading,
 * then cards 1, 2, … while there is no gap. */
export function digestPartsIn(messages: readonly PostedMessage[], localDate: string): string[] {
  const marker = digestMarker(localDate);
  const heading = messages.find((m) => m.text.startsWith(marker))?.id;
  if (!heading) return [];
  const cards = new Map<number, string>();
  for (const m of messages) {
    const part = digestPartOf(m.partText, localDate);
    if (part !== null && !cards.has(part)) cards.set(part, m.id);
  }
  const ids = [heading];
  for (let part = 1; cards.has(part); part++) ids.push(cards.get(part)!);
  return ids;
}

export interface ChatAdapter {
  readonly platform: Platform;
  /** Posts digests to this platform's channels; the scheduler talks to it, not to the adapter. */
  readonly poster: DigestPoster;
  start(): Promise<void>;
  /** Connected and taking requests (the readiness check). */
  isReady(): boolean;
  /** Stops taking new work, waits for posts in flight, then disconnects. */
  stop(): Promise<void>;
}
