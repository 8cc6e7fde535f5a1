import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'briefbot.js');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'summit.txt');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, BRIEFBOT_ALLOW_PRIVATE_URLS: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('briefbot brief', () => {
  it('prints the card JSON contract', () => {
    const r = run(['brief', FIXTURE, '--format', 'json']);
    expect(r.code).toBe(0);
    const card = JSON.parse(r.out);
    expect(Object.keys(card)).toEqual(expect.arrayContaining(['title', 'source', 'event', 'keyPoints', 'participants', 'countries', 'proposals']));
    expect(Object.keys(card.event)).toEqual(['name', 'location', 'date']);
    expect(card.source).toBe('Andes Wire');
    expect(card.participants.map((p: { name: string }) => p.name)).toEqual(['Rosa Vidal', 'Luis Rojas', 'Kenji Sato']);
    expect(card.proposals).toEqual({ stated: 2, items: ['Lowering tariffs on farm goods', 'Creating a shared customs portal'] });
    expect(JSON.stringify(card)).not.toContain('Leave a Reply');
  });

  it('reads stdin with -, and renders text and markdown', () => {
    const text = run(['brief', '-'], 'Ministers met.\n\nForeign Minister Ana Lima of Peru opened the talks in Lima on Monday and called for calm.\n');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Ana Lima — Foreign Minister, Peru');
    const md = run(['brief', FIXTURE, '--format', 'markdown']);
    expect(md.out).toMatch(/^## Pacific ministers open trade talks in Lima/);
  });

  it("briefs a file whatever the bot's own settings say; a URL still needs them valid", () => {
    // A half-made Discord setup (a token with no application id) stops the bot, not the reading of a file.
    const env = { ...process.env, DISCORD_TOKEN: 'x', DISCORD_APPLICATION_ID: '' };
    const file = spawnSync(process.execPath, [BIN, 'ask', FIXTURE, 'Where was it held?'], { encoding: 'utf8', env });
    expect(file.stderr).toBe('');
    expect(file.status).toBe(0);
    expect(file.stdout).toContain('Lima');
    const url = spawnSync(process.execPath, [BIN, 'brief', 'http://127.0.0.1:9/article'], { encoding: 'utf8', env });
    expect(url.status).not.toBe(0);
    expect(url.stderr).toMatch(/DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set/);
  });

  it('fails with one clear line and a non-zero exit on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'blob.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
    for (const [args, pattern] of [
      [['brief', join(dir, 'missing.txt')], /no such file/],
      [['brief', empty], /no article text/],
      [['brief', binary], /binary/],
      [['brief', 'http://127.0.0.1:9/x'], /private or local/],
      [['brief', FIXTURE, '--format', 'yaml'], /--format must be one of/],
      [['frobnicate'], /unknown command/],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err, args.join(' ')).toMatch(pattern);
      expect(r.err, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });
});

describe('briefbot ask', () => {
  it('prints the answer JSON contract with evidence', () => {
    const r = run(['ask', FIXTURE, 'who is sato?', '--format', 'json']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(Object.keys(a)).toEqual(['question', 'answered', 'answer', 'evidence']);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Trade Minister');
    expect(a.evidence[0]).toContain('Japanese Trade Minister Kenji Sato');
  });

  it('declines what the article does not say', () => {
    const a = JSON.parse(run(['ask', FIXTURE, 'Who is Olaf Scholz?', '--format', 'json']).out);
    expect(a).toMatchObject({ answered: false, evidence: [] });
  });
});

describe('where configuration comes from', () => {
  it('ignores a .env planted in the working directory, reads BRIEFBOT_ENV_FILE, and warns loudly when it allows private URLs', async () => {
    const http = await import('node:http');
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('Talks open\n\nForeign Minister Ana Lima of Peru opened the talks in Lima on Monday and called for calm.');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/`;
    try {
      const planted = mkdtempSync(join(tmpdir(), 'briefbot-planted-'));
      writeFileSync(join(planted, '.env'), 'BRIEFBOT_ALLOW_PRIVATE_URLS=1\n');
      const env = { ...process.env, BRIEFBOT_ALLOW_PRIVATE_URLS: undefined, BRIEFBOT_ENV_FILE: undefined };
      // The server answers in this process: the CLI runs asynchronously beside it.
      const { execFile } = await import('node:child_process');
      const runAsync = (extra: Record<string, string | undefined>) =>
        new Promise<{ status: number; stderr: string }>((resolve) => {
          execFile(process.execPath, [BIN, 'brief', url], { cwd: planted, encoding: 'utf8', env: { ...env, ...extra } }, (err, _out, stderr) =>
            resolve({ status: err ? Number(err.code ?? 1) : 0, stderr }),
          );
        });
      const inPlanted = await runAsync({});
      expect(inPlanted.status).not.toBe(0);
      expect(inPlanted.stderr).toMatch(/private or local/);
      const chosen = await runAsync({ BRIEFBOT_ENV_FILE: join(planted, '.env') });
      expect(chosen.status).toBe(0);
      expect(chosen.stderr).toMatch(/warning: BRIEFBOT_ALLOW_PRIVATE_URLS is on \(set in .*\.env\)/);
    } finally {
      server.close();
    }
  });
});

describe('usage errors and help', () => {
  const USAGE_ERRORS: Array<[string[], RegExp]> = [
    [[], /Usage:/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['brief', '--bogus', 'x.txt'], /^briefbot: unknown option --bogus\nUsage:\n {2}briefbot brief/],
    [['brief', 'x.txt', '--format'], /^briefbot: --format needs a value/],
    [['brief', 'x.txt', '--format', 'pdf'], /--format must be one of json, text, markdown/],
    [['brief'], /brief takes one article/],
    [['ask', 'x.txt'], /ask takes an article and a question/],
    [['digest'], /say which digest/],
    [['slack', 'nonsense'], /usage: briefbot slack manifest/],
  ];
  it.each(USAGE_ERRORS)('%j → a short usage on stderr, exit 2', (args, pattern) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/ERR_|\n\s+at |To specify a positional argument/);
  });

  it.each([[['--help']], [['help']], [['help', 'brief']], [['brief', '--help']], [['digest', '-h']]])('%j → usage on stdout, exit 0', (args) => {
    const r = run(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage:\n {2}briefbot /);
    expect(r.err).toBe('');
  });
});
