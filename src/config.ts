// Reads and validates every setting once, from the environment and an optional .env file; the
// rest of the code receives a Config and never reads process.env itself.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isTimeZone } from './schedule/local-time.js';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const url = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ protocol: /^https?$/ }).optional());

const EnvSchema = z.object({
  BRIEFBOT_DB: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.string().trim().min(1).default('data/briefbot.db')),
  // Connections each process keeps open to PostgreSQL (BRIEFBOT_DB=postgres://…).
  BRIEFBOT_DB_POOL_SIZE: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(1).max(100).default(10)),
  BRIEFBOT_BRIEFINGS_DIR: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.string().trim().min(1).default('briefings')),
  BRIEFBOT_CONFIG_DIR: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.string().trim().min(1).default('config')),
  BRIEFBOT_ALLOW_PRIVATE_URLS: flag,
  BRIEFBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', '']).optional(),
  BRIEFBOT_CATCHUP_HOURS: z.coerce.number().min(0).max(72).default(12),
  // How long a process's claim on a digest holds (renewed as each part is posted) before another
  // process or replica takes it over: how late a digest can be when the process sending it dies.
  BRIEFBOT_CLAIM_LEASE_SECONDS: z.coerce.number().int().min(5).max(86_400).default(600),
  BRIEFBOT_KEEP_ARTICLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  BRIEFBOT_DIGEST_WHEN_EMPTY: flag,
  BRIEFBOT_DEFAULT_TIMEZONE: z.string().trim().default('UTC').refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin'),
  // A blank setting means its default, like every other blank one.
  // Followed feeds: how often each is polled (longer when the feed asks), how many of a new feed's
  // newest stories count as new, how many instant cards a channel gets per poll, when to pause.
  BRIEFBOT_FEED_INTERVAL_MINUTES: z.coerce.number().min(1).max(1440).default(15),
  BRIEFBOT_FEED_BACKFILL: z.coerce.number().int().min(0).max(20).default(3),
  BRIEFBOT_FEED_INSTANT_MAX: z.coerce.number().int().min(1).max(50).default(5),
  BRIEFBOT_FEED_PAUSE_AFTER: z.coerce.number().int().min(1).max(1000).default(10),
  // Health endpoints on a port of their own, for deployments without the Slack HTTP receiver.
  BRIEFBOT_HEALTH_PORT: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(1).max(65535).optional()),
  PORT: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.string().trim().min(1).default('0.0.0.0')),
  SLACK_BOT_TOKEN: optionalText.refine((v) => !v || /^xoxb-/.test(v), 'must start with xoxb-'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => !v || /^xapp-/.test(v), 'must start with xapp-'),
  SLACK_API_URL: url,
  // Many workspaces: the app's OAuth credentials (Basic Information page); installations are stored.
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText.refine((v) => !v || v.length >= 16, 'must be at least 16 characters (a random secret of your own)'),
  // Slack user ids allowed to change a channel's digest besides workspace admins: "U123,U456".
  BRIEFBOT_SLACK_ADMINS: optionalText.refine(
    (v) => !v || /^[A-Z0-9]+(\s*,\s*[A-Z0-9]+)*$/.test(v),
    'must be Slack user ids separated by commas, such as U012AB3CD,U045EF6GH',
  ),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((v) => !v || /^\d{5,25}$/.test(v), 'must be a numeric application id'),
  DISCORD_GUILD_ID: optionalText.refine((v) => !v || /^\d{5,25}$/.test(v), 'must be a numeric guild id'),
  DISCORD_API_URL: url,
  DISCORD_MESSAGE_CONTENT: flag,
  // Replicas of one bot each take some of its shards: "0,1" of DISCORD_SHARD_COUNT 4; or "auto": one
  // process runs as many shards as Discord recommends.
  DISCORD_SHARD_IDS: optionalText.refine((v) => !v || /^\d{1,4}(\s*,\s*\d{1,4})*$/.test(v), 'must be shard numbers separated by commas, such as 0,1'),
  DISCORD_SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? undefined : v),
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10_000)]).optional(),
  ),
  // https://no-color.org: any non-empty value turns colour off.
  NO_COLOR: z.string().optional(),
});

