// Reads the optional config/schedules.json: subscriptions an operator declares in a file instead
// of typing /subscribe, validated like the environment (every problem named).

import { join } from 'node:path';
import { z } from 'zod';
import { readConfigFile } from '../config.js';
import type { Store, Subscription } from '../store/store.js';
import { isTimeZone } from './local-time.js';

export const SCHEDULES_FILE = 'schedules.json';

const Entry = z
  .object({
    platform: z.enum(['shell', 'slack', 'discord']),
    channel: z.string().trim().min(1).max(200),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)'),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  })
  .strict();

const File = z.object({ subscriptions: z.array(Entry) }).strict();

export type ScheduleEntry = z.infer<typeof Entry>;

/** The file's subscriptions; none when the file does not exist. */
export function readSchedulesFile(configDir: string): ScheduleEntry[] {
  return readConfigFile(join(configDir, SCHEDULES_FILE), File)?.subscriptions ?? [];
}

/** Upserts the file's subscriptions into the store (one per channel, the file wins). */
export async function applySchedules(store: Store, entries: readonly ScheduleEntry[], now: number): Promise<Subscription[]> {
  const subs: Subscription[] = [];
  for (const e of entries)
    subs.push(await store.subscribe({ platform: e.platform, channel: e.channel, time: e.time, timeZone: e.timeZone, createdBy: 'config/schedules.json' }, now));
  return subs;
}
