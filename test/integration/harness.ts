// Shared set-up for end-to-end tests: a temporary briefings folder and database, a free loopback
// port, and the bot started in-process with a given environment.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

export const EXAMPLE_ARTICLE = join(import.meta.dirname, '..', '..', 'briefings', 'brics-nsa-cyber-2023.txt');

export function tempWorkspace(articles: Record<string, string> = {}, copyExample = true): { dir: string; briefings: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-test-'));
  const briefings = join(dir, 'briefings');
  mkdirSync(briefings);
  if (copyExample) copyFileSync(EXAMPLE_ARTICLE, join(briefings, 'brics-nsa-cyber-2023.txt'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(briefings, name), text);
  return { dir, briefings, db: join(dir, 'data', 'briefbot.db') };
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function startTestApp(env: Record<string, string>, clock?: () => number): Promise<App> {
  const config = parseConfig({ BRIEFBOT_LOG_LEVEL: 'silent', HOST: '127.0.0.1', ...env });
  return startApp(config, {
    forceShell: false,
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    interactive: false,
    logger: createLogger('silent'),
    clock,
  });
}

export const HOSTILE_ARTICLE = `Ping test summit ends <!channel>

Foreign Minister Ana Lima of Peru told the <!here> summit in Lima on Monday that @everyone and @here must listen, and <@U999> <#C999> <!subteam^S1> agreed.

Trade Minister Luis Rojas of Chile said the <b>summit</b> & the talks would go on.
`;

export function writeArticle(dir: string, name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

/** Starts a Node script in a child process, collecting what it prints; `closed` resolves with its exit code. */
export function startNode(script: string, options: { cwd: string; env: Record<string, string> }) {
  const child = spawn(process.execPath, [script], options);
  const output = { out: '', err: '' };
  child.stdout.on('data', (d) => {
    output.out += d;
  });
  child.stderr.on('data', (d) => {
    output.err += d;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output, closed };
}

/** Runs a Node script in a child process with `input` on its stdin; resolves with its exit code and output. */
export async function runNode(
  script: string,
  input: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<{ code: number | null; out: string; err: string }> {
  const { child, output, closed } = startNode(script, options);
  child.stdin.end(input);
  const code = await closed;
  return { code, ...output };
}

/** A child bot's environment in a workspace: only what it needs, plus `extra`. */
export function botEnv(ws: { dir: string; briefings: string; db: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    BRIEFBOT_DB: ws.db,
    BRIEFBOT_BRIEFINGS_DIR: ws.briefings,
    BRIEFBOT_CONFIG_DIR: join(ws.dir, 'config'),
    BRIEFBOT_LOG_LEVEL: 'warn',
    ...extra,
  };
}
