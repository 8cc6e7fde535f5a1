// The `briefbot` command: brief and ask from the terminal (JSON contracts other tools rely on),
// plus operator commands for digests, subscriptions and Discord command registration.

import './eager-regexps.js';
import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';
import { isUserError } from './core/errors.js';

const USAGE = `briefbot — turns news articles into briefing cards

Usage:
  briefbot brief <file|url|-> [--format json|text|markdown]
  briefbot ask <file|url|-> "<question>" [--format json|text]
  briefbot digest [--subscription ID | --all] [--date YYYY-MM-DD] [--dry-run]
  briefbot subscriptions
  briefbot feeds list
  briefbot feeds add <url> --channel ID [--mode digest|instant] [--platform shell|slack|discord]
  briefbot feeds import <file.opml> --channel ID [--mode digest|instant] [--platform …]
  briefbot feeds poll
  briefbot discord register [--guild ID]
  briefbot slack manifest [--url https://host/slack/events | --socket-mode]
  briefbot help

Inputs: a .txt/.md/.html file, an http(s) URL, or - to read the article from stdin.
Run the chat bot itself with: npm start`;

type Handler = (args: string[]) => Promise<void>;

function formatOf(value: string | undefined, allowed: string[]): string {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}`);
  return format;
}

/** What reading an article needs from the configuration: whether a URL may point at a private address. A file or
 * standard input needs none of it, so briefing one neither loads nor checks the bot's configuration (tokens, schedules). */
async function ingestOptions(input: string) {
  const { isUrl } = await import('./core/article/ingest.js');
  if (!isUrl(input)) return { stdin: process.stdin };
  const { loadConfig } = await import('./config.js');
  const config = await loadConfig();
  for (const warning of config.warnings) process.stderr.write(`briefbot: warning: ${warning}\n`);
  return { stdin: process.stdin, fetch: { allowPrivate: config.allowPrivateUrls } };
}

const commands: Record<string, Handler> = {
  async brief(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
    const format = formatOf(values.format, ['json', 'text', 'markdown']);
    if (positionals.length !== 1) throw new UsageError('brief takes one article: a file, a URL, or -');
    const { briefFrom } = await import('./core/briefing.js');
    const { card } = await briefFrom(positionals[0], await ingestOptions(positionals[0]));
    if (format === 'json') return print(JSON.stringify(card, null, 2));
    const { renderCardText } = await import('./render/card-text.js');
    print(renderCardText(card, format === 'markdown'));
  },
  async ask(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', short: 'f' } } });
    const format = formatOf(values.format, ['json', 'text']);
    if (positionals.length < 2) throw new UsageError('ask takes an article and a question: briefbot ask article.txt "who attended?"');
    const { briefFrom } = await import('./core/briefing.js');
    const briefing = await briefFrom(positionals[0], await ingestOptions(positionals[0]));
    const answer = briefing.ask(positionals.slice(1).join(' '));
    if (format === 'json') return print(JSON.stringify(answer, null, 2));
    const { renderAnswerText } = await import('./render/card-text.js');
    print(renderAnswerText(answer));
  },
  async digest(args) {
    const { runDigestCommand } = await import('./schedule/digest-command.js');
    await runDigestCommand(args);
  },
  async subscriptions(args) {
    const { runSubscriptionsCommand } = await import('./schedule/digest-command.js');
    await runSubscriptionsCommand(args);
  },
  async feeds(args) {
    const { runFeedsCommand } = await import('./feeds/feeds-command.js');
    await runFeedsCommand(args);
  },
  async discord(args) {
    const { runDiscordCommand } = await import('./adapters/discord/register-command.js');
    await runDiscordCommand(args);
  },
  async slack(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, 'socket-mode': { type: 'boolean' } } });
    if (positionals[0] !== 'manifest') throw new UsageError('usage: briefbot slack manifest [--url https://host/slack/events | --socket-mode]');
    const { slackManifest } = await import('./adapters/slack/manifest.js');
    process.stdout.write(slackManifest(values.url, { socketMode: values['socket-mode'] }));
  },
  async help() {
    print(USAGE);
  },
};

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** The usage lines of one command ("briefbot brief …"), or the whole usage. */
function usageOf(name: string | undefined): string {
  const lines = USAGE.split('\n').filter((l) => name && l.trimStart().startsWith(`briefbot ${name}`));
  return lines.length ? `Usage:\n${lines.join('\n')}` : USAGE;
}

/** node:util parseArgs errors, said plainly: "unknown option --bogus", "--format needs a value". */
function plainParseError(err: Error & { code?: string }): string {
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  return err.message.split('.')[0];
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    print(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    print('briefbot 0.1.0');
    return 0;
  }
  // "briefbot help brief" and "briefbot brief --help": that command's usage, on stdout.
  if (name === 'help') {
    print(usageOf(rest[0]));
    return 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(usageOf(name));
    return 0;
  }
  const handler = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!handler) throw new UsageError(`unknown command "${name.slice(0, 40)}"`);
    await handler(rest);
    return 0;
  } catch (err) {
    const parse = String((err as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (err instanceof UsageError || (err as Error).name === 'UsageError' || parse) {
      const message = parse ? plainParseError(err as Error & { code?: string }) : (err as Error).message;
      process.stderr.write(`briefbot: ${message}\n${usageOf(handler ? name : undefined)}\n`);
      return 2;
    }
    if (isUserError(err) || (err as Error).name === 'ConfigError') {
      process.stderr.write(`briefbot: ${(err as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`briefbot: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}
