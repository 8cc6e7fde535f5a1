import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { type ConfigError, parseConfig } from '../src/config.js';

/** The problems a configuration is refused for (none when it is accepted). */
function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('accepts .env.example as it is, and runs the shell on it (no credentials)', () => {
    const config = parseConfig(dotenv.parse(readFileSync(join(import.meta.dirname, '..', '.env.example'))));
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    // Relative paths are the project folder's, wherever the bot is started from.
    expect(config.dbPath).toBe(join(import.meta.dirname, '..', 'data', 'briefbot.db'));
    expect(config.briefingsDir).toBe(join(import.meta.dirname, '..', 'briefings'));
    expect(parseConfig({ BRIEFBOT_DB: '/var/lib/briefbot/db.sqlite', PORT: '', HOST: ' ' })).toMatchObject({
      dbPath: '/var/lib/briefbot/db.sqlite',
      port: 3000,
      host: '0.0.0.0',
    });
    expect(config.allowPrivateUrls).toBe(false);
  });

  it('logs warnings only when the terminal runs alone, info with a chat adapter, or what BRIEFBOT_LOG_LEVEL says', () => {
    expect(parseConfig({}).logLevel).toBe('warn');
    expect(parseConfig({ BRIEFBOT_LOG_LEVEL: '' }).logLevel).toBe('warn');
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456' }).logLevel).toBe('info');
    expect(parseConfig({ BRIEFBOT_LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });

  it('documents every variable it reads in .env.example', () => {
    const example = readFileSync(join(import.meta.dirname, '..', '.env.example'), 'utf8');
    const source = readFileSync(join(import.meta.dirname, '..', 'src', 'config.ts'), 'utf8');
    const read = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(10);
    for (const name of read) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('names every problem, including settings that need each other', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1' }).join('\n')).toMatch(/SLACK_SIGNING_SECRET/);
    expect(problems({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' }).join('\n')).toMatch(/SLACK_BOT_TOKEN: must start with xoxb-/);
    expect(problems({ DISCORD_TOKEN: 't' }).join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    const many = problems({ PORT: '99999', BRIEFBOT_DEFAULT_TIMEZONE: 'Nowhere/Land', SLACK_API_URL: 'ftp://x' });
    expect(many).toHaveLength(3);
    expect(many.join('\n')).toMatch(/PORT/);
    expect(many.join('\n')).toMatch(/BRIEFBOT_DEFAULT_TIMEZONE/);
    expect(many.join('\n')).toMatch(/SLACK_API_URL/);
  });

  it('starts Slack with a token and secret, Socket Mode with an app token, Discord with its pair', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toMatchObject({ botToken: 'xoxb-1', signingSecret: 's' });
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
    expect(parseConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456' }).discord).toMatchObject({
      token: 't',
      applicationId: '123456',
      messageContent: false,
    });
  });

  it('installs in many Slack workspaces with the three OAuth settings and a signing secret, and never beside a single bot token', () => {
    const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'state-secret-0123456789', SLACK_SIGNING_SECRET: 'sig' };
    expect(parseConfig(oauth).slack).toMatchObject({ botToken: undefined, oauth: { clientId: '1.2', clientSecret: 'cs' }, signingSecret: 'sig' });
    expect(problems({ SLACK_CLIENT_ID: '1.2', SLACK_SIGNING_SECRET: 'sig' })).toEqual([
      expect.stringMatching(/^SLACK_CLIENT_SECRET: required/),
      expect.stringMatching(/^SLACK_STATE_SECRET: required/),
    ]);
    expect(problems({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: leave it unset/)]);
    expect(problems({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN: .*HTTP receiver/)]);
    expect(problems({ ...oauth, SLACK_SIGNING_SECRET: '' })).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: required with SLACK_CLIENT_ID/)]);
    expect(problems({ ...oauth, SLACK_STATE_SECRET: 'short' })).toEqual([expect.stringMatching(/^SLACK_STATE_SECRET: must be at least 16/)]);
  });
});
