// The shell adapter, the embedded default: a terminal channel where the chat commands work as
// typed lines. It reads stdin line by line, prints cards and answers as text, and ends at EOF.

import { createInterface } from 'node:readline';
import type { CommandRouter, Reply } from '../commands/router.js';
import { parseCommandLine } from '../commands/parse.js';
import { renderAnswerText, renderCardText } from '../render/card-text.js';
import { compactCardText, digestHeading } from '../render/digest-text.js';
import { postDigestParts, type ChatAdapter, type Digest, type DigestPoster } from './adapter.js';

export const SHELL_CHANNEL = 'terminal';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A terminal gets a prompt and line editing; a pipe gets neither. */
  interactive: boolean;
  articleCount: number;
}

export class ShellAdapter implements ChatAdapter, DigestPoster {
  readonly platform = 'shell' as const;
  /** The terminal prints its own digests. */
  readonly poster: DigestPoster = this;
  /** The article of the last card shown: what /ask is about. */
  private currentArticle: number | null = null;
  private finished: Promise<void> | null = null;
  private closeInput: (() => void) | null = null;

  constructor(private readonly router: CommandRouter, private readonly options: ShellOptions) {}

  private print(text: string): void {
    this.options.output.write(`${text}\n`);
  }

  /** Starts reading; `done` resolves at the end of input. */
  async start(): Promise<void> {
    const { input, output, interactive } = this.options;
    const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, historySize: 200, prompt: 'briefbot> ' });
    this.closeInput = () => rl.close();
    this.print(`briefbot shell — ${this.options.articleCount} article${this.options.articleCount === 1 ? '' : 's'} loaded. Type /help for commands, /briefing for the latest card, or ask a question.`);
    this.finished = (async () => {
      if (interactive) rl.prompt();
      for await (const line of rl) {
        const input = parseCommandLine(line);
        if (input) {
          this.print('');
          this.show(await this.router.handle(input, { platform: 'shell', channel: SHELL_CHANNEL, user: 'local', articleId: this.currentArticle }));
        }
        if (interactive) { this.print(''); rl.prompt(); }
      }
    })();
  }

  get done(): Promise<void> {
    return this.finished ?? Promise.resolve();
  }

  private show(reply: Reply): void {
    if (reply.kind === 'card') {
      this.currentArticle = reply.briefing.record.id;
      this.print(renderCardText(reply.briefing.card));
      this.print('\n(Ask about this article: /ask <question>, or just type a question.)');
    } else if (reply.kind === 'answer') {
      this.print(renderAnswerText(reply.answer));
    } else {
      this.print(reply.text);
    }
  }

  async postDigest(_channel: string, digest: Digest): Promise<string[]> {
    const ids = await postDigestParts(digest,
      async () => { this.print(`\n${digestHeading(digest)}`); return `shell:${digest.localDate}`; },
      async (b) => { this.print(`\n${compactCardText(b.card)}\n   (/briefing ${b.record.name} to open it and ask about it)`); return `shell:${b.record.id}`; });
    this.print('');
    return ids;
  }

  async stop(): Promise<void> {
    this.closeInput?.();
    await this.done;
  }
}
