// `npm start` on its embedded defaults: the shell adapter driven through a child process's real
// stdin and stdout, and start-up refusing bad settings with a message that names them.

import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botEnv, runNode, startNode, tempWorkspace } from './integration/harness.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');

function start(input: string, env: Record<string, string> = {}, ws = tempWorkspace()): Promise<{ code: number | null; out: string; err: string }> {
  return runNode(MAIN, input, { cwd: ws.dir, env: botEnv(ws, env) });
}

describe('the shell adapter (npm start without chat credentials)', () => {
  it('stops quietly when the reader of its output goes away (`npm start | head -1`)', async () => {
    const ws = tempWorkspace();
    const child = spawn(process.execPath, [MAIN], { cwd: ws.dir, env: botEnv(ws) });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    // Read the first output, then close the pipe as `head -1` does, and keep feeding input.
    await new Promise<void>((r) => child.stdout.once('data', () => r()));
    child.stdout.destroy();
    // Our side of the child's stdin fails once it has exited; that is expected here.
    child.stdin.on('error', () => undefined);
    const writer = setInterval(() => {
      if (child.exitCode === null && child.stdin.writable) child.stdin.write('/briefing\n');
    }, 20);
    const code = await new Promise<number | null>((r) =>
      child.on('close', (c) => {
        clearInterval(writer);
        r(c);
      }),
    );
    expect(code).toBe(0);
    expect(err).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
  });

  it('prints the example card and an answer, then exits 0 at the end of input', async () => {
    const r = await start('/briefing\n/ask who is Ajit Doval?\n/help\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/briefbot shell — 1 article loaded/);
    expect(r.out).toContain('Networks should not be a new battlefield');
    expect(r.out).toContain('Ajit Doval — National Security Adviser, India');
    expect(r.out).toMatch(/Proposals \(4\)\n\s+1\. .*multilateralism/);
    expect(r.out).toMatch(/Ajit Doval: National Security Adviser, India\.\n\nEvidence:/);
    expect(r.out).toContain('/subscribe HH:MM [IANA time zone]');
  });

  it('takes a plain question after a card, lists articles, and handles bad commands without crashing', async () => {
    const r = await start('which countries attended?\n/briefing list\n/briefing\nwhich countries attended?\n/frobnicate\n/subscribe 25:00\n/briefing nope\n\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Which article\?/);
    expect(r.out).toMatch(/brics-nsa-cyber-2023 — Networks/);
    expect(r.out).toMatch(/Countries represented: .*Belarus.*Cuba/);
    expect(r.out).toMatch(/Unknown command "\/frobnicate"/);
    expect(r.out).toMatch(/Usage: \/subscribe HH:MM/);
    expect(r.out).toMatch(/no article called "nope"/);
  });

  it('subscribes the terminal; `briefbot digest` then prints its digest to stdout, once', async () => {
    const ws = tempWorkspace();
    const first = await start('/subscribe 07:30 Europe/Berlin\n', {}, ws);
    expect(first.out).toMatch(/Subscribed: .* daily at 07:30 \(Europe\/Berlin\)/);
    expect(first.code).toBe(0);
    const env = { ...process.env, BRIEFBOT_DB: ws.db, BRIEFBOT_BRIEFINGS_DIR: ws.briefings };
    const bin = join(import.meta.dirname, '..', 'bin', 'briefbot.js');
    const list = await promisify(execFile)(process.execPath, [bin, 'subscriptions'], { env, encoding: 'utf8' });
    expect(list.stdout).toMatch(/#1 shell terminal daily at 07:30 Europe\/Berlin/);
    const digest = await promisify(execFile)(process.execPath, [bin, 'digest', '--subscription', '1', '--date', '2030-01-01'], { env, encoding: 'utf8' });
    expect(digest.stdout).toMatch(/Daily digest for 2030-01-01 — 1 new briefing/);
    expect(digest.stdout).toContain('Networks should not be a new battlefield');
    const again = await promisify(execFile)(process.execPath, [bin, 'digest', '--subscription', '1', '--date', '2030-01-01'], { env, encoding: 'utf8' });
    expect(again.stderr).toMatch(/already delivered/);
    expect(again.stdout).toBe('');
  });

  it('shuts down cleanly on SIGTERM while waiting for input', async () => {
    const ws = tempWorkspace();
    const { child, output, closed } = startNode(MAIN, { cwd: ws.dir, env: botEnv(ws, { BRIEFBOT_LOG_LEVEL: 'info' }) });
    for (let i = 0; i < 100 && !output.out.includes('briefbot shell'); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
    expect(output.err).toMatch(/"signal":"SIGTERM".*shutting down/);
  });

  it('refuses to start with a setting that is missing or malformed, naming it', async () => {
    const missing = await start('', { SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/SLACK_SIGNING_SECRET/);
    const malformed = await start('', { BRIEFBOT_DEFAULT_TIMEZONE: 'Mars/Olympus', PORT: 'eighty' });
    expect(malformed.code).not.toBe(0);
    expect(malformed.err).toMatch(/BRIEFBOT_DEFAULT_TIMEZONE/);
    expect(malformed.err).toMatch(/PORT/);
  });

  it('refuses a bad schedules file and an unusable database path, clearly', async () => {
    const ws = tempWorkspace();
    mkdirSync(join(ws.dir, 'config'));
    writeFileSync(
      join(ws.dir, 'config', 'schedules.json'),
      JSON.stringify({ subscriptions: [{ platform: 'shell', channel: 'terminal', time: '9am', timeZone: 'Europe/Berlin' }] }),
    );
    const bad = await start('', {}, ws);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/schedules\.json: subscriptions\.0\.time: must be HH:MM/);
    const ws2 = tempWorkspace();
    writeFileSync(join(ws2.dir, 'not-a-dir'), 'x');
    const db = await start('', { BRIEFBOT_DB: join(ws2.dir, 'not-a-dir', 'bot.db') }, ws2);
    expect(db.code).not.toBe(0);
    expect(db.err).toMatch(/cannot open the database/);
    expect(db.err).not.toMatch(/\n\s+at /);
  });

  it('reports unusable chat credentials in one line that names the setting and never shows the token', async () => {
    // Nothing listens on port 9: a network failure, reported as one, not as a bad token.
    const r = await start('', {
      SLACK_BOT_TOKEN: 'xoxb-very-secret-token',
      SLACK_SIGNING_SECRET: 'sig-very-secret',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      HOST: '127.0.0.1',
      PORT: '38999',
      BRIEFBOT_LOG_LEVEL: 'debug',
    });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/cannot reach Slack at http:\/\/127\.0\.0\.1:9\/api\/ \(ECONNREFUSED\); check the network and SLACK_API_URL/);
    expect(r.err).not.toMatch(/check SLACK_BOT_TOKEN/);
    expect(`${r.out}${r.err}`).not.toContain('very-secret');
  });

  it('scrubs secrets from every log field, however deeply nested', async () => {
    const script = `import { createLogger, safeError } from ${JSON.stringify(join(import.meta.dirname, '..', 'dist', 'logger.js'))};
      const log = createLogger('info', ['my-discord-secret-value']);
      log.error({ req: { headers: { authorization: 'Bot my-discord-secret-value' } }, note: 'token xoxb-123-abc leaked?' }, 'oops my-discord-secret-value');
      log.error({ err: safeError(Object.assign(new Error('bad'), { config: { headers: { Authorization: 'Bearer xoxb-999' } } })) }, 'client error');`;
    const r = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toContain('[redacted]');
    expect(r.stderr).not.toMatch(/my-discord-secret-value|xoxb-123|xoxb-999/);
  });

  it('on a 60-column terminal, wraps every line to 60 columns without splitting words; bold headings, none with NO_COLOR; keeps history', async () => {
    const ws = tempWorkspace();
    const run = (noColor: boolean) =>
      new Promise<string>((resolve) => {
        const { BRIEFBOT_LOG_LEVEL: _default, ...rest } = botEnv(ws, {
          TERM: 'xterm',
          BRIEFBOT_ENV_FILE: join(ws.dir, 'none.env'),
          ...(noColor ? { NO_COLOR: '1' } : {}),
        });
        const env = rest;
        // util-linux `script` gives the bot a real pseudo-terminal, set to 60 columns.
        const child = spawn('script', ['-qec', `stty cols 60 rows 50; ${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)}`, '/dev/null'], {
          env,
          cwd: ws.dir,
        });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.on('close', () => resolve(out));
        setTimeout(() => child.stdin.write('/briefing\r'), 800);
        setTimeout(() => child.stdin.write('/ask who is Ajit Doval?\r'), 1400);
        setTimeout(() => child.stdin.end('\x04'), 2000);
      });
    const colored = await run(false);
    expect(colored).toContain('\x1b[1m📰 Networks should not be a new battlefield');
    const plain = await run(true);
    expect(plain).not.toMatch(/\x1b\[[12]m/);
    // What the terminal shows: escape sequences and carriage returns removed.
    const screen = plain.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    expect(screen).toContain('Ajit Doval');
    const width = (l: string) => [...l].reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : /[\ufe00-\ufe0f]/.test(ch) ? 0 : 1), 0);
    const tooWide = screen.split('\n').filter((l) => width(l) > 60);
    expect(tooWide).toEqual([]);
    // Words are whole: the card's title words all appear intact.
    for (const w of ['battlefield', 'diplomat']) expect(screen).toContain(w);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(ws.dir, 'data', 'shell-history'), 'utf8')).toMatch(/^\/briefing\n\/ask who is Ajit Doval\?\n/);
  }, 20_000);
});
