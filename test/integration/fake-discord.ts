// A local stand-in for Discord on 127.0.0.1: the REST routes briefbot uses (recorded, with
// scripted failures such as a 429) and a WebSocket gateway that says HELLO, answers heartbeats,
// sends READY and GUILD_CREATE after IDENTIFY, then dispatches the interactions a test sends.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from './wait.js';
import { WebSocketServer, type WebSocket } from 'ws';

export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000002',
  guild: '100000000000000003',
  channel: '100000000000000004',
  user: '100000000000000005',
  /** A second guild (with the option `guilds: 2`) on shard 1 of 2; the first is on shard 0. */
  guild2: '100000000004194307',
  channel2: '100000000004194308',
};

/** The shard a guild's events go to, as Discord computes it. */
export const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  status: number;
  auth: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
}

type Scripted = { status: number; headers?: Record<string, string>; body: unknown };

let snowflake = 200000000000000000n;
const nextId = () => String(++snowflake);

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly identifies: Array<Record<string, unknown>> = [];
  readonly channels = new Map<string, Record<string, unknown>>();
  private readonly messages = new Map<string, Record<string, unknown>>();
  private readonly scripted: Array<{ method: string; path: RegExp; reply: Scripted }> = [];
  private server!: http.Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  /** Each socket's [shard id, shard count], from its IDENTIFY. */
  private readonly shards = new Map<WebSocket, [number, number]>();
  private seq = 0;
  url = '';

  /** `recommendedShards`: what GET /gateway/bot tells a bot that asks how many shards to run (1 by default). */
  constructor(private readonly options: { guilds?: 1 | 2; recommendedShards?: number } = {}) {}

  private guildIds(): string[] {
    return this.options.guilds === 2 ? [IDS.guild, IDS.guild2] : [IDS.guild];
  }

  get apiUrl(): string {
    return `${this.url}/api`;
  }

  async start(): Promise<void> {
    this.channels.set(IDS.channel, {
      id: IDS.channel,
      type: 0,
      guild_id: IDS.guild,
      name: 'news',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    });
    if (this.options.guilds === 2)
      this.channels.set(IDS.channel2, {
        id: IDS.channel2,
        type: 0,
        guild_id: IDS.guild2,
        name: 'briefings',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      });
    this.server = http.createServer((req, res) => {
      void this.handle(req, res);
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onSocket(ws));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  failNext(method: string, path: RegExp, reply: Scripted): void {
    this.scripted.push({ method, path, reply });
  }

  waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
    return waitFor(probe, 'the fake Discord', timeoutMs);
  }

  ok(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path) && c.status < 300);
  }

  private send(ws: WebSocket, payload: Record<string, unknown>): void {
    ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  }

  /** Sends an event to the sockets that should see it: a guild's events go only to its shard. */
  dispatch(t: string, d: unknown): void {
    this.seq++;
    const guild = (d as { guild_id?: string } | null)?.guild_id;
    for (const ws of this.sockets) {
      const [id, count] = this.shards.get(ws) ?? [0, 1];
      if (guild && shardOf(guild, count) !== id) continue;
      ws.send(JSON.stringify({ op: 0, t, s: this.seq, d }));
    }
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) this.send(ws, { op: 11 });
      if (msg.op === 2) {
        this.identifies.push(msg.d);
        const shard = (msg.d.shard as [number, number] | undefined) ?? [0, 1];
        this.shards.set(ws, shard);
        const guilds = this.guildIds().filter((g) => shardOf(g, shard[1]) === shard[0]);
        this.seq++;
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: this.seq,
            d: {
              v: 10,
              user: { id: IDS.bot, username: 'briefbot', discriminator: '0', bot: true, avatar: null, global_name: null },
              guilds: guilds.map((id) => ({ id, unavailable: true })),
              session_id: 'fake-session',
              resume_gateway_url: this.url.replace('http', 'ws'),
              shard,
              application: { id: IDS.app, flags: 0 },
            },
          }),
        );
        for (const guildId of guilds) this.guildCreate(ws, guildId);
      }
    });
  }

  /** The GUILD_CREATE that follows READY, on the socket whose shard holds the guild. */
  private guildCreate(ws: WebSocket, guildId: string): void {
    this.seq++;
    ws.send(
      JSON.stringify({
        op: 0,
        t: 'GUILD_CREATE',
        s: this.seq,
        d: {
          id: guildId,
          name: 'Fake Guild',
          icon: null,
          owner_id: IDS.user,
          afk_timeout: 300,
          verification_level: 0,
          default_message_notifications: 0,
          explicit_content_filter: 0,
          roles: [
            {
              id: guildId,
              name: '@everyone',
              permissions: '1071698660928',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
          ],
          emojis: [],
          stickers: [],
          features: [],
          mfa_level: 0,
          system_channel_flags: 0,
          premium_tier: 0,
          preferred_locale: 'en-US',
          nsfw_level: 0,
          joined_at: new Date().toISOString(),
          large: false,
          unavailable: false,
          member_count: 2,
          voice_states: [],
          members: [],
          presences: [],
          channels: [...this.channels.values()].filter((c) => c.guild_id === guildId),
          threads: [],
          stage_instances: [],
          guild_scheduled_events: [],
        },
      }),
    );
  }

  /** Sends a slash command as Discord would: an INTERACTION_CREATE on the gateway. */
  interact(name: string, options: Record<string, string>, channelId = IDS.channel, type = 2, focused?: string): { id: string; token: string; at: number } {
    const id = nextId();
    const token = `tok-${id}`;
    this.tokenChannels.set(token, channelId);
    const channel = this.channels.get(channelId)!;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: IDS.app,
      type,
      token,
      version: 1,
      guild_id: String(channel.guild_id ?? IDS.guild),
      channel_id: channelId,
      channel,
      locale: 'en-US',
      guild_locale: 'en-US',
      app_permissions: '1071698660928',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      member: {
        user: { id: IDS.user, username: 'pat', discriminator: '0', avatar: null, global_name: 'Pat' },
        roles: [],
        permissions: '1071698660928',
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      data: {
        id: nextId(),
        name,
        type: 1,
        options: Object.entries(options).map(([k, v]) => ({ name: k, type: 3, value: v, ...(focused === k ? { focused: true } : {}) })),
      },
    });
    return { id, token, at: performance.now() };
  }

  private message(channelId: string, body: Record<string, unknown>, id = nextId()): Record<string, unknown> {
    const msg = {
      id,
      channel_id: channelId,
      guild_id: this.guildOfChannel(channelId),
      author: { id: IDS.bot, username: 'briefbot', discriminator: '0', bot: true, avatar: null },
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      components: [],
      type: 0,
    };
    this.messages.set(id, msg);
    return msg;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw && String(req.headers['content-type']).includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : null;
    const method = req.method ?? 'GET';
    const path = decodeURIComponent((req.url ?? '/').replace(/^\/api\/v10/, '').split('?')[0]);
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      this.calls.push({ method, path, body, status, auth: req.headers.authorization, at: performance.now() });
      if (status === 204) {
        res.writeHead(204, headers).end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(data));
    };
    const script = this.scripted.findIndex((s) => s.method === method && s.path.test(path));
    if (script >= 0) {
      const [{ reply: r }] = this.scripted.splice(script, 1);
      reply(r.status, r.body, r.headers);
      return;
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot')
      return reply(200, {
        url: this.url.replace('http', 'ws'),
        shards: this.options.recommendedShards ?? 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    if (method === 'GET' && path === '/gateway') return reply(200, { url: this.url.replace('http', 'ws') });
    if (method === 'GET' && path === '/users/@me') return reply(200, { id: IDS.bot, username: 'briefbot', discriminator: '0', bot: true, avatar: null });
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return reply(
        200,
        (body as unknown as Array<Record<string, unknown>>).map((c) => ({ ...c, id: nextId(), application_id: IDS.app, version: '1' })),
      );
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) return reply(204, null);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      const key = `orig-${m[2]}`;
      if (method === 'DELETE') return reply(204, null);
      const existing = this.messages.get(key);
      const channelId = String(existing?.channel_id ?? this.interactionChannel(m[2]));
      const msg = existing && method === 'GET' ? existing : this.message(channelId, body ?? {}, existing ? String(existing.id) : nextId());
      this.messages.set(key, msg);
      return reply(200, msg);
    }
    if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) return reply(200, this.message(this.interactionChannel(m[2]), body ?? {}));
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) return reply(200, this.message(m[1], body ?? {}));
    if (method === 'GET' && (m = /^\/channels\/(\d+)\/messages$/.exec(path)))
      return reply(200, [...this.messages.values()].filter((x) => x.channel_id === m![1]).reverse());
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const thread = {
        id: m[2],
        type: 11,
        guild_id: this.guildOfChannel(m[1]),
        parent_id: m[1],
        name: body?.name,
        owner_id: IDS.bot,
        member_count: 1,
        message_count: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      };
      this.channels.set(m[2], thread);
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return reply(201, thread);
    }
    if (method === 'GET' && (m = /^\/channels\/(\d+)$/.exec(path)) && this.channels.has(m[1])) return reply(200, this.channels.get(m[1]));
    reply(404, { message: 'Unknown route', code: 0 });
  }

  private guildOfChannel(channelId: string): string {
    return String(this.channels.get(channelId)?.guild_id ?? IDS.guild);
  }

  /** The channel an interaction token was issued in (tokens are "tok-<interaction id>"). */
  private readonly tokenChannels = new Map<string, string>();
  interactionChannel(token: string): string {
    return this.tokenChannels.get(token) ?? IDS.channel;
  }
  setTokenChannel(token: string, channel: string): void {
    this.tokenChannels.set(token, channel);
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
