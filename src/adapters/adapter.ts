// What every chat adapter offers the rest of the bot: start and stop, and posting a digest to one
// of its channels (the scheduler does not know which platform it talks to).

import type { StoredBriefing } from '../library/library.js';
import type { Platform } from '../store/store.js';

export interface Digest {
  localDate: string;
  late: boolean;
  briefings: StoredBriefing[];
}

export interface DigestPoster {
  readonly platform: Platform;
  /** Posts the digest and returns the ids of the messages posted. */
  postDigest(channel: string, digest: Digest): Promise<string[]>;
  /**
   * Where the platform lets us read the channel back: the id of a digest for this local date that
   * is already there (posted by a process that died before recording it), or null.
   */
  findPostedDigest?(channel: string, localDate: string): Promise<string | null>;
}

export interface ChatAdapter extends DigestPoster {
  start(): Promise<void>;
  /** Stops taking new work, waits for posts in flight, then disconnects. */
  stop(): Promise<void>;
}
