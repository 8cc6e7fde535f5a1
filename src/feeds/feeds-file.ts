// Reads the optional config/feeds.json: feeds an operator declares in a file instead of typing
// /feed add, validated like the environment (every problem named).

import { join } from 'node:path';
import { z } from 'zod';
import { readConfigFile } from '../config.js';

export const FEEDS_FILE = 'feeds.json';

const Entry = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    platform: z.enum(['shell', 'slack', 'discord']),
    channel: z.string().trim().min(1).max(200),
    mode: z.enum(['digest', 'instant']).default('digest'),
  })
  .strict();

const File = z.object({ feeds: z.array(Entry) }).strict();

export type FeedEntry = z.infer<typeof Entry>;

/** The file's feeds; none when the file does not exist. */
export function readFeedsFile(configDir: string): FeedEntry[] {
  return readConfigFile(join(configDir, FEEDS_FILE), File)?.feeds ?? [];
}
