// A local stand-in for Slack on 127.0.0.1: the Web API methods briefbot calls (recording each
// call with the token it came with, with scripted failures such as a 429), the OAuth code exchange
// (a code names the workspace it installs into), response_url endpoints, and a signer that sends
// correctly signed slash commands and events to the app, as Slack does.

import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { waitFor } from './wait.js';

export interface ApiCall {
  method: string;
  /** The bot token the call was made with (Authorization: Bearer, or a token argument). */
  token: string | null;
  args: Record<string, unknown>;
  status: number;
  reply?: Record<string, unknown>;
}

type Scripted = { status: number; headers?: Record<string, string>; body: unknown };

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: Array<{ path: string; body: Record<string, unknown> }> = [];
  private readonly scripted = new Map<string, Scripted[]>();
  private server!: http.Server;
  private tsCounter = 1_700_000_000;
  private sockets = new Set<WebSocket>();
  /** Envelopes acknowledged over Socket Mode, by envelope_id, with any response payload. */
  readonly socketAcks = new Map<string, unknown>();
  url = '';
  /** Each bot token's workspace (auth.test answers with it); tokens not listed are workspace T1's. */
  readonly workspaces = new Map<string, string>();
  /** Milliseconds every Web API call waits before answering (a slow network, so work takes time). */
  latencyMs = 0;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      void this.handle(req, res);
    });
    // Socket Mode: apps.connections.open hands out this WebSocket, which says hello first.
    const wss = new WebSocketServer({ server: this.server, path: '/socket' });
    wss.on('connection', (ws) => {
      this.sockets.add(ws);
      ws.on('close', () => this.sockets.delete(ws));
      ws.on('message', (raw) => {
        const m = JSON.parse(String(raw)) as { envelope_id?: string; payload?: unknown };
        if (m.envelope_id) this.socketAcks.set(m.envelope_id, m.payload ?? null);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A1' },
          debug_info: { host: 'fake', approximate_connection_time: 18060 },
        }),
      );
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The next call of `method` answers with this instead of success. */
  failNext(method: string, reply: Scripted): void {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), reply]);
  }

  posts(): ApiCall[] {
    return this.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200);
  }

  waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 8000): Promise<T> {
    return waitFor(probe, 'the fake Slack', timeoutMs);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const type = String(req.headers['content-type'] ?? '');
    const args: Record<string, unknown> = type.includes('json') ? (raw ? JSON.parse(raw) : {}) : Object.fromEntries(new URLSearchParams(raw));
    if (typeof args.blocks === 'string') args.blocks = JSON.parse(args.blocks);
    const path = req.url ?? '/';
    if (path.startsWith('/respond/')) {
      this.responses.push({ path, body: args });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '').split('?')[0];
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : null);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const script = this.scripted.get(method)?.shift();
    if (script) {
      this.calls.push({ method, token, args, status: script.status });
      res.writeHead(script.status, { 'content-type': 'application/json', ...script.headers }).end(JSON.stringify(script.body));
      return;
    }
    const reply: Record<string, unknown> =
      method === 'auth.test'
        ? {
            ok: true,
            url: 'https://fake.slack/',
            team: 'Fake',
            user: 'briefbot',
            team_id: this.workspaces.get(token ?? '') ?? 'T1',
            user_id: 'UBOT',
            bot_id: 'B1',
          }
        : // The code "code-T2" installs the app into workspace T2, with the bot token "xoxb-T2".
          method === 'oauth.v2.access'
          ? this.exchange(String(args.code ?? ''))
          : method === 'chat.postMessage'
            ? { ok: true, channel: args.channel, ts: `${this.tsCounter++}.000100`, message: { text: args.text } }
            : method === 'apps.connections.open'
              ? { ok: true, url: `${this.url.replace('http', 'ws')}/socket` }
              : // Every user is a workspace admin except U2.
                method === 'users.info'
                ? { ok: true, user: { id: args.user, is_admin: args.user !== 'U2', is_owner: false } }
                : method === 'conversations.history'
                  ? {
                      ok: true,
                      messages: this.posts()
                        .filter((c) => c.args.channel === args.channel)
                        .reverse()
                        .map((c) => ({ type: 'message', bot_id: 'B1', text: c.args.text, ts: c.reply!.ts })),
                    }
                  : { ok: true };
    this.calls.push({ method, token, args, status: 200, reply });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
  }

  private exchange(code: string): Record<string, unknown> {
    const team = /^code-(T\w+)$/.exec(code)?.[1];
    if (!team) return { ok: false, error: 'invalid_code' };
    const token = `xoxb-${team}`;
    this.workspaces.set(token, team);
    return {
      ok: true,
      app_id: 'A1',
      authed_user: { id: 'U1' },
      scope: 'commands,chat:write',
      token_type: 'bot',
      access_token: token,
      bot_user_id: `UBOT${team}`,
      team: { id: team, name: `Workspace ${team}` },
      enterprise: null,
      is_enterprise_install: false,
    };
  }

  /** Sends a Socket Mode envelope to every connected app. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  get socketConnections(): number {
    return this.sockets.size;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Sends a request to the app signed with Slack's v0 scheme (or a forged/stale one). */
export async function sendSigned(
  appUrl: string,
  body: string,
  contentType: string,
  secret: string,
  opts: { timestamp?: number; forge?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', opts.forge ? 'not-the-secret' : secret)
    .update(`v0:${ts}:${body}`)
    .digest('hex')}`;
  const res = await fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature, ...opts.headers },
  });
  return { status: res.status, body: await res.text() };
}

export function slashCommand(command: string, text: string, responseUrl: string, channel = 'C1', user = 'U1', team = 'T1'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: team,
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'news',
    user_id: user,
    user_name: 'pat',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export function mentionEvent(eventId: string, text: string, ts: string, threadTs?: string, channel = 'C1'): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'app_mention', user: 'U1', text, ts, channel, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
  });
}