export interface Config {
  /** The SQLite file (or ':memory:'); with PostgreSQL, the database's URL with its password hidden (for logs). */
  dbPath: string;
  /** BRIEFBOT_DB is a postgres:// URL: the shared database of several replicas. */
  postgres: { url: string; poolSize: number } | null;
  briefingsDir: string;
  configDir: string;
  allowPrivateUrls: boolean;
  logLevel: string;
  catchUpHours: number;
  /** How long a digest claim holds before another process may take it over. */
  claimLeaseMs: number;
  /** Article texts older than this are pruned from the database; their cards stay. */
  keepArticleDays: number;
  digestWhenEmpty: boolean;
  defaultTimeZone: string;
  feeds: { intervalMinutes: number; backfill: number; instantMax: number; pauseAfterFailures: number };
  port: number;
  /** A port of their own for /healthz and /readyz (they are also on the Slack HTTP receiver's). */
  healthPort: number | null;
  /** Address the Slack HTTP receiver binds to. */
  host: string;
  slack: {
    /** One workspace: its bot token. Absent with `oauth`: each workspace's token comes from its installation. */
    botToken?: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
    admins: string[];
    /** Many workspaces: installed through /slack/install, tokens kept in the database. */
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  } | null;
  discord: {
    token: string;
    applicationId: string;
    guildId?: string;
    apiUrl?: string;
    messageContent: boolean;
    /** This process's shards of the bot (discord.js connects only these); null: one process, all of them. */
    /** 'auto': this one process runs every shard Discord recommends (GET /gateway/bot). */
    shards: { ids: number[]; count: number } | 'auto' | null;
  } | null;
  /** NO_COLOR is set: the terminal prints no colour. */
  noColor: boolean;
  /** Things an operator must hear about at start-up (a risky setting, and where it came from). */
  warnings: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates an environment; every problem is reported, each naming its variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const oauthVars = { SLACK_CLIENT_ID: e.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: e.SLACK_CLIENT_SECRET, SLACK_STATE_SECRET: e.SLACK_STATE_SECRET };
  const oauth = Object.values(oauthVars).some(Boolean);
  if (oauth) {
    for (const [name, value] of Object.entries(oauthVars))
      if (!value)
        problems.push(`${name}: required for installing in many workspaces (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET go together)`);
    if (e.SLACK_BOT_TOKEN)
      problems.push('SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID (each workspace gets its own token when it installs the app through /slack/install)');
    if (e.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: installing in many workspaces needs the HTTP receiver (/slack/install); leave Socket Mode off');
    if (!e.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET: required with SLACK_CLIENT_ID');
  } else {
    if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN)
      problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)');
    if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN))
      problems.push(
        'SLACK_BOT_TOKEN: required when other SLACK_ settings are set (or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for many workspaces)',
      );
  }
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (!e.DISCORD_TOKEN && (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID)) problems.push('DISCORD_TOKEN: required when other DISCORD_ settings are set');
  const shardIds = (e.DISCORD_SHARD_IDS ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map(Number);
  if (shardIds.length && !e.DISCORD_SHARD_COUNT) problems.push('DISCORD_SHARD_COUNT: required when DISCORD_SHARD_IDS is set (the total across all replicas)');
  if (shardIds.length && e.DISCORD_SHARD_COUNT === 'auto')
    problems.push('DISCORD_SHARD_IDS: leave it unset with DISCORD_SHARD_COUNT=auto (this process then runs every shard)');
  else if (!shardIds.length && typeof e.DISCORD_SHARD_COUNT === 'number')
    problems.push("DISCORD_SHARD_IDS: required when DISCORD_SHARD_COUNT is set (this replica's shards, such as 0,1)");
  const total = typeof e.DISCORD_SHARD_COUNT === 'number' ? e.DISCORD_SHARD_COUNT : null;
  const beyond = shardIds.filter((id) => total !== null && id >= total);
  if (beyond.length)
    problems.push(`DISCORD_SHARD_IDS: ${beyond.join(', ')} not below DISCORD_SHARD_COUNT ${e.DISCORD_SHARD_COUNT} (shards are numbered from 0)`);
  if (isPostgresUrl(e.BRIEFBOT_DB) && !URL.canParse(e.BRIEFBOT_DB))
    problems.push('BRIEFBOT_DB: not a valid URL (postgres://user:password@host:5432/database); a password with @, : or / must be percent-encoded');
  if (problems.length) throw new ConfigError(problems);
  return {
    // Relative paths are the project folder's, wherever the bot is started from.
    dbPath: isPostgresUrl(e.BRIEFBOT_DB) ? redactUrl(e.BRIEFBOT_DB) : e.BRIEFBOT_DB === ':memory:' ? e.BRIEFBOT_DB : resolve(PROJECT_DIR, e.BRIEFBOT_DB),
    postgres: isPostgresUrl(e.BRIEFBOT_DB) ? { url: e.BRIEFBOT_DB, poolSize: e.BRIEFBOT_DB_POOL_SIZE } : null,
    briefingsDir: resolve(PROJECT_DIR, e.BRIEFBOT_BRIEFINGS_DIR),
    configDir: resolve(PROJECT_DIR, e.BRIEFBOT_CONFIG_DIR),
    allowPrivateUrls: e.BRIEFBOT_ALLOW_PRIVATE_URLS,
    // The terminal alone shows warnings only (no JSON lines among the cards); chat adapters log info.
    logLevel: e.BRIEFBOT_LOG_LEVEL || (e.SLACK_BOT_TOKEN || e.DISCORD_TOKEN ? 'info' : 'warn'),
    catchUpHours: e.BRIEFBOT_CATCHUP_HOURS,
    claimLeaseMs: e.BRIEFBOT_CLAIM_LEASE_SECONDS * 1000,
    keepArticleDays: e.BRIEFBOT_KEEP_ARTICLE_DAYS,
    digestWhenEmpty: e.BRIEFBOT_DIGEST_WHEN_EMPTY,
    defaultTimeZone: e.BRIEFBOT_DEFAULT_TIMEZONE,
    feeds: {
      intervalMinutes: e.BRIEFBOT_FEED_INTERVAL_MINUTES,
      backfill: e.BRIEFBOT_FEED_BACKFILL,
      instantMax: e.BRIEFBOT_FEED_INSTANT_MAX,
      pauseAfterFailures: e.BRIEFBOT_FEED_PAUSE_AFTER,
    },
    port: e.PORT,
    healthPort: e.BRIEFBOT_HEALTH_PORT ?? null,
    host: e.HOST,
    slack:
      e.SLACK_BOT_TOKEN || oauth
        ? {
            botToken: e.SLACK_BOT_TOKEN,
            oauth: oauth ? { clientId: e.SLACK_CLIENT_ID!, clientSecret: e.SLACK_CLIENT_SECRET!, stateSecret: e.SLACK_STATE_SECRET! } : undefined,
            signingSecret: e.SLACK_SIGNING_SECRET ?? '',
            appToken: e.SLACK_APP_TOKEN,
            apiUrl: e.SLACK_API_URL,
            admins: (e.BRIEFBOT_SLACK_ADMINS ?? '')
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean),
          }
        : null,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID!,
          guildId: e.DISCORD_GUILD_ID,
          apiUrl: e.DISCORD_API_URL,
          messageContent: e.DISCORD_MESSAGE_CONTENT,
          shards:
            e.DISCORD_SHARD_COUNT === 'auto'
              ? 'auto'
              : shardIds.length && total !== null
                ? { ids: [...new Set(shardIds)].sort((a, b) => a - b), count: total }
                : null,
        }
      : null,
    noColor: !!e.NO_COLOR,
    warnings: e.BRIEFBOT_ALLOW_PRIVATE_URLS
      ? [
          'BRIEFBOT_ALLOW_PRIVATE_URLS is on: /briefing <url>, /feed add and briefbot brief <url> may fetch loopback and private-network addresses (meant for tests only)',
        ]
      : [],
  };
}

