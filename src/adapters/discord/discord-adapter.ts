// The Discord adapter (discord.js v14): slash commands deferred at once and edited when done,
// embed cards with a Q&A thread each, /ask in a thread answered about that thread's card, and
// (with the message-content intent) @mentions in a card thread answered too.

import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
} from 'discord.js';
import { COMMANDS, fetchingNote } from '../../commands/definitions.js';
import { parseCommandLine } from '../../commands/parse.js';
import type { CommandRouter, Reply } from '../../commands/router.js';
import type { Library } from '../../library/library.js';
import { safeError, type Logger } from '../../logger.js';
import { UserError } from '../../core/errors.js';
import { answerEmbed, articleLinkComponents, cardEmbed, discordText } from '../../render/discord-embed.js';
import { isTimeZone } from '../../schedule/local-time.js';
import type { Store } from '../../store/store.js';
import type { ChatAdapter } from '../adapter.js';
import { InFlight } from '../in-flight.js';
import { discordCommands } from './commands-json.js';
import { DiscordPoster, NO_MENTIONS, type DiscordSettings } from './discord-poster.js';

export interface DiscordConfig extends DiscordSettings {
  guildId?: string;
  messageContent: boolean;
  /** This replica's shards of the bot, when several replicas share it. */
  shards?: { ids: number[]; count: number } | 'auto' | null;
}

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  readonly client: Client;
  readonly poster: DiscordPoster;
  private readonly inFlight: InFlight;

  constructor(
    private readonly config: DiscordConfig,
    private readonly router: CommandRouter,
    private readonly library: Library,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    const intents = [GatewayIntentBits.Guilds];
    if (config.messageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
    this.client = new Client({
      intents,
      allowedMentions: NO_MENTIONS,
      rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}) },
      // Replicas split the bot's shards; each answers the commands its shards receive.
      // Or one process runs every shard Discord recommends.
      ...(config.shards === 'auto' ? { shards: 'auto' as const } : config.shards ? { shards: config.shards.ids, shardCount: config.shards.count } : {}),
    });
    this.poster = new DiscordPoster(this.client.rest, store, clock);
    this.poster.onWarning = (message, err) => this.logger.warn({ err: safeError(err) }, message);
    this.inFlight = new InFlight((err) => this.logger.error({ err: safeError(err) }, 'discord handler failed'));
    this.client.on(Events.InteractionCreate, (interaction) => this.inFlight.track(this.onInteraction(interaction)));
    if (config.messageContent) this.client.on(Events.MessageCreate, (message) => this.inFlight.track(this.onMessage(message)));
    this.client.on(Events.Error, (err) => this.logger.error({ err: safeError(err) }, 'discord client error'));
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (!interaction.isChatInputCommand()) return;
    const name = interaction.commandName;
    const text = this.commandText(interaction);
    // Fetching a URL or reading an article may take longer than Discord's 3 seconds: defer first.
    const def = COMMANDS.find((c) => c.name === name);
    const slow = !def?.local || fetchingNote(def, text) !== null;
    if (slow) await interaction.deferReply();
    const articleId = await this.store.articleForMessage('discord', interaction.channelId, interaction.channelId);
    const reply = await this.router.handle({ name, text }, { platform: 'discord', channel: interaction.channelId, user: interaction.user.id, articleId });
    await this.respond(interaction, reply, slow);
  }

  private commandText(interaction: ChatInputCommandInteraction): string {
    const def = COMMANDS.find((c) => c.name === interaction.commandName);
    return (def?.options ?? [])
      .map((o) => interaction.options.getString(o.name) ?? '')
      .filter(Boolean)
      .join(' ');
  }

  private async respond(interaction: ChatInputCommandInteraction, reply: Reply, deferred: boolean): Promise<void> {
    if (reply.kind === 'text') {
      const content = discordText(reply.text);
      if (!deferred) {
        await interaction.reply({ content, allowedMentions: NO_MENTIONS, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
        return;
      }
      if (!reply.ephemeral) {
        await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
        return;
      }
      // Errors and help go only to the person who asked.
      await interaction.deleteReply().catch((err) => this.logger.debug({ err: safeError(err) }, 'could not delete the deferred reply'));
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    if (reply.kind === 'answer') {
      await interaction.editReply({ embeds: [answerEmbed(reply.answer)], allowedMentions: NO_MENTIONS });
      return;
    }
    const message = await interaction.editReply({
      embeds: [cardEmbed(reply.briefing.card)],
      components: articleLinkComponents(reply.briefing.card),
      allowedMentions: NO_MENTIONS,
    });
    const channelId = interaction.channelId;
    const inThread = interaction.channel?.isThread() ?? false;
    if (inThread) {
      await this.store.rememberCardMessage('discord', channelId, channelId, reply.briefing.record.id, this.clock());
      return;
    }
    try {
      await this.poster.openThread(channelId, message.id, reply.briefing);
    } catch (err) {
      this.logger.warn({ err: safeError(err), channel: channelId }, 'could not start a thread on the card');
      await interaction
        .followUp({ content: 'I could not open a thread for questions here (missing the Create Public Threads permission?).', flags: MessageFlags.Ephemeral })
        .catch((e) => this.logger.warn({ err: safeError(e) }, 'could not tell the user the thread failed'));
    }
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value).toLowerCase();
    const choices =
      focused.name === 'timezone'
        ? ZONES.filter((z) => z.toLowerCase().includes(typed))
            .slice(0, 25)
            .map((z) => ({ name: z, value: z }))
            .filter((c) => isTimeZone(c.value))
        : [
            { name: 'list', value: 'list' },
            ...(await this.library.list(50)).map((a) => ({ name: `${a.name} — ${a.title}`.slice(0, 100), value: a.name.slice(0, 100) })),
          ]
            .filter((c) => c.name.toLowerCase().includes(typed))
            .slice(0, 25);
    await interaction.respond(choices);
  }

  /** "@briefbot who attended?" in a card's thread, when the message-content intent is on. */
  private async onMessage(message: Message): Promise<void> {
    if (message.author.bot || !this.client.user || !message.mentions.users.has(this.client.user.id)) return;
    const articleId = await this.store.articleForMessage('discord', message.channelId, message.channelId);
    const text = message.content.replace(/<@!?\d+>/g, ' ').trim();
    if (articleId === null) {
      await message.reply({
        content: 'Ask me in the thread of a briefing card, for example `/ask who attended?`. Post a card with `/briefing`.',
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    const reply = await this.router.handle(parseCommandLine(text) ?? { name: 'help', text: '' }, {
      platform: 'discord',
      channel: message.channelId,
      user: message.author.id,
      articleId,
    });
    if (reply.kind === 'answer') await message.reply({ embeds: [answerEmbed(reply.answer)], allowedMentions: NO_MENTIONS });
    else if (reply.kind === 'text') await message.reply({ content: discordText(reply.text), allowedMentions: NO_MENTIONS });
  }

  /** The gateway session is up (discord.js reconnects by itself; readiness drops meanwhile). */
  isReady(): boolean {
    return this.client.isReady();
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    try {
      await this.client.login(this.config.token);
    } catch (err) {
      const { code, message } = safeError(err);
      const network =
        /^(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|UND_ERR_\w+)$/.test(
          String(code ?? (err as { cause?: { code?: string } }).cause?.code ?? ''),
        ) || /fetch failed|ECONNREFUSED|ENOTFOUND/.test(message);
      // A network failure is not a bad token: say which one it is.
      if (network)
        throw new UserError(
          `cannot reach Discord at ${this.config.apiUrl ?? 'https://discord.com/api'} (${code ?? message}); check the network${this.config.apiUrl ? ' and DISCORD_API_URL' : ''}`,
        );
      throw new UserError(`Discord did not accept the bot token (${code ?? message}); check DISCORD_TOKEN${this.config.apiUrl ? ' and DISCORD_API_URL' : ''}`);
    }
    await ready;
    if (this.config.guildId) {
      await registerCommands(this.poster.rest, this.config.applicationId, this.config.guildId);
      this.logger.info({ guild: this.config.guildId }, 'discord commands registered for the guild');
    }
    this.logger.info({ user: this.client.user?.tag }, 'discord adapter started');
  }

  async stop(): Promise<void> {
    await this.inFlight.drain();
    await this.client.destroy();
  }
}

/** Bulk-overwrites the commands (idempotent): for one guild, or globally. */
export async function registerCommands(rest: DiscordPoster['rest'], applicationId: string, guildId?: string): Promise<unknown> {
  const { Routes } = await import('discord.js');
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  return rest.put(route, { body: discordCommands() });
}
