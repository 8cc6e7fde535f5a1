// The Slack adapter (Bolt): slash commands acked at once and answered after, cards posted in the
// channel, and @mentions in a card's thread answered in that thread. HTTP receiver on PORT, or
// Socket Mode when SLACK_APP_TOKEN is set. One workspace with SLACK_BOT_TOKEN, or many through
// OAuth (/slack/install), each channel's posts made with its own workspace's token.

import { createServer, type Server } from 'node:http';
import { App, type Context, ErrorCode, HTTPReceiver, LogLevel } from '@slack/bolt';
import { boltLogger } from './bolt-logger.js';
import type { WebClient } from '@slack/web-api';
import type { CommandRouter, Reply } from '../../commands/router.js';
import { COMMANDS, fetchingNote } from '../../commands/definitions.js';
import { parseCommandLine } from '../../commands/parse.js';
import { safeError, type Logger } from '../../logger.js';
import { UserError } from '../../core/errors.js';
import { escapeSlack } from '../../render/slack-blocks.js';
import type { Store } from '../../store/store.js';
import type { ChatAdapter } from '../adapter.js';
import { postToResponseUrl, type ResponsePayload } from './response-url.js';
import { InFlight } from '../in-flight.js';
import { guardSlackRequest } from './request-guard.js';
import type { HealthHandler } from '../../health.js';
import { SlackPoster, slackClientOptions, slackErrorMessage } from './slack-poster.js';
import { installKey, StoreInstallations, WorkspaceTokens } from './installations.js';
import { SLACK_BOT_SCOPES } from './manifest.js';

type Respond = (payload: ResponsePayload) => Promise<void>;

export interface SlackConfig {
  /** One workspace; absent with `oauth`. */
  botToken?: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
  /** Users who may change a channel's digest besides workspace admins and owners. */
  admins?: string[];
  /** Many workspaces: installed through /slack/install, installations kept in the store. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
}

/** How long a user's admin status is trusted before users.info is asked again. */
const ADMIN_CACHE_MS = 10 * 60_000;

const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;
/** Commands that change a channel's settings: admins only. */
const SETTINGS = new Set(COMMANDS.filter((c) => c.changesSettings).map((c) => c.name));

export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  readonly app: App;
  readonly poster: SlackPoster;
  private readonly inFlight: InFlight;
  private readonly receiver: HTTPReceiver | null;
  private server: Server | null = null;
  private readonly installations: StoreInstallations | null;
  /** Channels whose workspace is recorded already (bounded). */
  private readonly knownChannels = new Map<string, string>();
  private started = false;

  constructor(
    private readonly config: SlackConfig,
    private readonly listen: { port: number; host: string; health?: HealthHandler },
    private readonly router: CommandRouter,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    const socketMode = !!config.appToken;
    // Every Web API call, the OAuth exchange and Socket Mode's connection go to the same API base.
    const clientOptions = slackClientOptions(config.apiUrl);
    const boltLog = boltLogger(logger);
    const tokens = config.oauth ? new WorkspaceTokens(store, clock) : undefined;
    const installations = tokens ? new StoreInstallations(store, clock, () => tokens.forget()) : null;
    this.installations = installations;
    const oauth =
      config.oauth && installations
        ? {
            ...config.oauth,
            scopes: [...SLACK_BOT_SCOPES],
            installationStore: installations,
            installerOptions: { installPath: '/slack/install', redirectUriPath: '/slack/oauth_redirect', clientOptions },
          }
        : {};
    // Over HTTP, our own server guards each request (size cap, a real payload) before Bolt's receiver reads it.
    this.receiver = socketMode
      ? null
      : new HTTPReceiver({
          signingSecret: config.signingSecret,
          logger: boltLog,
          logLevel: LogLevel.WARN,
          ...oauth,
          dispatchErrorHandler: async ({ error, response }) => {
            this.logger.warn({ err: safeError(error) }, 'slack request not dispatched');
            if (!response.headersSent) {
              response.writeHead(404);
              response.end();
            }
          },
        });
    this.app = new App({
      ...(this.receiver ? { receiver: this.receiver } : {}),
      token: config.botToken,
      ...(this.receiver ? {} : { signingSecret: config.signingSecret || undefined }),
      appToken: config.appToken,
      socketMode,
      clientOptions,
      // Socket Mode opens its connection through apps.connections.open.
      ...(socketMode ? { installerOptions: { clientOptions } } : {}),
      logger: boltLog,
      logLevel: LogLevel.WARN,
      // Verify the token in start(), where a failure can be reported, not in the constructor.
      deferInitialization: true,
    });
    this.poster = new SlackPoster(this.app.client, store, clock, tokens);
    this.poster.onWarning = (message, err) => this.logger.warn({ err: safeError(err) }, message);
    this.inFlight = new InFlight((err) => this.logger.error({ err: safeError(err) }, 'slack handler failed'));
    this.registerListeners();
  }