function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/** A database URL fit for a log line: its password replaced. */
export function redactUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/pass|secret|key/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

/** The project folder (where package.json is): relative settings and .env are read from here. */
export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where .env is read from: BRIEFBOT_ENV_FILE, else the project folder — never the working
 * directory, so a .env planted wherever the CLI happens to be started cannot change settings. */
export function envFilePath(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.BRIEFBOT_ENV_FILE?.trim() || join(PROJECT_DIR, '.env'));
}

/** Loads the project's .env (when present) under the environment, then validates both. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import('dotenv');
  const file = envFilePath();
  const fromFile = existsSync(file) ? dotenv.parse(readFileSync(file)) : {};
  // The environment wins over the file, as dotenv does.
  const env = { ...fromFile, ...process.env };
  const config = parseConfig(env);
  if (config.allowPrivateUrls && fromFile.BRIEFBOT_ALLOW_PRIVATE_URLS !== undefined && process.env.BRIEFBOT_ALLOW_PRIVATE_URLS === undefined) {
    config.warnings = config.warnings.map((w) => w.replace('is on:', `is on (set in ${file}):`));
  }
  return config;
}

/** An optional JSON file of the config folder (schedules.json, feeds.json), validated by `schema`
 * with every problem named; null when the file does not exist. */
export function readConfigFile<T>(path: string, schema: z.ZodType<T>): T | null {
  if (!existsSync(path)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError([`${path}: not valid JSON (${(err as Error).message})`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(file)'}: ${i.message}`));
  return parsed.data;
}
