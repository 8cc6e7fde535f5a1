// What the operator commands of the `briefbot` CLI share: the database and article library opened from the configuration, and the posters a command can deliver through
// without starting the chat listeners (the shell prints to stdout).

import type { DigestPoster } from './adapters/adapter.js';
import { ShellAdapter } from './adapters/shell.js';
import { CommandRouter } from './commands/router.js';
import { type Config, loadConfig } from './config.js';
import { Library } from './library/library.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

/** The configuration (its warnings said on stderr), the store and the library; the caller closes the store. */
export async function openForCli(): Promise<{ config: Config; store: Store; library: Library }> {
  const config = await loadConfig();
  for (const warning of config.warnings) process.stderr.write(`briefbot: warning: ${warning}\n`);
  const store = await openStore(config);
  return { config, store, library: new Library(store, { allowPrivateUrls: config.allowPrivateUrls, keepArticleDays: config.keepArticleDays }) };
}

/** Posters that work without starting the chat listeners: the shell prints to stdout. */
export async function postersFor(config: Config, library: Library, store: Store): Promise<Map<string, DigestPoster>> {
  const router = new CommandRouter(library, store, { defaultTimeZone: config.defaultTimeZone });
  const posters = new Map<string, DigestPoster>();
  posters.set('shell', new ShellAdapter(router, { input: process.stdin, output: process.stdout, interactive: false, articleCount: 0 }));
  if (config.slack) {
    const { SlackPoster } = await import('./adapters/slack/slack-poster.js');
    const { WorkspaceTokens } = await import('./adapters/slack/installations.js');
    // Many workspaces: each channel's posts use its own workspace's token.
    posters.set('slack', new SlackPoster(config.slack, store, Date.now, config.slack.oauth ? new WorkspaceTokens(store) : undefined));
  }
  if (config.discord) {
    const { DiscordPoster } = await import('./adapters/discord/discord-poster.js');
    posters.set('discord', new DiscordPoster(config.discord, store, Date.now));
  }
  return posters;
}