  private readonly admins = new Map<string, { admin: boolean; at: number }>();

  /** The workspace a request comes from; with many workspaces, recorded for its channel, whose digests and
   * feed cards are then posted with that workspace's token (one workspace needs no record). */
  private async noteWorkspace(channel: string, context: Context): Promise<string | null> {
    const workspace = installKey(context);
    if (!this.installations || !workspace || !channel || this.knownChannels.get(channel) === workspace) return workspace;
    await this.store.rememberChannelWorkspace('slack', channel, workspace, this.clock());
    if (this.knownChannels.size >= 10_000) this.knownChannels.clear();
    this.knownChannels.set(channel, workspace);
    return workspace;
  }

  /** A workspace admin or owner (users.info with the request's workspace token, cached), or one of BRIEFBOT_SLACK_ADMINS. */
  private async mayChangeSettings(user: string, client: WebClient, workspace: string | null): Promise<boolean> {
    if (this.config.admins?.includes(user)) return true;
    const key = `${workspace ?? ''}/${user}`;
    const known = this.admins.get(key);
    if (known && this.clock() - known.at < ADMIN_CACHE_MS) return known.admin;
    try {
      const info = await client.users.info({ user });
      const admin = !!(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
      this.admins.set(key, { admin, at: this.clock() });
      return admin;
    } catch (err) {
      this.logger.warn({ err: safeError(err), user }, 'could not check whether a user is a Slack admin; refusing the settings change');
      return false;
    }
  }

  private registerListeners(): void {
    // One listener for every command: Bolt runs each listener's matcher on every request.
    const names = new Set(COMMANDS.map((c) => c.name));
    this.app.command(new RegExp(`^/(${[...names].join('|')})$`), async ({ command: cmd, ack, context, client }) => {
      const name = cmd.command.slice(1);
      const workspace = await this.noteWorkspace(cmd.channel_id, context);
      if (SETTINGS.has(name) && !(await this.mayChangeSettings(cmd.user_id, client, workspace))) {
        await ack({
          response_type: 'ephemeral',
          text: "Sorry, only workspace admins (or the people in this bot's BRIEFBOT_SLACK_ADMINS) can change this channel's digest.",
        });
        return;
      }
      const def = COMMANDS.find((c) => c.name === name);
      // Work that may take more than a second (a page or a feed to fetch) is acknowledged at once with a
      // private note, then the reply follows.
      const slow = fetchingNote(def, cmd.text ?? '');
      if (def?.local && !slow && this.inFlight.open) {
        // Help, subscriptions, feed lists need no network: their reply travels in the ack itself.
        const reply = await this.router.handle(
          { name, text: cmd.text ?? '' },
          { platform: 'slack', channel: cmd.channel_id, user: cmd.user_id, articleId: null },
        );
        if (reply.kind === 'text') {
          await ack({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text: escapeSlack(reply.text) });
          return;
        }
      }
      if (slow && this.inFlight.open) await ack({ response_type: 'ephemeral', text: escapeSlack(slow) });
      else await ack();
      if (!this.inFlight.open) return;
      const respond: Respond = (payload) => postToResponseUrl(cmd.response_url, payload);
      // Let the ack reach Slack before the real work starts.
      setImmediate(() => this.inFlight.track(this.onCommand(name, cmd.text ?? '', cmd.channel_id, cmd.user_id, respond)));
    });
    this.app.event('app_mention', async ({ event, body, context }) => {
      // Slack retries an event it thinks was missed; its event_id stays the same (in every replica: the store decides).
      const eventId = (body as { event_id?: string }).event_id;
      if (eventId && !(await this.store.markEventSeen('slack', eventId, this.clock()))) return;
      await this.noteWorkspace(event.channel, context);
      this.inFlight.track(this.onMention(event.channel, event.user ?? null, event.text ?? '', event.ts, event.thread_ts));
    });
    // A workspace that removes the app: its installation (and token) goes.
    const installations = this.installations;
    if (installations) {
      this.app.event('app_uninstalled', async ({ context }) => {
        await installations.deleteInstallation({
          teamId: context.teamId,
          enterpriseId: context.enterpriseId,
          isEnterpriseInstall: context.isEnterpriseInstall,
        });
        this.logger.info({ workspace: installKey(context) }, 'briefbot was uninstalled from a Slack workspace');
      });
    }
    // "Read the article" is a link button: Slack opens the page; the click only needs acknowledging.
    this.app.action('open_article', async ({ ack }) => {
      await ack();
    });
    this.app.error(async (err) => {
      // A request from a workspace with no installation: Bolt answers it 401.
      if ((err as { code?: string }).code === ErrorCode.AuthorizationError) {
        this.logger.warn({ err: safeError(err) }, 'a Slack request from a workspace where briefbot is not installed');
        throw err;
      }
      this.logger.error({ err: safeError(err) }, 'slack error');
    });
  }

  private async onCommand(name: string, text: string, channel: string, user: string, respond: Respond): Promise<void> {
    const latest = name === 'ask' ? await this.store.latestCardInChannel('slack', channel) : null;
    const reply = await this.router.handle({ name, text }, { platform: 'slack', channel, user, articleId: latest?.articleId ?? null });
    try {
      await this.deliver(reply, channel, latest?.messageId, respond);
    } catch (err) {
      this.logger.warn({ err: safeError(err), channel }, 'slack post failed');
      await respond({ response_type: 'ephemeral', text: slackErrorMessage(err) }).catch((e) =>
        this.logger.warn({ err: safeError(e) }, 'could not send the error reply'),
      );
    }
  }

  private async deliver(reply: Reply, channel: string, threadTs: string | undefined, respond: Respond | null): Promise<void> {
    if (reply.kind === 'card') {
      await this.poster.postCard(channel, reply.briefing);
      return;
    }
    if (reply.kind === 'answer') {
      await this.poster.postAnswer(channel, threadTs ?? (await this.poster.postCard(channel, reply.briefing)), reply.answer);
      return;
    }
    const text = escapeSlack(reply.text);
    if (respond) await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', text });
    else await this.poster.postText(channel, text, threadTs);
  }

  private async onMention(channel: string, user: string | null, raw: string, ts: string, threadTs?: string): Promise<void> {
    const text = raw.replace(MENTION, ' ').trim();
    const articleId = threadTs ? await this.store.articleForMessage('slack', channel, threadTs) : null;
    try {
      if (articleId === null) {
        const input = parseCommandLine(text);
        if (input && input.name !== 'ask') {
          await this.deliver(await this.router.handle(input, { platform: 'slack', channel, user, articleId: null }), channel, threadTs ?? ts, null);
          return;
        }
        await this.poster.postText(
          channel,
          'Mention me in the thread of a briefing card to ask about its article, for example `@briefbot who attended?`. Post a card with `/briefing`; see `/help`.',
          threadTs ?? ts,
        );
        return;
      }
      const input = parseCommandLine(text) ?? { name: 'help', text: '' };
      const reply = await this.router.handle(input, { platform: 'slack', channel, user, articleId });
      await this.deliver(reply, channel, threadTs, null);
    } catch (err) {
      this.logger.warn({ err: safeError(err), channel }, 'slack reply failed');
    }
  }

  async start(): Promise<void> {
    try {
      await this.app.init();
    } catch (err) {
      const { code, message } = safeError(err);
      const network = (err as { original?: { code?: string } }).original?.code ?? (code === 'slack_webapi_request_error' ? 'network error' : null);
      // A network failure is not a bad token: say which one it is.
      if (network)
        throw new UserError(
          `cannot reach Slack at ${this.config.apiUrl ?? 'https://slack.com/api/'} (${network}); check the network${this.config.apiUrl ? ' and SLACK_API_URL' : ''}`,
        );
      throw new UserError(`Slack did not accept the bot token (${code ?? message}); check SLACK_BOT_TOKEN${this.config.apiUrl ? ' and SLACK_API_URL' : ''}`);
    }
    if (this.config.appToken || !this.receiver) await this.app.start();
    else {
      const receiver = this.receiver;
      const guarded = guardSlackRequest((req, res) => receiver.requestListener(req, res));
      // The health endpoints share the receiver's port (for load balancers in front of it).
      const health = this.listen.health;
      const server = createServer((req, res) => (health?.(req, res) ? undefined : guarded(req, res)));
      await new Promise<void>((resolve, reject) => {
        server.once('error', (err: NodeJS.ErrnoException) =>
          reject(
            err.code === 'EADDRINUSE'
              ? new UserError(`PORT ${this.listen.port} is already in use on ${this.listen.host}; set PORT to a free port for the Slack receiver`)
              : err,
          ),
        );
        server.listen(this.listen.port, this.listen.host, () => resolve());
      });
      this.server = server;
    }
    this.started = true;
    this.logger.info({ mode: this.config.appToken ? 'socket' : 'http', port: this.config.appToken ? undefined : this.listen.port }, 'slack adapter started');
  }

  /** Listening (HTTP) or connected (Socket Mode) and not stopping. */
  isReady(): boolean {
    return this.started && this.inFlight.open;
  }

  /** Serves the health endpoints too (over HTTP; Socket Mode has no port of its own). */
  get servesHealth(): boolean {
    return !!this.server;
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.inFlight.drain();
    if (this.server) {
      const server = this.server;
      this.server = null;
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    } else {
      await this.app.stop().catch((err) => this.logger.warn({ err: safeError(err) }, 'slack app did not stop cleanly'));
    }
  }
}
