// `briefbot discord register [--guild ID]`: registers the slash commands through the REST API.

import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { UserError } from '../../core/errors.js';
import { registerCommands } from './discord-adapter.js';
import { discordRest } from './discord-poster.js';

export async function runDiscordCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'register') throw new UserError('usage: briefbot discord register [--guild ID]');
  const { values } = parseArgs({ args: rest, options: { guild: { type: 'string' } } });
  const config = await loadConfig();
  if (!config.discord) throw new UserError('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands');
  const guild = values.guild ?? config.discord.guildId;
  if (guild && !/^\d{5,25}$/.test(guild)) throw new UserError('--guild must be a numeric guild id');
  const registered = (await registerCommands(discordRest(config.discord), config.discord.applicationId, guild)) as Array<{ name: string }>;
  process.stdout.write(
    `Registered ${registered.length} commands ${guild ? `for guild ${guild}` : 'globally (may take up to an hour to appear)'}: ${registered.map((c) => `/${c.name}`).join(' ')}\n`,
  );
}
